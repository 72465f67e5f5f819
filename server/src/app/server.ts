import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import expressStaticGzip from 'express-static-gzip';
import express from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { clientBuilt } from '../config.js';
import { DEMO_MEDIA_DIR, DEMO_MEDIA_PATH } from '../db/seed/demo-media.js';
import { bearerToken } from '../modules/identity/token.js';
import type { AnyFeatureModule } from '../modules/shared/module.js';
import { type AppDeps, type Context, createContext } from './context.js';
import { deadlinePlugin, enforceDeadlines } from './deadline.js';
import { asTimeout, DomainError, formatError, httpStatusOf } from './errors.js';
import { httpErrorHandler } from './http-errors.js';
import { limitRules } from './limits.js';
import { modules } from './modules.js';
import { operationGuardPlugin, PARSE_OPTIONS } from './operation-guard.js';
import { buildConcordSchema } from './schema.js';
import { attachWebsocketServer } from './ws.js';

/** How long an idle HTTP connection stays open: longer than a proxy's or a pooling client's own 60 s. */
export const KEEP_ALIVE_MS = 65_000;

export type ConcordServer = {
  httpServer: Server;
  /** Resolves with the port actually bound (useful with port 0). */
  listen: (port: number, host: string) => Promise<number>;
  close: () => Promise<void>;
};

/**
 * One HTTP server: `/graphql` (HTTP and graphql-ws), `/healthz`, `/readyz`, the demo's media at
 * `/demo-media/`, and the client at `/`.
 */
export async function createConcordServer(deps: AppDeps): Promise<ConcordServer> {
  const schema = await buildConcordSchema();
  enforceDeadlines(schema); // REQUEST_DEADLINE_MS, for HTTP and websocket operations alike
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Express shows stack traces in its error pages outside production; ours never do
  // (httpErrorHandler), and the setting must not depend on whoever forgot NODE_ENV.
  app.set('env', deps.config.NODE_ENV);
  app.use(securityHeaders(deps.config.MEDIA_ORIGINS));
  const httpServer = createServer(app);
  // Node closes an idle keep-alive connection after 5 s. A client that pools connections and
  // does not read the Keep-Alive hint (Playwright's request context, microsoft/playwright#42701;
  // most proxies and load balancers, which keep theirs for 60 s) can send its next request on a
  // socket the server is closing at that moment and get ECONNRESET ("socket hang up"), which
  // failed an e2e run after a 5 s pause between two API calls. The server keeps idle connections
  // longer than such clients do (65 s, above the usual 60 s), so it is never the side that closes
  // under them; headers must still arrive within a bound, and Node wants it above the keep-alive.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const ws = attachWebsocketServer(httpServer, schema, deps);

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: limitRules,
    parseOptions: PARSE_OPTIONS,
    formatError,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM/SIGHUP and stops everything in order (this server first).
    // Apollo's own handlers (on by default outside NODE_ENV=test) would call stop() beside
    // ours; in @apollo/server 5 a stop() that begins while another is draining waits on a
    // barrier that only a failed stop resolves, so `node main.js` hung on SIGTERM for good.
    stopOnTerminationSignals: false,
    // Signed-in users may read the schema (it is public in the repository anyway); the
    // guard refuses it to anonymous callers in production.
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: ws.close }) },
      operationGuardPlugin<Context>(deps.config.NODE_ENV === 'production'),
      deadlinePlugin<Context>(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: 'reachable' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', database: (error as Error).message });
    }
  });

  // The demo's bundled images and videos; a missing file is a 404 here, not the client app.
  app.use(
    DEMO_MEDIA_PATH,
    express.static(DEMO_MEDIA_DIR, {
      index: false,
      fallthrough: false,
      maxAge: '1d',
    }),
  );

  app.use(
    '/graphql',
    express.json({ limit: deps.config.MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return await createContext(deps, bearerToken(req.headers.authorization), req.ip ?? 'unknown');
        } catch (caught) {
          const error = caught instanceof DomainError ? caught : asTimeout(caught);
          if (!error) throw caught;
          throw new GraphQLError(error.message, {
            extensions: { ...error.details, code: error.code, http: { status: httpStatusOf(error.code) } },
          });
        }
      },
    }),
  );

  // A module's own HTTP routes (SSO's redirects), before the client's pages would answer them.
  for (const module of modules as readonly AnyFeatureModule[]) if (module.routes) app.use(module.routes(deps));

  if (clientBuilt(deps.config)) {
    const dist = deps.config.CLIENT_DIST;
    // Source maps stay on the server's disk: they would hand anyone the client's source.
    app.use((req, res, next) =>
      req.path.endsWith('.map') ? res.status(404).type('text/plain').send('Not found') : next(),
    );
    // Vite names every file under assets/ by its content hash: a changed file is a new name.
    // Each has a .br and .gz copy made at build time: sent as the browser accepts, no
    // compression per request (1.7 MB of JavaScript is 0.34 MB in brotli).
    app.use(
      '/assets',
      expressStaticGzip(path.join(dist, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: { index: false, immutable: true, maxAge: '1y' },
      }),
    );
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET that wants HTML gets the app.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(dist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Concord API is running at /graphql. The client is not built: run `pnpm build` (pnpm start does it).');
    });
  }

  app.use(httpErrorHandler(deps.config.MAX_BODY));

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () => apollo.stop(),
  };
}

/**
 * helmet's headers with a Content-Security-Policy the built client passes: scripts,
 * styles, fonts, media and connections (the websocket included) from Concord's own origin
 * only, no framing by other sites, no referrer sent with links out. No
 * `upgrade-insecure-requests`: Concord is often served over plain HTTP on a local address,
 * where the browser would rewrite its own requests to an https:// that does not answer.
 */
function securityHeaders(mediaOrigins: string[]) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
        'media-src': ["'self'", 'blob:', ...mediaOrigins],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Case media may come from the organisation's storage (MEDIA_ORIGINS), which sends no CORP header.
    crossOriginEmbedderPolicy: false,
  });
}
