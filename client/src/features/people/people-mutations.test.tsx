import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql';
import {
  InviteUserMutation,
  matchesFilter,
  UpdateUserMutation,
  useInviteUser,
  useUpdateUser,
  PeopleInvitationsQuery,
} from './people-mutations';
import { PeopleQuery } from './people-page';

const market = (id: string, code: string) => ({ __typename: 'Market' as const, id, code, name: code });
const team = (id: string) => ({ __typename: 'Team' as const, id, name: `Team ${id}`, vendor: null });
const IT = market('m-it', 'it-IT');
const DE = market('m-de', 'de-DE');

const person = (id: string, email: string, role: Role = 'MODERATOR', where = IT, teamId: string | null = 't-1') => ({
  __typename: 'User' as const,
  id,
  name: `Person ${id}`,
  email,
  role,
  active: true,
  joinedAt: '2026-01-01T00:00:00.000Z' as string | null,
  languages: ['it'],
  market: where,
  otherMarkets: [] as { __typename: 'Market'; id: string; code: string }[],
  team: teamId ? team(teamId) : null,
});

const connection = (people: ReturnType<typeof person>[]) => ({
  users: {
    __typename: 'UserConnection' as const,
    totalCount: people.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false },
    edges: people.map((node) => ({ __typename: 'UserEdge' as const, node })),
  },
});

const page = { first: 200 };
const all = { query: PeopleQuery, variables: { filter: {}, page } };
const moderators = { query: PeopleQuery, variables: { filter: { role: 'MODERATOR' as const }, page } };
const inGermany = { query: PeopleQuery, variables: { filter: { marketId: 'm-de' }, page } };

function seeded() {
  const cache = new InMemoryCache();
  cache.writeQuery({ ...all, data: connection([person('1', 'anna@x.test'), person('2', 'zoe@x.test')]) });
  cache.writeQuery({ ...moderators, data: connection([person('1', 'anna@x.test'), person('2', 'zoe@x.test')]) });
  cache.writeQuery({ ...inGermany, data: connection([]) });
  return cache;
}

const emails = (cache: InMemoryCache, query: typeof all) =>
  cache.readQuery(query)!.users.edges.map((edge) => (edge.node as unknown as { email: string }).email);

function wrapper(cache: InMemoryCache, mocks: unknown[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider cache={cache} mocks={mocks as never}>
      {children}
    </MockedProvider>
  );
}

describe('matchesFilter', () => {
  const someone = {
    id: '1',
    name: 'Ada Lovelace',
    email: 'a@x.test',
    role: 'QA_SPECIALIST' as const,
    active: true,
    joinedAt: null,
    market: { id: 'm' },
    team: null,
  };
  it.each([
    [null, true],
    [{}, true],
    [{ role: 'QA_SPECIALIST' as const }, true],
    [{ role: 'MODERATOR' as const }, false],
    [{ marketId: 'm' }, true],
    [{ marketId: 'other' }, false],
    [{ teamId: 't' }, false],
    [{ vendorId: 'v' }, false],
    [{ search: 'LOVE' }, true],
    [{ search: 'a@x' }, true],
    [{ search: 'grace' }, false],
    [{ active: true, invited: true }, true],
    [{ active: true, invited: false }, false],
    [{ active: false }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(filter, someone)).toBe(expected);
  });
});

describe('useInviteUser', () => {
  it('puts the invited person into the lists they match, in email order, and counts them', async () => {
    const cache = seeded();
    const invited = { ...person('3', 'marco@x.test'), joinedAt: null };
    const input = {
      email: 'marco@x.test',
      name: 'Person 3',
      role: 'MODERATOR' as const,
      marketId: 'm-it',
      teamId: 't-1',
    };
    const mocks = [
      {
        request: { query: InviteUserMutation, variables: { input } },
        result: {
          data: {
            inviteUser: {
              __typename: 'InviteUserPayload',
              user: invited,
              invitation: {
                __typename: 'Invitation',
                id: 'inv-3',
                status: 'OPEN',
                createdAt: '2026-12-05T10:00:00.000Z',
                expiresAt: '2026-12-12T10:00:00.000Z',
                user: { __typename: 'User', id: '3' },
              },
            },
          },
        },
      },
    ];
    cache.writeQuery({
      query: PeopleInvitationsQuery,
      data: { invitations: { edges: [] } },
    });
    const { result } = renderHook(() => useInviteUser(), { wrapper: wrapper(cache, mocks) });
    await act(async () => {
      await result.current[0]({ variables: { input } });
    });

    expect(emails(cache, all)).toEqual(['anna@x.test', 'marco@x.test', 'zoe@x.test']);
    expect(cache.readQuery(all)!.users.totalCount).toBe(3);
    expect(emails(cache, moderators)).toEqual(['anna@x.test', 'marco@x.test', 'zoe@x.test']);
    expect(emails(cache, inGermany)).toEqual([]);
    const invitations = cache.readQuery({ query: PeopleInvitationsQuery })!.invitations.edges;
    expect(invitations.map((edge) => edge.node.id)).toEqual(['inv-3']);
  });
});

describe('useUpdateUser', () => {
  it('moves a person out of the lists they no longer match and into those they now do', async () => {
    const cache = seeded();
    const input = { userId: '2', role: 'QA_SPECIALIST' as const, marketId: 'm-de' };
    const changed = person('2', 'zoe@x.test', 'QA_SPECIALIST', DE, 't-1');
    const mocks = [
      {
        request: { query: UpdateUserMutation, variables: { input } },
        result: { data: { updateUser: { __typename: 'UserPayload', user: changed } } },
      },
    ];
    const { result } = renderHook(() => useUpdateUser(), { wrapper: wrapper(cache, mocks) });
    await act(async () => {
      await result.current[0]({ variables: { input } });
    });

    expect(emails(cache, all)).toEqual(['anna@x.test', 'zoe@x.test']);
    expect(emails(cache, moderators)).toEqual(['anna@x.test']);
    expect(cache.readQuery(moderators)!.users.totalCount).toBe(1);
    expect(emails(cache, inGermany)).toEqual(['zoe@x.test']);
  });
});
