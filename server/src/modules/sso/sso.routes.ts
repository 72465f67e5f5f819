import type { EntityManager } from '@mikro-orm/postgresql';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ProcessDeps } from '../shared/module.js';
import { CALLBACK_PATH, OidcClient, oidcSettings } from './oidc-client.js';
import { SsoSignIn } from './sso-sign-in.js';
import { SsoRefusal } from './sso.errors.js';

/** Holds the state in the browser between the start and the callback (login CSRF: a callback from another browser fails). */
const COOKIE = 'concord_sso_state';
const COOKIE_PATH = '/auth/oidc';

/** The client's sign-in page, told why SSO failed (it shows `errors.sso.<REASON>`). */
const failurePage = (reason: string) => `/sign-in?sso=${encodeURIComponent(reason)}`;

function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * `GET /auth/oidc/start?next=/path` sends the browser to the IdP; `GET /auth/oidc/callback`
 * takes its answer and sends the browser to `/signed-in#token=…&expiresAt=…&next=…` (a
 * fragment: it reaches neither logs nor referrers), or to `/sign-in?sso=<REASON>`. Without
 * OIDC_ISSUER both go to the sign-in page with NOT_CONFIGURED.
 */
export function ssoRoutes(deps: ProcessDeps): Router {
  const publicUrl = deps.config.PUBLIC_URL ?? `http://localhost:${deps.config.PORT}`;
  const settings = oidcSettings(deps.config, publicUrl);
  const client = settings && new OidcClient(settings);
  const secure = publicUrl.startsWith('https:');
  const router = Router();
  // Each start writes an attempt row and each refused callback an audit entry: an address
  // gets SSO_ATTEMPTS_PER_MINUTE of either (a person needs two per sign-in).
  const limiter = new RateLimiterMemory({ points: deps.config.SSO_ATTEMPTS_PER_MINUTE, duration: 60 });
  router.use('/auth/oidc', (req: Request, res: Response, next: NextFunction) => {
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      (error: unknown) => {
        if (error instanceof Error) return next(error);
        res.setHeader('Cache-Control', 'no-store');
        res.redirect(303, failurePage('TOO_MANY_ATTEMPTS'));
      },
    );
  });
  const signIn = (req: Request) =>
    new SsoSignIn(deps.orm.em.fork() as EntityManager, { client: client!, ...deps }, req.ip ?? 'unknown');
  const refuse = (res: Response, error: unknown) => {
    if (!(error instanceof SsoRefusal)) console.error('SSO sign-in failed:', error);
    res.clearCookie(COOKIE, { path: COOKIE_PATH });
    res.redirect(303, failurePage(error instanceof SsoRefusal ? error.reason : 'PROVIDER_ERROR'));
  };

  router.get('/auth/oidc/start', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!client) return res.redirect(303, failurePage('NOT_CONFIGURED'));
    try {
      const { url, state } = await signIn(req).start(req.query['next']);
      res.cookie(COOKIE, state, {
        httpOnly: true,
        secure,
        // Lax: sent on the IdP's top-level redirect back, not on other sites' subrequests.
        sameSite: 'lax',
        path: COOKIE_PATH,
        maxAge: 10 * 60_000,
      });
      res.redirect(303, url.href);
    } catch (error) {
      refuse(res, error);
    }
  });

  router.get(CALLBACK_PATH, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!client) return res.redirect(303, failurePage('NOT_CONFIGURED'));
    try {
      const callbackUrl = new URL(req.originalUrl, publicUrl);
      const done = await signIn(req).finish(callbackUrl, cookieValue(req, COOKIE));
      res.clearCookie(COOKIE, { path: COOKIE_PATH });
      const fragment = new URLSearchParams({
        token: done.token,
        expiresAt: done.expiresAt.toISOString(),
        next: done.next,
      });
      res.redirect(303, `/signed-in#${fragment}`);
    } catch (error) {
      refuse(res, error);
    }
  });
  return router;
}
