import { createServer, type Server } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';

/** A person at the test IdP: their `sub` is the account id, with these claims. */
export type IdpAccount = Record<string, unknown>;

export type TestIdp = {
  issuer: string;
  provider: Provider;
  /** Accounts by id (the `login` typed at the IdP); add to it in a test. */
  accounts: Map<string, IdpAccount>;
  close: () => Promise<void>;
};

export const IDP_CLIENT = { id: 'concord', secret: 'concord-test-client-secret' } as const;
/** Another application at the same IdP: an ID token for it must not sign anyone in to Concord. */
export const OTHER_CLIENT = { id: 'other-app', secret: 'other-app-test-client-secret' } as const;

/**
 * A real OpenID Provider (oidc-provider) on a free port of this process, with Concord's
 * client (at `redirectUris`) and another one. Its development login form signs in any
 * account id in `accounts`; consent is taken as given (loadExistingGrant).
 */
export async function startTestIdp(redirectUris: string[]): Promise<TestIdp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const accounts = new Map<string, IdpAccount>();
  const configuration: Configuration = {
    clients: [
      {
        client_id: IDP_CLIENT.id,
        client_secret: IDP_CLIENT.secret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
      {
        client_id: OTHER_CLIENT.id,
        client_secret: OTHER_CLIENT.secret,
        redirect_uris: ['http://127.0.0.1:9/cb'],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'concord_role', 'concord_vendor', 'concord_market'],
    },
    findAccount: (_ctx, id) => {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: () => ({ ...claims, sub: id }) } : undefined;
    },
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-idp-cookie-key-0123456789'] },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return {
    issuer,
    provider,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Cookies per origin, as a browser would keep them (path and expiry ignored: enough here). */
export class CookieJar {
  private readonly jar = new Map<string, Map<string, string>>();

  header(url: string): string {
    const cookies = this.jar.get(new URL(url).origin) ?? new Map<string, string>();
    return [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  keep(url: string, response: Response) {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.trim().split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || value.join('=') === '') cookies.delete(name!);
      else cookies.set(name!, value.join('='));
    }
    this.jar.set(origin, cookies);
  }

  get(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string) {
    const origin = new URL(url).origin;
    this.jar.set(origin, new Map([...(this.jar.get(origin) ?? []), [name, value]]));
  }
}

/** One request with the jar's cookies, not following redirects: gives the response and its Location, absolute. */
export async function step(jar: CookieJar, url: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) },
  });
  jar.keep(url, response);
  const location = response.headers.get('location');
  return { response, location: location ? new URL(location, url).href : null };
}

/**
 * A browser's way from Concord's /auth/oidc/start through the IdP's login (as `accountId`)
 * to just before Concord's callback: the callback URL the IdP sends the browser to.
 */
export async function toCallback(jar: CookieJar, concordUrl: string, accountId: string, next = '/') {
  let { location } = await step(jar, `${concordUrl}/auth/oidc/start?next=${encodeURIComponent(next)}`);
  if (!location?.includes('/auth?')) throw new Error(`start did not go to the IdP: ${location}`);
  for (let hops = 0; hops < 10; hops++) {
    if (location!.startsWith(concordUrl)) return location!;
    const interaction = /\/interaction\/([^/?]+)$/.exec(new URL(location!).pathname);
    if (interaction) {
      const submitted = await step(jar, location!, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: accountId, password: 'any' }).toString(),
      });
      location = submitted.location;
    } else {
      const followed = await step(jar, location!);
      if (!followed.location) throw new Error(`the IdP stopped at ${location}: ${await followed.response.text()}`);
      location = followed.location;
    }
  }
  throw new Error('too many redirects at the IdP');
}
