import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { insertInOrder, listArguments } from '../../lib/cache-lists';
import { addQuestionToRoom } from './live-questions';

/*
 * One hook per briefing mutation. Each asks for what the change touches (a question comes
 * back in the card's fragment, a briefing with the fields its room or list row shows), so
 * Apollo merges it into the cache by id; a new question joins the room's list, a scheduled
 * briefing the list of briefings and a promoted answer the version's FAQ, written here.
 * Other people's changes reach the room through its live events.
 */

export const AskBriefingQuestionMutation = graphql(`
  mutation AskBriefingQuestion($input: AskBriefingQuestionInput!) {
    askBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const StartBriefingMutation = graphql(`
  mutation StartBriefing($input: StartBriefingInput!) {
    startBriefing(input: $input) {
      briefing {
        id
        status
        startedAt
      }
    }
  }
`);

export const EndBriefingMutation = graphql(`
  mutation EndBriefing($input: EndBriefingInput!) {
    endBriefing(input: $input) {
      briefing {
        id
        status
        endedAt
      }
    }
  }
`);

export const CloseBriefingThreadMutation = graphql(`
  mutation CloseBriefingThread($input: CloseBriefingThreadInput!) {
    closeBriefingThread(input: $input) {
      briefing {
        id
        threadClosed
        threadClosedAt
      }
    }
  }
`);

export const PinBriefingQuestionMutation = graphql(`
  mutation PinBriefingQuestion($input: PinBriefingQuestionInput!) {
    pinBriefingQuestion(input: $input) {
      question {
        id
        pinned
      }
    }
  }
`);

export const MarkBriefingQuestionAnsweredMutation = graphql(`
  mutation MarkBriefingQuestionAnswered($input: MarkBriefingQuestionAnsweredInput!) {
    markBriefingQuestionAnswered(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const ReopenBriefingQuestionMutation = graphql(`
  mutation ReopenBriefingQuestion($input: ReopenBriefingQuestionInput!) {
    reopenBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const PromoteBriefingQuestionMutation = graphql(`
  mutation PromoteBriefingQuestion($input: PromoteBriefingQuestionInput!) {
    promoteBriefingQuestionToFaq(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
      faqEntry {
        id
        position
        question
        answer
      }
    }
  }
`);

export const ReplyToBriefingQuestionMutation = graphql(`
  mutation ReplyToBriefingQuestion($input: ReplyToBriefingQuestionInput!) {
    replyToBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const DismissBriefingQuestionMutation = graphql(`
  mutation DismissBriefingQuestion($input: DismissBriefingQuestionInput!) {
    dismissBriefingQuestion(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const UpvoteBriefingQuestionMutation = graphql(`
  mutation UpvoteBriefingQuestion($input: UpvoteBriefingQuestionInput!) {
    upvoteBriefingQuestion(input: $input) {
      question {
        id
        upvoteCount
        upvotedByMe
      }
    }
  }
`);

export const RemoveBriefingUpvoteMutation = graphql(`
  mutation RemoveBriefingUpvote($input: RemoveBriefingUpvoteInput!) {
    removeBriefingUpvote(input: $input) {
      question {
        id
        upvoteCount
        upvotedByMe
      }
    }
  }
`);

export const SetBriefingOfficialAnswerMutation = graphql(`
  mutation SetBriefingOfficialAnswer($input: SetBriefingOfficialAnswerInput!) {
    setBriefingOfficialAnswer(input: $input) {
      question {
        id
        ...QuestionCard_question
      }
    }
  }
`);

export const SetBriefingReplyHiddenMutation = graphql(`
  mutation SetBriefingReplyHidden($input: SetBriefingReplyHiddenInput!) {
    setBriefingReplyHidden(input: $input) {
      reply {
        id
        hidden
        hiddenReason
      }
      question {
        id
        replyCount
      }
    }
  }
`);

export const AcknowledgeBriefingVersionMutation = graphql(`
  mutation AcknowledgeBriefingVersion($input: AcknowledgeBriefingVersionInput!) {
    acknowledgeBriefingVersion(input: $input) {
      briefing {
        id
        policyVersion {
          id
          myAcknowledgement {
            id
            acknowledgedAt
          }
        }
      }
    }
  }
`);

export const ScheduleBriefingMutation = graphql(`
  mutation ScheduleBriefing($input: ScheduleBriefingInput!) {
    scheduleBriefing(input: $input) {
      briefing {
        id
        ...BriefingListRow_briefing @unmask
      }
    }
  }
`);

/** The viewer's question, added to the room's list (once, whether the broadcast came first or not). */
export function useAskQuestion(briefingId: string) {
  return useMutation(AskBriefingQuestionMutation, {
    update(cache, { data }) {
      const id = data?.askBriefingQuestion.question.id;
      if (id) addQuestionToRoom(cache, briefingId, id);
    },
  });
}

/** The briefing goes live: its status and start. */
export const useStartBriefing = () => useMutation(StartBriefingMutation);

/** The briefing ends: its status and end. */
export const useEndBriefing = () => useMutation(EndBriefingMutation);

/** No more questions or replies: the thread's state. */
export const useCloseBriefingThread = () => useMutation(CloseBriefingThreadMutation);

/** The question's pin. */
export const usePinQuestion = () => useMutation(PinBriefingQuestionMutation);

/** The question, answered. */
export const useMarkQuestionAnswered = () => useMutation(MarkBriefingQuestionAnsweredMutation);

/** The question, open and visible again. */
export const useReopenQuestion = () => useMutation(ReopenBriefingQuestionMutation);

/** The question, dismissed (and hidden, if asked). */
export const useDismissQuestion = () => useMutation(DismissBriefingQuestionMutation);

/** The question with its replies, the new one among them. */
export const useReplyToQuestion = () => useMutation(ReplyToBriefingQuestionMutation);

/** The question's count and the viewer's upvote. */
export const useUpvoteQuestion = () => useMutation(UpvoteBriefingQuestionMutation);

/** The question's count and the viewer's upvote, taken back. */
export const useRemoveUpvote = () => useMutation(RemoveBriefingUpvoteMutation);

/** The question with its official answer (and its replies' `official`). */
export const useSetOfficialAnswer = () => useMutation(SetBriefingOfficialAnswerMutation);

/** The reply's hiding and the question's count of replies. */
export const useSetReplyHidden = () => useMutation(SetBriefingReplyHiddenMutation);

/** The viewer's acknowledgement of the presented version; the room's count comes with its live events. */
export const useAcknowledgeBriefingVersion = () => useMutation(AcknowledgeBriefingVersionMutation);

/** The question's FAQ link, and the entry at the end of the presented version's FAQ when that was loaded. */
export function usePromoteQuestion(versionId: string | undefined) {
  return useMutation(PromoteBriefingQuestionMutation, {
    update(cache, { data }) {
      const entry = data?.promoteBriefingQuestionToFaq.faqEntry;
      if (entry && versionId) addFaqEntry(cache, versionId, entry.id);
    },
  });
}

/** Appends a FAQ entry (already in the cache) to a version's cached FAQ, once. */
export function addFaqEntry(cache: ApolloCache, versionId: string, entryId: string): void {
  const key = cache.identify({ __typename: 'FaqEntry', id: entryId });
  if (!key) return;
  cache.modify({
    id: cache.identify({ __typename: 'PolicyVersion', id: versionId }),
    fields: {
      faq: (existing: readonly Reference[] | undefined, { toReference }) => {
        const ref = toReference(key);
        if (!existing || !ref || existing.some((item) => item.__ref === key)) return existing;
        return [...existing, ref];
      },
    },
  });
}

/** A new briefing, in each cached list of briefings where the server's order puts it. */
export function useScheduleBriefing() {
  return useMutation(ScheduleBriefingMutation, {
    update(cache, { data }) {
      const briefing = data?.scheduleBriefing.briefing;
      if (briefing) addToBriefingLists(cache, briefing);
    },
  });
}

type Status = 'LIVE' | 'SCHEDULED' | 'ENDED';
const GROUP: Record<Status, number> = { LIVE: 0, SCHEDULED: 1, ENDED: 2 };

/**
 * Puts a briefing into the cached lists of briefings (of its status, or of all), in the
 * server's order: live, then upcoming, soonest first, then past, latest first.
 */
export function addToBriefingLists(cache: ApolloCache, briefing: { id: string; status: Status; scheduledAt: string }) {
  const key = cache.identify({ __typename: 'Briefing', id: briefing.id });
  if (!key) return;
  cache.modify({
    fields: {
      briefings: (existing: readonly Reference[] | undefined, { storeFieldName, readField, toReference }) => {
        const ref = toReference(key);
        if (!existing || !ref) return existing;
        const args = listArguments<{ first: number; status: Status }>(storeFieldName);
        if (args.status && args.status !== briefing.status) return existing;
        const precedes = (other: Reference) => {
          const status = readField<Status>('status', other) ?? 'ENDED';
          if (GROUP[status] !== GROUP[briefing.status]) return GROUP[status] > GROUP[briefing.status];
          const at = readField<string>('scheduledAt', other) ?? '';
          return briefing.status === 'ENDED' ? at < briefing.scheduledAt : at > briefing.scheduledAt;
        };
        return insertInOrder(existing, ref, precedes, args.first);
      },
    },
  });
}
