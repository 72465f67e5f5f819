import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { PolicyArea } from '../../gql/graphql';
import { PolicyDetailQuery } from './policy-detail-page';
import { PolicyListQuery } from './policy-list-page';
import {
  CreateDraftMutation,
  CreatePolicyMutation,
  RetireVersionMutation,
  matchesPolicyFilter,
  useCreatePolicy,
  useCreatePolicyVersion,
  useRetirePolicyVersion,
} from './policy-mutations';

type Status = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

const version = (id: string, number: number, status: Status) => ({
  __typename: 'PolicyVersion' as const,
  id,
  number,
  status,
  effectiveDate: status === 'DRAFT' ? null : '2026-01-01',
  changeSummary: `Version ${number}`,
  labels: [{ __typename: 'TaxonomyLabel' as const, key: 'insult' }],
});

/** A policy with every field the list row and the versions on the side read. */
const policy = (id: string, title: string, area: PolicyArea, versions: ReturnType<typeof version>[]) => ({
  __typename: 'Policy' as const,
  id,
  key: title.toLowerCase().replace(/\s+/g, '-'),
  title,
  area,
  description: '',
  currentVersion: versions.find((v) => v.status === 'PUBLISHED') ?? null,
  versions,
});

/** A provider with no query mocks: a list that loaded itself again would fail the test. */
function withCache(cache: InMemoryCache, mocks: readonly unknown[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider cache={cache} mocks={mocks as never}>
      {children}
    </MockedProvider>
  );
}

const all = { filter: { search: null, area: null } };
const hate = { filter: { search: null, area: 'HATE_SPEECH' as const } };

describe('policy mutation hooks', () => {
  it('a new policy joins, by title, the cached lists whose filter takes it', async () => {
    const cache = new InMemoryCache();
    const listed = [
      policy('p1', 'Animal harm', 'ANIMAL_HARM', [version('v1', 1, 'PUBLISHED')]),
      policy('p3', 'Violence', 'VIOLENCE', [version('v3', 1, 'PUBLISHED')]),
    ];
    cache.writeQuery({ query: PolicyListQuery, variables: all, data: { policies: listed } });
    cache.writeQuery({ query: PolicyListQuery, variables: hate, data: { policies: [] } });
    const input = { key: 'bullying', title: 'Bullying', area: 'BULLYING' as const };
    const created = {
      request: { query: CreatePolicyMutation, variables: { input } },
      result: {
        data: {
          createPolicy: {
            __typename: 'CreatePolicyPayload',
            policy: policy('p2', 'Bullying', 'BULLYING', [version('d2', 1, 'DRAFT')]),
            draft: { __typename: 'PolicyVersion', id: 'd2' },
          },
        },
      },
    };
    const { result } = renderHook(() => useCreatePolicy(), { wrapper: withCache(cache, [created]) });
    await act(() => result.current[0]({ variables: { input } }));
    const titles = (variables: typeof all | typeof hate) =>
      cache.readQuery({ query: PolicyListQuery, variables })?.policies.map((p) => p.title);
    expect(titles(all)).toEqual(['Animal harm', 'Bullying', 'Violence']);
    expect(titles(hate)).toEqual([]);
  });

  it('matches the server’s filter: area, and key or title containing the search in any case', () => {
    const bullying = { id: 'p2', key: 'bullying', title: 'Bullying at school', area: 'BULLYING' as const };
    expect(matchesPolicyFilter(bullying, null)).toBe(true);
    expect(matchesPolicyFilter(bullying, { search: 'SCHOOL', area: 'BULLYING' })).toBe(true);
    expect(matchesPolicyFilter(bullying, { search: 'bull' })).toBe(true);
    expect(matchesPolicyFilter(bullying, { search: 'hate' })).toBe(false);
    expect(matchesPolicyFilter(bullying, { area: 'VIOLENCE' })).toBe(false);
  });

  it('a new draft joins the policy’s versions, and a retired version changes its row and the one in force', async () => {
    const cache = new InMemoryCache();
    const v1 = version('v1', 1, 'PUBLISHED');
    const v2 = version('v2', 2, 'PUBLISHED');
    const detail = { policy: policy('p1', 'Hate speech', 'HATE_SPEECH', [v2, v1]) };
    cache.writeQuery({ query: PolicyDetailQuery, variables: { id: 'p1' }, data: detail });

    const draftInput = { policyId: 'p1', baseVersionId: 'v2' };
    const v3 = version('v3', 3, 'DRAFT');
    const drafted = {
      request: { query: CreateDraftMutation, variables: { input: draftInput } },
      result: {
        data: {
          createPolicyVersion: {
            __typename: 'CreatePolicyVersionPayload',
            version: { ...v3, policy: { ...policy('p1', 'Hate speech', 'HATE_SPEECH', [v3, v2, v1]) } },
          },
        },
      },
    };
    const retireInput = { versionId: 'v2' };
    const retiredV2 = { ...v2, status: 'RETIRED' as const };
    const retired = {
      request: { query: RetireVersionMutation, variables: { input: retireInput } },
      result: {
        data: {
          retirePolicyVersion: {
            __typename: 'RetirePolicyVersionPayload',
            version: {
              __typename: 'PolicyVersion',
              id: 'v2',
              status: 'RETIRED',
              retiredAt: '2026-11-22T08:00:00.000Z',
              policy: { ...policy('p1', 'Hate speech', 'HATE_SPEECH', [v3, retiredV2, v1]), currentVersion: v1 },
            },
          },
        },
      },
    };
    const wrapper = withCache(cache, [drafted, retired]);
    const draft = renderHook(() => useCreatePolicyVersion(), { wrapper });
    await act(() => draft.result.current[0]({ variables: { input: draftInput } }));
    const read = () => cache.readQuery({ query: PolicyDetailQuery, variables: { id: 'p1' } })?.policy;
    expect(read()?.versions.map((v) => `${v.number}:${v.status}`)).toEqual(['3:DRAFT', '2:PUBLISHED', '1:PUBLISHED']);

    const retire = renderHook(() => useRetirePolicyVersion(), { wrapper });
    await act(() => retire.result.current[0]({ variables: { input: retireInput } }));
    expect(read()?.versions.map((v) => `${v.number}:${v.status}`)).toEqual(['3:DRAFT', '2:RETIRED', '1:PUBLISHED']);
    expect(read()?.currentVersion?.id).toBe('v1');
  });
});
