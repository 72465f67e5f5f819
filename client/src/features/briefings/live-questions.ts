import type { ApolloCache, Reference } from '@apollo/client';

type Connection = { __typename?: string; totalCount: number; edges: readonly { node: Reference }[] };

/**
 * Adds a question (already written to the cache by its own query) to the room's list,
 * once: the asker's mutation and the broadcast both lead here.
 */
export function addQuestionToRoom(cache: ApolloCache, briefingId: string, questionId: string): void {
  const id = cache.identify({ __typename: 'Briefing', id: briefingId });
  const ref = cache.identify({ __typename: 'BriefingQuestion', id: questionId });
  if (!id || !ref) return;
  cache.modify<{ questions: Connection }>({
    id,
    fields: {
      questions(existing, { readField, toReference }) {
        const connection = existing as Connection;
        if (connection.edges.some((edge) => readField('id', edge.node) === questionId)) return connection;
        const node = toReference(ref);
        if (!node) return connection;
        return {
          ...connection,
          totalCount: connection.totalCount + 1,
          edges: [...connection.edges, { __typename: 'BriefingQuestionEdge', cursor: questionId, node }],
        };
      },
    },
  });
}

/** The broadcast's count; the viewer's own `upvotedByMe` stays as their mutation left it. */
export function writeUpvoteCount(cache: ApolloCache, questionId: string, upvoteCount: number): void {
  const id = cache.identify({ __typename: 'BriefingQuestion', id: questionId });
  if (id) cache.modify<{ upvoteCount: number }>({ id, fields: { upvoteCount: () => upvoteCount } });
}

export type StatusChange = {
  questionId: string;
  status: 'OPEN' | 'ANSWERED' | 'DISMISSED';
  pinned: boolean;
  hidden: boolean;
  dismissalReason?: string | null;
};

/** Status, pin and hiding as broadcast; the official answer and FAQ link are reloaded with the question. */
export function writeQuestionStatus(cache: ApolloCache, change: StatusChange): void {
  const id = cache.identify({ __typename: 'BriefingQuestion', id: change.questionId });
  if (!id) return;
  cache.modify<{ status: string; pinned: boolean; hidden: boolean; dismissalReason: string | null }>({
    id,
    fields: {
      status: () => change.status,
      pinned: () => change.pinned,
      hidden: () => change.hidden,
      dismissalReason: () => change.dismissalReason ?? null,
    },
  });
}
