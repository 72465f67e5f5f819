import { freePort, startConcord } from './concord-process';
import { E2E_OIDC_CLIENT, startE2eIdp } from './oidc-idp';

/**
 * Starts the built server on a free port with a fresh data directory (so the demo data is
 * seeded anew), waits for /readyz, and hands the URL to the tests. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = await freePort();
  // SSO (tests/sso.spec.ts) against a real OpenID Provider in this process; passwords stay on.
  const idp = await startE2eIdp(`http://127.0.0.1:${port}/auth/oidc/callback`);
  const concord = await startConcord(
    {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: E2E_OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: E2E_OIDC_CLIENT.secret,
      OIDC_ALLOWED_DOMAINS: 'concord.demo',
    },
    { port, onStopped: idp.close },
  );
  process.env['CONCORD_E2E_BASE_URL'] = concord.baseURL;
  return concord.stop;
}
