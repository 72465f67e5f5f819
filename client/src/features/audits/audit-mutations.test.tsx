import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { getFragmentData } from '../../gql';
import type { AppealsQueryVariables } from '../../gql/graphql';
import { AppealsQueryDocument } from './appeals-page';
import { AuditQueueQuery } from './audit-queue-page';
import {
  CreateSamplingPlanMutation,
  DecideAppealMutation,
  FileAppealMutation,
  RunSamplingPlanMutation,
  SubmitAuditMutation,
  useCreateSamplingPlan,
  useDecideAppeal,
  useFileAppeal,
  useRunSamplingPlan,
  useSubmitAudit,
} from './audit-mutations';
import { MyAuditsQueryDocument } from './my-audits-page';
import { PlanRow_plan } from './plan-row';
import { SamplingPlansQueryDocument } from './sampling-plans-page';

const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

const plan = (id: string, createdAt: string, runs: { id: string; day: string }[] = []) => ({
  __typename: 'SamplingPlan' as const,
  id,
  name: `Plan ${id}`,
  queue: 'hate',
  rate: 0.05,
  countPerDay: null,
  stratifyByDecision: false,
  seed: 7,
  active: true,
  createdAt,
  runs: runs.map((run) => ({ __typename: 'SamplingRun' as const, candidates: 10, drawn: 1, createdAt, ...run })),
  market: null,
  team: null,
  moderator: null,
});

const plans = (list: ReturnType<typeof plan>[]) => ({
  samplingPlans: list,
  markets: [],
  teams: [],
  caseQueues: ['hate'],
  users: { __typename: 'UserConnection' as const, edges: [] },
});

const appeal = (id: string, status: 'OPEN' | 'UPHELD' | 'OVERTURNED', createdAt: string) => ({
  __typename: 'Appeal' as const,
  id,
  status,
  reason: 'The verdict misreads the thread.',
  decisionNote: null as string | null,
  createdAt,
  decidedAt: null as string | null,
  appellant: person('m1', 'Marco'),
  decidedBy: null as ReturnType<typeof person> | null,
  audit: {
    __typename: 'Audit' as const,
    id: `audit-${id}`,
    queue: 'hate',
    verdict: 'INCORRECT' as const,
    decidedLabel: 'remove',
    decidedTaxonomyLabel: null,
    expectedLabel: 'keep',
    expectedTaxonomyLabel: null,
    errorCategory: 'MISSED_VIOLATION' as const,
    feedback: 'Read the thread.',
    auditedAt: createdAt,
    auditor: person('q1', 'Quinn'),
    moderator: person('m1', 'Marco'),
    market: { __typename: 'Market' as const, id: 'it', code: 'it-IT' },
    case: {
      __typename: 'Case' as const,
      id: `case-${id}`,
      externalId: `C-${id}`,
      contentType: 'TEXT' as const,
      text: 'text',
      mediaUrl: null,
      sensitivityTags: [],
    },
  },
});

/** A provider with no query mocks: a list that loaded itself again would fail the test. */
function withCache(cache: InMemoryCache, mocks: readonly unknown[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider cache={cache} mocks={mocks as never}>
      {children}
    </MockedProvider>
  );
}

