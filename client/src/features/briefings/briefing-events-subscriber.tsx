import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { BriefingEventsSubscription } from '../../gql/graphql';
import { useSocketConnection, type ConnectionState } from '../../lib/websocket';
import { addQuestionToRoom, writeQuestionStatus, writeUpvoteCount } from './live-questions';

export const BriefingQuestionQuery = graphql(`
  query BriefingQuestion($id: ID!) {
    briefingQuestion(id: $id) {
      id
      ...QuestionCard_question
    }
  }
`);

export const BriefingEvents = graphql(`
  subscription BriefingEvents($briefingId: ID!) {
    briefingEvents(briefingId: $briefingId) {
      __typename
      ... on BriefingStarted {
        briefingId
      }
      ... on BriefingEnded {
        briefingId
      }
      ... on BriefingThreadClosed {
        briefingId
      }
      ... on BriefingUpdated {
        briefingId
      }
      ... on BriefingQuestionAsked {
        questionId
      }
      ... on BriefingQuestionUpvoted {
        questionId
        upvoteCount
      }
      ... on BriefingQuestionReplied {
        questionId
        replyId
      }
      ... on BriefingReplyHiddenChanged {
        questionId
        replyId
      }
      ... on BriefingQuestionStatusChanged {
        questionId
        status
        pinned
        hidden
        dismissalReason
        officialAnswerId
        promotedToFaq
      }
      ... on BriefingPresenceChanged {
        presence {
          total
          markets {
            market
            count
          }
        }
      }
      ... on BriefingAcknowledgementsChanged {
        acknowledgements {
          acknowledged
          audience
          markets {
            market
            acknowledged
            audience
          }
        }
      }
    }
  }
`);

type BriefingEvent = BriefingEventsSubscription['briefingEvents'];
export type RoomPresence = Extract<BriefingEvent, { __typename: 'BriefingPresenceChanged' }>['presence'];
export type RoomAcknowledgements = Extract<
  BriefingEvent,
  { __typename: 'BriefingAcknowledgementsChanged' }
>['acknowledgements'];

type Props = {
  briefingId: string;
  /** Reloads the room: its state always comes from the query. */
  refetch: () => Promise<unknown>;
  onPresence: (presence: RoomPresence) => void;
  onAcknowledgements: (acknowledgements: RoomAcknowledgements) => void;
  onConnection: (state: ConnectionState) => void;
};

/**
 * Renders nothing: keeps the room's cache current from `briefingEvents`. The broadcast is
 * the same for every viewer and names nobody, so a new question, a reply or a new official
 * answer is loaded with `briefingQuestion` (the author as this viewer may see them); counts
 * and states are written directly. A start, end or closed thread reloads the room, and so
 * does every (re)connection, since events sent while the socket was down are lost.
 */
export function BriefingEventsSubscriber({ briefingId, refetch, onPresence, onAcknowledgements, onConnection }: Props) {
  const { error } = useSubscription(BriefingEvents, {
    variables: { briefingId },
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ client: apollo, data }) => {
      const event = data.data?.briefingEvents;
      if (!event) return;
      onConnection('live');
      const loadQuestion = async (questionId: string, add: boolean) => {
        try {
          await apollo.query({
            query: BriefingQuestionQuery,
            variables: { id: questionId },
            fetchPolicy: 'network-only',
          });
          if (add) addQuestionToRoom(apollo.cache, briefingId, questionId);
        } catch {
          // Hidden from this viewer by now, or gone: the list keeps what it knew, filtered by `hidden`.
        }
      };
      switch (event.__typename) {
        case 'BriefingPresenceChanged':
          onPresence(event.presence);
          break;
        case 'BriefingAcknowledgementsChanged':
          onAcknowledgements(event.acknowledgements);
          break;
        case 'BriefingQuestionAsked':
          void loadQuestion(event.questionId, true);
          break;
        case 'BriefingQuestionUpvoted':
          writeUpvoteCount(apollo.cache, event.questionId, event.upvoteCount);
          break;
        case 'BriefingQuestionReplied':
        case 'BriefingReplyHiddenChanged':
          // A hidden reply is no longer in the thread this viewer loads (unless they present or wrote it).
          void loadQuestion(event.questionId, false);
          break;
        case 'BriefingQuestionStatusChanged':
          writeQuestionStatus(apollo.cache, event);
          if (!event.hidden) void loadQuestion(event.questionId, true);
          break;
        case 'BriefingStarted':
        case 'BriefingEnded':
        case 'BriefingThreadClosed':
        case 'BriefingUpdated':
          void refetch();
          break;
      }
    },
  });

  useSocketConnection(error, refetch, onConnection);

  return null;
}
