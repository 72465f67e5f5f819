import type { Server } from 'node:http';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { type WebSocket, WebSocketServer } from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AppDeps, type Context, createServices, resolveViewer } from './context.js';
import { DomainError, formatError } from './errors.js';
import { LIMITS, limitRules, WS_LIMITS } from './limits.js';
import { checkOperationCost } from './query-cost.js';
import { bearerToken } from '../modules/identity/token.js';
import type { Viewer } from './viewer.js';

/** graphql-ws reports a query that does not parse itself, after onSubscribe. */
function parseOrNull(query: string): DocumentNode | null {
  try {
    return parse(query);
  } catch {
    return null;
  }
}

/**
 * Per socket: its token, and its running operations with the viewer each runs as (null
 * while it is being resolved: the entry already counts against the limit).
 */
type Extra = { token?: string; operations?: Map<string, Viewer | null>; clientIp?: string };

/**
 * The viewer of a token, or null after closing the socket: 4403 for a deactivated account,
 * 4401 for a token that is no longer valid (expired, or signed with another secret).
 */
async function viewerOrClose(deps: AppDeps, token: string, socket: WebSocket): Promise<Viewer | null> {
  try {
    return await resolveViewer(deps.orm.em.fork() as EntityManager, deps, token);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'UNAUTHENTICATED') throw error;
    const code = error.details?.reason === 'DEACTIVATED' ? CloseCode.Forbidden : CloseCode.Unauthorized;
    socket.close(code, `${code === CloseCode.Forbidden ? 'Forbidden' : 'Unauthorized'}: ${error.message}`);
    return null;
  }
}

/**
 * graphql-ws on the HTTP server's `/graphql` path. A socket must send
 * `connection_init` with `{ authorization: "Bearer <token>" }` within a few seconds:
 * no token or a bad one closes it with 4401, a deactivated account with 4403.
 * The viewer is resolved again for every operation, so a role or market change, a
 * deactivation or an expired token applies to the next subscription on an open socket
 * (one running keeps the viewer it started with); each operation gets its own
 * EntityManager fork (a subscription's context lives as long as the subscription).
 */
export function attachWebsocketServer(httpServer: Server, schema: GraphQLSchema, deps: AppDeps) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_LIMITS.maxPayloadBytes });
  const rules = [...specifiedRules, ...limitRules];
  const cleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      connectionInitWaitTimeout: WS_LIMITS.initTimeoutMs,
      validate: (s, document) => validate(s, document, rules),
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        if (!token) {
          ctx.extra.socket.close(
            CloseCode.Unauthorized,
            'Unauthorized: send { "authorization": "Bearer <token>" } in connection_init',
          );
          return false;
        }
        if (!(await viewerOrClose(deps, token, ctx.extra.socket))) return false;
        ctx.extra.token = token;
        ctx.extra.operations = new Map();
        ctx.extra.clientIp = ctx.extra.request.socket.remoteAddress ?? 'unknown';
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const operations = ctx.extra.operations!;
        if (operations.size >= WS_LIMITS.maxSubscriptions) {
          return [
            new GraphQLError(`At most ${WS_LIMITS.maxSubscriptions} operations may run on one connection.`, {
              extensions: { code: 'RATE_LIMITED' },
            }),
          ];
        }
        // The cost needs the variables, which validation does not see (as in costLimitPlugin).
        const document = parseOrNull(payload.query);
        const tooCostly =
          document && checkOperationCost(schema, document, payload.variables, payload.operationName, LIMITS.cost);
        if (tooCostly) return [tooCostly];
        // Counted before the wait below, so simultaneous subscribes cannot pass the limit together.
        operations.set(id, null);
        // The account as it is now, not as it was at connection_init.
        const viewer = await viewerOrClose(deps, ctx.extra.token!, ctx.extra.socket);
        if (!viewer) {
          operations.delete(id);
          return [new GraphQLError('The session is no longer valid.', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        operations.set(id, viewer);
        return undefined;
      },
      onComplete: (ctx, id) => {
        ctx.extra.operations?.delete(id);
      },
      context: (ctx, id): Context => {
        const em = deps.orm.em.fork() as EntityManager;
        const viewer = ctx.extra.operations?.get(id) ?? null;
        return {
          em,
          viewer,
          services: createServices(em, deps, viewer),
          clientIp: ctx.extra.clientIp ?? 'unknown',
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors) return result;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error)) as unknown as GraphQLError[],
        };
      },
    },
    wss,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
