import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { getFragmentData } from '../../gql';
import { BriefingQuestionQuery } from './briefing-events-subscriber';
import { BriefingRoomQuery, QUESTION_PAGE } from './briefing-room-page';
import { addQuestionToRoom, writeQuestionStatus, writeUpvoteCount } from './live-questions';
import { QuestionCard_question } from './question-card';

const question = (id: string, text: string) => ({
  __typename: 'BriefingQuestion' as const,
  id,
  briefingId: 'b1',
  text,
  anonymous: false,
  createdAt: '2026-11-22T08:00:00.000Z',
  upvoteCount: 0,
  upvotedByMe: false,
  mine: false,
  status: 'OPEN' as const,
  pinned: false,
  hidden: false,
  dismissalReason: null,
  answeredAt: null,
  author: null,
  authorMarket: null,
  replyCount: 0,
  replies: [],
  officialAnswer: null,
  faqEntry: null,
});

const variables = { id: 'b1', first: QUESTION_PAGE };

function roomCache() {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: BriefingRoomQuery,
    variables,
    data: {
      me: { __typename: 'User', id: 'u1', role: 'MODERATOR' },
      briefing: {
        __typename: 'Briefing',
        id: 'b1',
        title: 'A briefing',
        status: 'LIVE',
        scheduledAt: '2026-11-22T08:00:00.000Z',
        startedAt: '2026-11-22T08:00:00.000Z',
        endedAt: null,
        threadClosed: false,
        threadClosedAt: null,
        notes: '',
        canPresent: false,
        presenter: { __typename: 'User', id: 'p1', name: 'Priya Policy' },
        audienceMarkets: [],
        policyVersion: {
          __typename: 'PolicyVersion',
          id: 'v1',
          number: 2,
          status: 'PUBLISHED',
          changeSummary: '',
          policy: { __typename: 'Policy', id: 'p1', title: 'Bullying' },
          myAcknowledgement: null,
        },
        presence: { __typename: 'BriefingRoomPresence', total: 0, markets: [] },
        acknowledgements: { __typename: 'BriefingAcknowledgements', acknowledged: 0, audience: 0, markets: [] },
        questions: {
          __typename: 'BriefingQuestionConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false },
          edges: [{ __typename: 'BriefingQuestionEdge', node: question('q1', 'First') }],
        },
      },
    } as never,
  });
  return cache;
}

const shown = (cache: InMemoryCache) => {
  const room = cache.readQuery({ query: BriefingRoomQuery, variables })!.briefing.questions;
  return {
    totalCount: room.totalCount,
    questions: room.edges.map((edge) => getFragmentData(QuestionCard_question, edge.node)),
  };
};

describe('live questions in the cache', () => {
  it('adds a loaded question to the room once, however often it is announced', () => {
    const cache = roomCache();
    cache.writeQuery({
      query: BriefingQuestionQuery,
      variables: { id: 'q2' },
      data: { briefingQuestion: question('q2', 'Second') } as never,
    });
    addQuestionToRoom(cache, 'b1', 'q2');
    addQuestionToRoom(cache, 'b1', 'q2');
    const room = shown(cache);
    expect(room.questions.map((q) => q.text)).toEqual(['First', 'Second']);
    expect(room.totalCount).toBe(2);
  });

  it('writes the broadcast upvote count into the question', () => {
    const cache = roomCache();
    writeUpvoteCount(cache, 'q1', 7);
    expect(shown(cache).questions[0]?.upvoteCount).toBe(7);
  });

  it('writes status, pin, hiding and the reason', () => {
    const cache = roomCache();
    writeQuestionStatus(cache, {
      questionId: 'q1',
      status: 'DISMISSED',
      pinned: false,
      hidden: true,
      dismissalReason: 'Abusive',
    });
    expect(shown(cache).questions[0]).toMatchObject({ status: 'DISMISSED', hidden: true, dismissalReason: 'Abusive' });
  });
});
