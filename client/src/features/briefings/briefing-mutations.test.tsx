import { gql, InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { BriefingListQuery } from './briefing-list-page';
import {
  PromoteBriefingQuestionMutation,
  ScheduleBriefingMutation,
  usePromoteQuestion,
  useScheduleBriefing,
} from './briefing-mutations';

const briefing = (id: string, status: 'LIVE' | 'SCHEDULED' | 'ENDED', scheduledAt: string) => ({
  __typename: 'Briefing' as const,
  id,
  title: `Briefing ${id}`,
  status,
  scheduledAt,
  startedAt: null,
  endedAt: null,
  threadClosed: false,
  canPresent: true,
  presenter: { __typename: 'User' as const, id: 'u1', name: 'Giulia Rossi' },
  policyVersion: {
    __typename: 'PolicyVersion' as const,
    id: 'v2',
    number: 2,
    policy: { __typename: 'Policy' as const, id: 'p1', title: 'Hate speech' },
  },
  audienceMarkets: [{ __typename: 'Market' as const, id: 'm1', code: 'it-IT', name: 'Italy' }],
});

/** A version's FAQ as the policy page loads it. */
const Faq = gql`
  fragment Faq on PolicyVersion {
    id
    faq {
      id
      position
      question
      answer
    }
  }
`;

/** A provider with no query mocks: a list that loaded itself again would fail the test. */
function withCache(cache: InMemoryCache, mocks: readonly unknown[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider cache={cache} mocks={mocks as never}>
      {children}
    </MockedProvider>
  );
}

describe('briefing mutation hooks', () => {
  it('a scheduled briefing joins the list among the upcoming ones, soonest first, without loading it again', async () => {
    const cache = new InMemoryCache();
    const before = {
      me: { __typename: 'User', id: 'u1', role: 'POLICY_OWNER' as const },
      briefings: [
        briefing('live', 'LIVE', '2026-12-01T09:00:00.000Z'),
        briefing('later', 'SCHEDULED', '2026-12-10T09:00:00.000Z'),
        briefing('past', 'ENDED', '2026-11-20T09:00:00.000Z'),
      ],
    };
    cache.writeQuery({ query: BriefingListQuery, variables: { first: 50 }, data: before });
    const input = {
      title: 'Briefing soon',
      policyVersionId: 'v2',
      marketIds: ['m1'],
      scheduledAt: '2026-12-05T09:00:00.000Z',
      notes: '',
    };
    const scheduled = {
      request: { query: ScheduleBriefingMutation, variables: { input } },
      result: {
        data: {
          scheduleBriefing: {
            __typename: 'ScheduleBriefingPayload',
            briefing: briefing('soon', 'SCHEDULED', '2026-12-05T09:00:00.000Z'),
          },
        },
      },
    };
    const { result } = renderHook(() => useScheduleBriefing(), { wrapper: withCache(cache, [scheduled]) });
    await act(() => result.current[0]({ variables: { input } }));
    const list = cache.readQuery({ query: BriefingListQuery, variables: { first: 50 } })?.briefings ?? [];
    expect(list.map((b) => b.id)).toEqual(['live', 'soon', 'later', 'past']);
    expect(list[1]).toMatchObject({ title: 'Briefing soon', audienceMarkets: [{ code: 'it-IT' }] });
  });

  it('a promoted question is marked in the FAQ and its entry joins the loaded FAQ of the version', async () => {
    const cache = new InMemoryCache();
    const entry = (id: string, position: number) => ({
      __typename: 'FaqEntry' as const,
      id,
      position,
      question: `Question ${position}?`,
      answer: `Answer ${position}.`,
    });
    cache.writeFragment({
      id: 'PolicyVersion:v2',
      fragment: Faq,
      data: { __typename: 'PolicyVersion', id: 'v2', faq: [entry('f1', 1)] },
    });
    const input = { questionId: 'q1' };
    const promoted = {
      request: { query: PromoteBriefingQuestionMutation, variables: { input } },
      result: {
        data: {
          promoteBriefingQuestionToFaq: {
            __typename: 'PromoteBriefingQuestionPayload',
            question: {
              __typename: 'BriefingQuestion',
              id: 'q1',
              briefingId: 'b1',
              text: 'Question 2?',
              anonymous: false,
              createdAt: '2026-11-22T08:00:00.000Z',
              upvoteCount: 0,
              upvotedByMe: false,
              mine: false,
              status: 'ANSWERED',
              pinned: false,
              hidden: false,
              dismissalReason: null,
              answeredAt: '2026-11-22T08:05:00.000Z',
              author: { __typename: 'User', id: 'u2', name: 'Jonas Weber' },
              authorMarket: { __typename: 'Market', id: 'm2', code: 'de-DE' },
              replyCount: 0,
              replies: [],
              officialAnswer: null,
              faqEntry: { __typename: 'FaqEntry', id: 'f2' },
            },
            faqEntry: entry('f2', 2),
          },
        },
      },
    };
    const { result } = renderHook(() => usePromoteQuestion('v2'), { wrapper: withCache(cache, [promoted]) });
    await act(() => result.current[0]({ variables: { input } }));
    const version = cache.readFragment<{ faq: { id: string }[] }>({ id: 'PolicyVersion:v2', fragment: Faq });
    expect(version?.faq.map((e) => e.id)).toEqual(['f1', 'f2']);
  });
});
