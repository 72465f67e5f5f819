import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CalibrationSessionEventsSubscription } from '../../gql/graphql';
import { useSocketConnection, type ConnectionState } from '../../lib/websocket';
import { writeReveal, writeTally } from './live-cache';

export const CalibrationSessionEvents = graphql(`
  subscription CalibrationSessionEvents($sessionId: ID!) {
    sessionEvents(sessionId: $sessionId) {
      __typename
      ... on PresenceChanged {
        total
        markets {
          market
          count
        }
        present {
          userId
          name
          market
          participant
        }
      }
      ... on SessionStarted {
        sessionId
      }
      ... on ItemOpened {
        itemId
        position
      }
      ... on TallyUpdated {
        tally {
          ...LiveTally_tally @unmask
        }
      }
      ... on ItemRevealed {
        itemId
        gold
        tally {
          ...LiveTally_tally @unmask
        }
        votes {
          ...LiveReveal_vote @unmask
        }
      }
      ... on SessionClosed {
        resultVersion
      }
      ... on GoldChanged {
        itemId
        newGold
        resultVersion
      }
    }
  }
`);

type SessionEvent = CalibrationSessionEventsSubscription['sessionEvents'];
export type Presence = Extract<SessionEvent, { __typename: 'PresenceChanged' }>;

type Props = {
  sessionId: string;
  /** Reloads the session: the room's state always comes from the query. */
  refetch: () => Promise<unknown>;
  onPresence: (presence: Presence) => void;
  onConnection: (state: ConnectionState) => void;
};

/**
 * Renders nothing: keeps the session query's cache up to date from `sessionEvents`.
 * Tallies and reveals are written into their items (older tallies are dropped by the
 * cache's merge, see live-cache.ts); a start, an opened item, a close or a changed gold
 * reload the session, and so does every (re)connection of the socket, since events sent
 * while it was down are lost.
 */
export function SessionEventsSubscriber({ sessionId, refetch, onPresence, onConnection }: Props) {
  const { error } = useSubscription(CalibrationSessionEvents, {
    variables: { sessionId },
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ client: apollo, data }) => {
      const event = data.data?.sessionEvents;
      if (!event) return;
      // An event proves the subscription runs, also on a socket that was open before this room.
      onConnection('live');
      switch (event.__typename) {
        case 'PresenceChanged':
          onPresence(event);
          break;
        case 'TallyUpdated':
          writeTally(apollo.cache, event.tally);
          break;
        case 'ItemRevealed':
          writeReveal(apollo.cache, event);
          // The broadcast names no vendor's people; the query names those this viewer may see.
          void refetch();
          break;
        case 'SessionStarted':
        case 'ItemOpened':
        case 'SessionClosed':
        case 'GoldChanged':
          void refetch();
          break;
      }
    },
  });

  useSocketConnection(error, refetch, onConnection);

  return null;
}