describe('audit mutation hooks', () => {
  it('a new sampling plan takes the top of the plans list from the mutation alone', async () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: SamplingPlansQueryDocument, data: plans([plan('p1', '2026-11-01T08:00:00.000Z')]) });
    const input = { name: 'Plan p2', queue: 'hate', rate: 0.05, stratifyByDecision: false, seed: 7 };
    const created = {
      request: { query: CreateSamplingPlanMutation, variables: { input } },
      result: {
        data: {
          createSamplingPlan: {
            __typename: 'CreateSamplingPlanPayload',
            plan: plan('p2', '2026-11-20T08:00:00.000Z'),
          },
        },
      },
    };
    const { result } = renderHook(() => useCreateSamplingPlan(), { wrapper: withCache(cache, [created]) });
    await act(() => result.current[0]({ variables: { input } }));
    const list = cache.readQuery({ query: SamplingPlansQueryDocument })?.samplingPlans ?? [];
    expect(list.map((p) => p.id)).toEqual(['p2', 'p1']);
  });

  it('a run joins its plan’s runs by day, latest first', async () => {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: SamplingPlansQueryDocument,
      data: plans([
        plan('p1', '2026-11-01T08:00:00.000Z', [
          { id: 'r3', day: '2026-11-03' },
          { id: 'r1', day: '2026-11-01' },
        ]),
      ]),
    });
    const input = { planId: 'p1', day: '2026-11-02' };
    const ran = {
      request: { query: RunSamplingPlanMutation, variables: { input } },
      result: {
        data: {
          runSamplingPlan: {
            __typename: 'RunSamplingPlanPayload',
            run: {
              __typename: 'SamplingRun',
              id: 'r2',
              day: '2026-11-02',
              candidates: 40,
              drawn: 2,
              createdAt: '2026-11-20T08:00:00.000Z',
            },
          },
        },
      },
    };
    const { result } = renderHook(() => useRunSamplingPlan('p1'), { wrapper: withCache(cache, [ran]) });
    await act(() => result.current[0]({ variables: { input } }));
    const [row] = cache.readQuery({ query: SamplingPlansQueryDocument })?.samplingPlans ?? [];
    expect(getFragmentData(PlanRow_plan, row!).runs.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
  });

  it('a decided appeal leaves the open appeals and joins its outcome’s list in date order', async () => {
    const cache = new InMemoryCache();
    const open: AppealsQueryVariables = { filter: { status: 'OPEN' }, first: 50 };
    const overturned: AppealsQueryVariables = { filter: { status: 'OVERTURNED' }, first: 50 };
    cache.writeQuery({
      query: AppealsQueryDocument,
      variables: open,
      data: {
        appeals: [appeal('a2', 'OPEN', '2026-11-02T08:00:00.000Z'), appeal('a1', 'OPEN', '2026-11-01T08:00:00.000Z')],
      },
    });
    cache.writeQuery({
      query: AppealsQueryDocument,
      variables: overturned,
      data: { appeals: [appeal('a3', 'OVERTURNED', '2026-11-03T08:00:00.000Z')] },
    });
    const input = { appealId: 'a2', outcome: 'OVERTURN' as const, note: 'Banter.' };
    const decided = {
      request: { query: DecideAppealMutation, variables: { input } },
      result: {
        data: {
          decideAppeal: {
            __typename: 'DecideAppealPayload',
            appeal: {
              ...appeal('a2', 'OVERTURNED', '2026-11-02T08:00:00.000Z'),
              decisionNote: 'Banter.',
              decidedAt: '2026-11-21T08:00:00.000Z',
              decidedBy: person('q2', 'Lead'),
              audit: { __typename: 'Audit', id: 'audit-a2', overturned: true, countsAgainstModerator: false },
            },
          },
        },
      },
    };
    const { result } = renderHook(() => useDecideAppeal(), { wrapper: withCache(cache, [decided]) });
    await act(() => result.current[0]({ variables: { input } }));
    const ids = (variables: typeof open) =>
      cache.readQuery({ query: AppealsQueryDocument, variables })?.appeals.map((a) => `${a.id}:${a.status}`);
    expect(ids(open)).toEqual(['a1:OPEN']);
    expect(ids(overturned)).toEqual(['a3:OVERTURNED', 'a2:OVERTURNED']);
  });

  it('a filed appeal shows on the moderator’s audit and first among the open appeals', async () => {
    const cache = new InMemoryCache();
    const { audit, ...filed } = appeal('a9', 'OPEN', '2026-11-09T08:00:00.000Z');
    const policy = { __typename: 'Policy', id: 'pol', title: 'Hate speech' };
    const mineBefore = {
      audits: {
        __typename: 'AuditConnection',
        totalCount: 1,
        edges: [
          {
            __typename: 'AuditEdge',
            node: {
              ...audit,
              day: '2026-11-01',
              countsAgainstModerator: true,
              appealDeadline: '2026-11-30T08:00:00.000Z',
              canAppeal: true,
              policy,
              appeal: null,
            },
          },
        ],
      },
    };
    cache.writeQuery({
      query: MyAuditsQueryDocument,
      variables: { teamId: null },
      data: mineBefore,
    });
    const open: AppealsQueryVariables = { filter: { status: 'OPEN' }, first: 50 };
    cache.writeQuery({
      query: AppealsQueryDocument,
      variables: open,
      data: { appeals: [appeal('a1', 'OPEN', '2026-11-01T08:00:00.000Z')] },
    });
    const input = { auditId: audit.id, reason: 'The thread is banter.' };
    const answer = {
      request: { query: FileAppealMutation, variables: { input } },
      result: {
        data: {
          fileAppeal: {
            __typename: 'FileAppealPayload',
            appeal: {
              ...filed,
              audit: { ...audit, canAppeal: false, appeal: { __typename: 'Appeal', id: 'a9' } },
            },
          },
        },
      },
    };
    const { result } = renderHook(() => useFileAppeal(), { wrapper: withCache(cache, [answer]) });
    await act(() => result.current[0]({ variables: { input } }));
    const mine = cache.readQuery({ query: MyAuditsQueryDocument, variables: { teamId: null } });
    expect(mine?.audits.edges[0]?.node.appeal).toMatchObject({
      id: 'a9',
      status: 'OPEN',
      appellant: { name: 'Marco' },
    });
    expect(mine?.audits.edges[0]?.node.canAppeal).toBe(false);
    const listed = cache.readQuery({ query: AppealsQueryDocument, variables: open })?.appeals ?? [];
    expect(listed.map((a) => a.id)).toEqual(['a9', 'a1']);
  });

  it('an audited task leaves the pending queue, which counts one fewer', async () => {
    const cache = new InMemoryCache();
    const task = (id: string) => ({
      __typename: 'Audit' as const,
      id,
      day: '2026-11-01',
      queue: 'hate',
      decidedLabel: 'remove',
      plan: null,
      assignee: null,
      moderator: person('m1', 'Marco'),
      market: { __typename: 'Market' as const, id: 'it', code: 'it-IT' },
      case: { __typename: 'Case' as const, id: `case-${id}`, externalId: `C-${id}`, text: 't', sensitivityTags: [] },
    });
    const me = { __typename: 'User', id: 'q1', role: 'QA_SPECIALIST' as const };
    const edge = (id: string) => ({ __typename: 'AuditEdge', node: task(id) });
    const before = { me, audits: { __typename: 'AuditConnection', totalCount: 2, edges: [edge('t1'), edge('t2')] } };
    cache.writeQuery({
      query: AuditQueueQuery,
      data: before,
    });
    const input = { auditId: 't1', verdict: 'CORRECT' as const, expectedLabel: 'remove' };
    const submitted = {
      request: { query: SubmitAuditMutation, variables: { input } },
      result: {
        data: {
          submitAudit: {
            __typename: 'SubmitAuditPayload',
            audit: {
              __typename: 'Audit',
              id: 't1',
              status: 'COMPLETED',
              verdict: 'CORRECT',
              expectedLabel: 'remove',
              expectedTaxonomyLabel: null,
              errorCategory: null,
              feedback: null,
              auditedAt: '2026-11-21T08:00:00.000Z',
              auditor: person('q1', 'Quinn'),
              countsAgainstModerator: false,
              appealDeadline: null,
              canAppeal: false,
            },
          },
        },
      },
    };
    const { result } = renderHook(() => useSubmitAudit(), { wrapper: withCache(cache, [submitted]) });
    await act(() => result.current[0]({ variables: { input } }));
    const queue = cache.readQuery({ query: AuditQueueQuery })?.audits;
    expect(queue?.totalCount).toBe(1);
    expect(queue?.edges.map((e) => e.node.id)).toEqual(['t2']);
  });
});
