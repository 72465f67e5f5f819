import type { Server } from 'node:http';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type WebSocket, WebSocketServer } from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AppDeps, type Context, createServices, operationEm, resolveViewer } from './context.js';
import { oneTimeout } from './deadline.js';
import { asTimeout, DomainError, formatError } from './errors.js';
import { WS_LIMITS } from './limits.js';
import { prepareOperation } from './operation-guard.js';
import { bearerToken } from '../modules/identity/token.js';
import type { Viewer } from './viewer.js';

/**
 * graphql-ws's close code for a socket refused for being one too many (it already means
 * "too many" in its protocol, and its client does not retry it).
 */
export const TOO_MANY_SOCKETS = CloseCode.TooManyInitialisationRequests;

/** Open sockets per key (a user id, an address), counted up and down as they come and go. */
class SocketCounts {
  private readonly counts = new Map<string, number>();
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  add(key: string): void {
    this.counts.set(key, this.count(key) + 1);
  }
  remove(key: string): void {
    const left = this.count(key) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }
}

/**
 * Per socket: its token, and its running operations with the viewer each runs as (null
 * while it is being resolved: the entry already counts against the limit).
 */
type Extra = {
  token?: string;
  operations?: Map<string, Viewer | null>;
  clientIp?: string;
  /** The user this socket counts against, once signed in. */
  userId?: string;
};

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
  const production = deps.config.NODE_ENV === 'production';
  // Sockets not yet signed in, per address: each holds memory for up to initTimeoutMs, so
  // one address may not open thousands. Signed-in sockets count per user instead (an
  // office behind one address may hold hundreds of people).
  const pending = new SocketCounts();
  const perUser = new SocketCounts();
  /** Takes a socket off its address's waiting count (once), when it signs in or closes. */
  const signedInOrGone = new WeakMap<WebSocket, () => void>();
  wss.on('connection', (socket, request) => {
    const address = request.socket.remoteAddress ?? 'unknown';
    if (pending.count(address) >= WS_LIMITS.maxPendingSocketsPerAddress) {
      socket.close(TOO_MANY_SOCKETS, 'Too many connections from this address are waiting to sign in');
      return;
    }
    pending.add(address);
    let counted = true;
    const settle = () => {
      if (!counted) return;
      counted = false;
      pending.remove(address);
    };
    socket.once('close', settle);
    signedInOrGone.set(socket, settle);
  });
  const cleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      connectionInitWaitTimeout: WS_LIMITS.initTimeoutMs,
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        if (!token) {
          ctx.extra.socket.close(
            CloseCode.Unauthorized,
            'Unauthorized: send { "authorization": "Bearer <token>" } in connection_init',
          );
          return false;
        }
        const viewer = await viewerOrClose(deps, token, ctx.extra.socket);
        if (!viewer) return false;
        signedInOrGone.get(ctx.extra.socket)?.();
        if (perUser.count(viewer.id) >= WS_LIMITS.maxSocketsPerUser) {
          ctx.extra.socket.close(
            TOO_MANY_SOCKETS,
            `Too many connections: an account may hold ${WS_LIMITS.maxSocketsPerUser} at once (close another tab)`,
          );
          return false;
        }
        perUser.add(viewer.id);
        ctx.extra.userId = viewer.id;
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
        // Parsed, validated and checked here, as on HTTP, before it takes a slot: graphql-ws
        // would otherwise parse it itself (a syntax error then closed the whole socket with
        // 4500) and never free the slot of an operation that failed validation.
        const prepared = prepareOperation(schema, payload, { signedIn: true, production });
        if ('errors' in prepared) return prepared.errors;
        // Counted before the wait below, so simultaneous subscribes cannot pass the limit together.
        operations.set(id, null);
        // The account as it is now, not as it was at connection_init.
        const viewer = await viewerOrClose(deps, ctx.extra.token!, ctx.extra.socket).catch((error: unknown) => {
          const timeout = asTimeout(error);
          if (!timeout) throw error;
          operations.delete(id);
          return timeout;
        });
        if (viewer instanceof DomainError)
          return [new GraphQLError(viewer.message, { extensions: { ...viewer.details, code: viewer.code } })];
        if (!viewer) {
          operations.delete(id);
          return [new GraphQLError('The session is no longer valid.', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        operations.set(id, viewer);
        return {
          schema,
          document: prepared.document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
        };
      },
      onComplete: (ctx, id) => {
        ctx.extra.operations?.delete(id);
      },
      // graphql-ws calls onError, not onComplete, for an operation that ends in errors.
      onError: (ctx, id, _payload, errors) => {
        ctx.extra.operations?.delete(id);
        return errors.map((error) => formatError(error.toJSON(), error)) as unknown as GraphQLError[];
      },
      onClose: (ctx) => {
        if (ctx.extra.userId) perUser.remove(ctx.extra.userId);
      },
      context: (ctx, id): Context => {
        // The operation's deadline starts here, once it is checked and its viewer known.
        const { em, deadline } = operationEm(deps);
        const viewer = ctx.extra.operations?.get(id) ?? null;
        const clientIp = ctx.extra.clientIp ?? 'unknown';
        return {
          em,
          viewer,
          services: createServices(em, deps, viewer, clientIp),
          clientIp,
          deadline,
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        // A query's or mutation's answer is out (a subscription's deadline ended with its setup).
        (args.contextValue as Context | undefined)?.deadline.finish();
        if (!('errors' in result) || !result.errors) return result;
        const errors = result.errors.map((error) => formatError(error.toJSON(), error));
        return { ...result, errors: oneTimeout(errors) as unknown as GraphQLError[] };
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
