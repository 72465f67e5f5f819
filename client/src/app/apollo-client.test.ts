import { ApolloLink, gql } from '@apollo/client';
import { of } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenStore, type TokenStore } from '../features/auth/token-store';
import { createConcordApollo, graphqlWsUrl, wsConnectionParams, type ConcordApollo } from './apollo-client';

const ME = gql`
  query Me {
    me {
      id
      name
    }
  }
`;
const session = (token: string) => ({ token, expiresAt: '2999-01-01T00:00:00Z' });
const unauthenticated = { errors: [{ message: 'Your sign-in has expired', extensions: { code: 'UNAUTHENTICATED' } }] };
const me = { data: { me: { __typename: 'User', id: '1', name: 'Luca Ferrari' } } };

let apollo: ConcordApollo | undefined;
afterEach(() => apollo?.dispose());

/** A client whose HTTP link is a stub: it records the headers sent and answers with `reply`. */
function setup(reply: (tokens: TokenStore) => object) {
  const tokens = createTokenStore(window.localStorage);
  const headers: Record<string, string>[] = [];
  const httpLink = new ApolloLink((operation) => {
    headers.push({ ...(operation.getContext() as { headers?: Record<string, string> }).headers });
    return of(reply(tokens));
  });
  apollo = createConcordApollo({ tokens, httpLink, wsUrl: 'ws://127.0.0.1:9/graphql' });
  return { tokens, headers, client: apollo.client, ws: apollo.ws };
}

describe('createConcordApollo', () => {
  it('sends the stored token as a bearer header, and none when signed out', async () => {
    const { tokens, headers, client } = setup(() => me);
    await client.query({ query: ME, fetchPolicy: 'network-only' });
    tokens.set(session('abc'));
    await client.query({ query: ME, fetchPolicy: 'network-only' });
    expect(headers[0]?.['authorization']).toBeUndefined();
    expect(headers[1]?.['authorization']).toBe('Bearer abc');
  });

  it('drops the session when the server rejects its token', async () => {
    const { tokens, client } = setup(() => unauthenticated);
    tokens.set(session('abc'));
    await expect(client.query({ query: ME })).rejects.toThrow(/expired/);
    await vi.waitFor(() => expect(tokens.token()).toBeNull());
    expect(tokens.lastEnd()).toBe('expired');
  });

  it('keeps a newer session when a reply about an older token arrives late', async () => {
    // The stub signs in again while "the request is in flight", then answers UNAUTHENTICATED.
    const { tokens, client } = setup((store) => {
      store.set(session('new'));
      return unauthenticated;
    });
    tokens.set(session('old'));
    await expect(client.query({ query: ME })).rejects.toThrow(/expired/);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tokens.token()).toBe('new');
  });

  it('restarts the socket and empties the cache when the session changes', async () => {
    const { tokens, client, ws } = setup(() => me);
    tokens.set(session('abc'));
    await client.query({ query: ME });
    expect(client.cache.extract()).not.toEqual({});
    const terminate = vi.spyOn(ws, 'terminate');

    tokens.clear('signed-out');
    await vi.waitFor(() => expect(client.cache.extract()).toEqual({}));
    expect(terminate).toHaveBeenCalledTimes(1);
  });
});

describe('graphqlWsUrl', () => {
  it('follows the page: ws on http, wss on https, same host and port', () => {
    expect(graphqlWsUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(graphqlWsUrl({ protocol: 'https:', host: 'concord.example' })).toBe('wss://concord.example/graphql');
  });
});

describe('wsConnectionParams', () => {
  it('sends the current token in connection_init, and nothing when signed out', () => {
    const tokens = createTokenStore(window.localStorage);
    expect(wsConnectionParams(tokens)).toEqual({});
    tokens.set(session('abc'));
    expect(wsConnectionParams(tokens)).toEqual({ authorization: 'Bearer abc' });
  });
});
