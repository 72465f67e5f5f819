import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import type { Client } from 'graphql-ws';

/** How a live page's subscription stands, as its connection indicator shows it. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'failed';

/** The graphql-ws client behind the app's link, found by walking the split and concat links. */
export function findWsClient(link: ApolloLink | undefined): Client | null {
  if (!link) return null;
  if (link instanceof GraphQLWsLink) return link.client;
  return findWsClient(link.left) ?? findWsClient(link.right);
}

/**
 * Follows the socket under a live page's subscription: `failed` once the subscription ends in
 * an error, `reconnecting` while the socket is down, `live` when it is back, and then a
 * `refetch`, since events sent while it was down are lost (this also covers what happened
 * between the page's query and its subscription).
 */
export function useSocketConnection(
  error: unknown,
  refetch: () => Promise<unknown>,
  onConnection: (state: ConnectionState) => void,
): void {
  const client = useApolloClient();

  useEffect(() => {
    if (error) onConnection('failed');
  }, [error, onConnection]);

  useEffect(() => {
    const ws = findWsClient(client.link);
    if (!ws) return undefined;
    const offConnected = ws.on('connected', () => {
      onConnection('live');
      void refetch();
    });
    const offClosed = ws.on('closed', () => onConnection('reconnecting'));
    return () => {
      offConnected();
      offClosed();
    };
  }, [client, refetch, onConnection]);
}
