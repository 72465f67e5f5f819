import * as oidc from 'openid-client';
import type { Config } from '../../config.js';
import { SsoRefusal } from './sso.errors.js';

/** SSO as configured by the OIDC_* variables; null when OIDC_ISSUER is unset. */
export type OidcSettings = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** PUBLIC_URL + /auth/oidc/callback: registered at the IdP. */
  redirectUri: string;
  label: string | null;
  allowedDomains: string[];
  jit: boolean;
  claims: { role: string | null; vendor: string | null; market: string | null };
};

export const CALLBACK_PATH = '/auth/oidc/callback';

export function oidcSettings(config: Config, publicUrl: string): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: new URL(config.OIDC_ISSUER),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUri: new URL(CALLBACK_PATH, publicUrl).href,
    label: config.OIDC_LABEL ?? null,
    allowedDomains: config.OIDC_ALLOWED_DOMAINS,
    jit: config.OIDC_JIT,
    claims: {
      role: config.OIDC_ROLE_CLAIM ?? null,
      vendor: config.OIDC_VENDOR_CLAIM ?? null,
      market: config.OIDC_MARKET_CLAIM ?? null,
    },
  };
}

/** What the IdP says of the person: the ID token's claims, with the userinfo endpoint's added. */
export type IdentityClaims = Record<string, unknown> & { iss: string; sub: string };

/** What the callback checks the IdP's answer against (kept server-side from the start). */
export type CallbackChecks = { state: string; nonce: string; codeVerifier: string };

/**
 * openid-client over the configured IdP: discovery at first use (and again after a failure,
 * so Concord starts while the IdP is down), the authorization code flow with PKCE, state and
 * nonce, and the ID token's checks (issuer, audience, signature, expiry, nonce).
 */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    this.configuration ??= oidc
      .discovery(issuer, clientId, clientSecret, undefined, {
        // A plain-http issuer is a local or test IdP: allowed when configured so.
        execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.configuration = null;
        throw new SsoRefusal('PROVIDER_ERROR', `discovery failed: ${(error as Error).message}`);
      });
    return this.configuration;
  }

  async authorizationUrl(checks: CallbackChecks): Promise<URL> {
    const configuration = await this.discover();
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Redeems the callback's code; throws a SsoRefusal saying what was wrong. */
  async exchange(callbackUrl: URL, checks: CallbackChecks): Promise<IdentityClaims> {
    const configuration = await this.discover();
    try {
      const tokens = await oidc.authorizationCodeGrant(
        configuration,
        callbackUrl,
        {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        },
        { redirect_uri: this.settings.redirectUri },
      );
      const idClaims = tokens.claims()!;
      // Many IdPs put email and custom claims at the userinfo endpoint only.
      const info = tokens.access_token
        ? await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
        : {};
      return { ...info, ...idClaims } as IdentityClaims;
    } catch (error) {
      throw asRefusal(error);
    }
  }
}

function asRefusal(error: unknown): SsoRefusal {
  if (error instanceof SsoRefusal) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SsoRefusal('PROVIDER_ERROR', `the IdP answered ${error.error}: ${error.error_description ?? ''}`);
  }
  if (error instanceof oidc.ResponseBodyError) {
    // invalid_grant: a code used already, expired, or not redeemable with this verifier.
    return new SsoRefusal('CODE_REJECTED', `the token endpoint answered ${error.error}`);
  }
  if (error instanceof oidc.ClientError && /JWT|JWS|CLAIM|ATTRIBUTE|INVALID_RESPONSE/.test(error.code ?? '')) {
    return new SsoRefusal('TOKEN_INVALID', `${error.code}: ${error.message} ${(error.cause as Error)?.message ?? ''}`);
  }
  return new SsoRefusal('PROVIDER_ERROR', (error as Error).message);
}
