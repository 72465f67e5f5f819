import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { CloseCode, createClient, type Client } from 'graphql-ws';
import type { TokenStore } from '../features/auth/token-store';

export type ConcordApollo = {
  client: ApolloClient;
  ws: Client;
  dispose: () => void;
};

type Options = {
  tokens: TokenStore;
  /** Defaults to `/graphql` on this origin (the server serves the client; Vite proxies in dev). */
  httpUri?: string;
  wsUrl?: string;
  /** The terminating HTTP link; tests pass a stub. */
  httpLink?: ApolloLink;
};

/** `ws(s)://<this host>/graphql`: the same origin as the page, so one server carries both. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * The graphql-ws `connection_init` payload: `{ authorization: "Bearer <token>" }`, read when
 * the socket (re)connects so that it always carries the current session.
 */
export function wsConnectionParams(tokens: Pick<TokenStore, 'token'>): Record<string, string> {
  const token = tokens.token();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The server answers a missing, expired or forged token with `extensions.code: UNAUTHENTICATED` (HTTP 401). */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/**
 * Queries and mutations go over HTTP with `Authorization: Bearer <token>`; subscriptions go
 * over one graphql-ws socket whose `connection_init` carries the token. Both read the token
 * when they need it, so a sign-in takes effect at once. When the server rejects the token the
 * session is dropped, and the app's router returns to the sign-in page.
 */
export function createConcordApollo({ tokens, httpUri = '/graphql', wsUrl, httpLink }: Options): ConcordApollo {
  const ws = createClient({
    url: wsUrl ?? graphqlWsUrl(window.location),
    // Called on every (re)connect, so a restarted socket presents the current token.
    connectionParams: () => wsConnectionParams(tokens),
    lazy: true,
    on: {
      closed: (event) => {
        const code = (event as { code?: number }).code;
        if ((code === CloseCode.Unauthorized || code === CloseCode.Forbidden) && tokens.token()) {
          tokens.clear('expired');
        }
      },
    },
  });

  const authLink = new SetContextLink((prevContext) => {
    const token = tokens.token();
    return {
      sentToken: token,
      headers: { ...prevContext.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!isUnauthenticated(error)) return;
    // Only the token this request carried is known to be bad: a reply to a request sent
    // before a new sign-in must not end the new session.
    const sent = (operation.getContext() as { sentToken?: string | null }).sentToken;
    if (!sent) return;
    // Ended once this reply has reached its query: ending the session empties the store,
    // which would otherwise cancel the query and replace its error with Apollo's own.
    setTimeout(() => {
      if (sent === tokens.token()) tokens.clear('expired');
    }, 0);
  });

  const http = httpLink ?? new HttpLink({ uri: httpUri });
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(ws),
    ApolloLink.from([authLink, errorLink, http]),
  );

  const client = new ApolloClient({ link, cache: new InMemoryCache() });

  let previous = tokens.token();
  const unsubscribe = tokens.subscribe(() => {
    const next = tokens.token();
    if (next === previous) return;
    const ended = previous !== null;
    previous = next;
    ws.terminate(); // Not fatal: graphql-ws reconnects (lazily) with the new connectionParams.
    // The next session must not see this one's data. Signing in from no session finds
    // nothing to clear, and clearing then would cancel the new session's first queries.
    if (ended) void client.clearStore();
  });

  return {
    client,
    ws,
    dispose: () => {
      unsubscribe();
      void ws.dispose();
      client.stop();
    },
  };
}
