import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  CreateMarketMutation,
  CreateTeamMutation,
  CreateVendorMutation,
  UpdateTeamMutation,
  useCreateMarket,
  useCreateTeam,
  useCreateVendor,
  useUpdateTeam,
} from './org-mutations';
import { OrganisationQuery } from './org-queries';

const vendor = (id: string, name: string) => ({ __typename: 'Vendor' as const, id, name, passwordSignIn: true });
const market = (id: string, code: string) => ({
  __typename: 'Market' as const,
  id,
  code,
  name: code,
  language: code.slice(0, 2),
  timeZone: 'UTC',
});
const team = (id: string, name: string, where: ReturnType<typeof market>, by: ReturnType<typeof vendor> | null) => ({
  __typename: 'Team' as const,
  id,
  name,
  kind: by ? ('VENDOR' as const) : ('INTERNAL' as const),
  market: { __typename: 'Market' as const, id: where.id, code: where.code, name: where.name },
  vendor: by ? { __typename: 'Vendor' as const, id: by.id, name: by.name } : null,
  lead: null,
});

const LUMEN = vendor('v-l', 'Lumen BPO');
const ZETA = vendor('v-z', 'Zeta Care');
const DE = market('m-de', 'de-DE');
const IT = market('m-it', 'it-IT');

function seeded() {
  const cache = new InMemoryCache();
  // Not a literal in the call: the operation's types leave __typename out.
  const data = {
    me: { __typename: 'User', id: 'me', role: 'ADMIN' as const, team: null },
    vendors: [LUMEN, ZETA],
    markets: [DE, IT],
    teams: [team('t-1', 'Alpha', DE, LUMEN), team('t-2', 'Alpha', IT, null), team('t-3', 'Omega', IT, ZETA)],
  };
  cache.writeQuery({ query: OrganisationQuery, data });
  return cache;
}

const names = (cache: InMemoryCache) => {
  const data = cache.readQuery({ query: OrganisationQuery })!;
  return {
    vendors: data.vendors.map((entry) => entry.name),
    markets: data.markets.map((entry) => entry.code),
    teams: data.teams.map((entry) => `${entry.market.code} ${entry.name}`),
  };
};

function wrapper(cache: InMemoryCache, mocks: unknown[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider cache={cache} mocks={mocks as never}>
      {children}
    </MockedProvider>
  );
}

describe('organisation mutation hooks', () => {
  it('put a new vendor into the cached list by name, without loading it again', async () => {
    const cache = seeded();
    const added = vendor('v-h', 'Harbor CX');
    const mocks = [
      {
        request: { query: CreateVendorMutation, variables: { input: { name: 'Harbor CX' } } },
        result: { data: { createVendor: { __typename: 'VendorPayload', vendor: added } } },
      },
    ];
    const { result } = renderHook(() => useCreateVendor(), { wrapper: wrapper(cache, mocks) });
    await act(() => result.current[0]({ variables: { input: { name: 'Harbor CX' } } }));
    expect(names(cache).vendors).toEqual(['Harbor CX', 'Lumen BPO', 'Zeta Care']);
  });

  it('put a new market into the cached list by code', async () => {
    const cache = seeded();
    const added = { ...market('m-fr', 'fr-FR'), timeZone: 'Europe/Paris' };
    const input = { code: 'fr-FR', name: 'fr-FR', timeZone: 'Europe/Paris' };
    const mocks = [
      {
        request: { query: CreateMarketMutation, variables: { input } },
        result: { data: { createMarket: { __typename: 'MarketPayload', market: added } } },
      },
    ];
    const { result } = renderHook(() => useCreateMarket(), { wrapper: wrapper(cache, mocks) });
    await act(() => result.current[0]({ variables: { input } }));
    expect(names(cache).markets).toEqual(['de-DE', 'fr-FR', 'it-IT']);
  });

  it('put a new team among its market’s teams by name', async () => {
    const cache = seeded();
    const input = { name: 'Beta', marketId: 'm-it', vendorId: 'v-l' };
    const mocks = [
      {
        request: { query: CreateTeamMutation, variables: { input } },
        result: { data: { createTeam: { __typename: 'TeamPayload', team: team('t-4', 'Beta', IT, LUMEN) } } },
      },
    ];
    const { result } = renderHook(() => useCreateTeam(), { wrapper: wrapper(cache, mocks) });
    await act(() => result.current[0]({ variables: { input } }));
    expect(names(cache).teams).toEqual(['de-DE Alpha', 'it-IT Alpha', 'it-IT Beta', 'it-IT Omega']);
  });

  it('move a renamed team to its new place', async () => {
    const cache = seeded();
    const input = { teamId: 't-3', name: 'Aardvark' };
    const mocks = [
      {
        request: { query: UpdateTeamMutation, variables: { input } },
        result: { data: { updateTeam: { __typename: 'TeamPayload', team: team('t-3', 'Aardvark', IT, ZETA) } } },
      },
    ];
    const { result } = renderHook(() => useUpdateTeam(), { wrapper: wrapper(cache, mocks) });
    await act(() => result.current[0]({ variables: { input } }));
    expect(names(cache).teams).toEqual(['de-DE Alpha', 'it-IT Aardvark', 'it-IT Alpha']);
  });
});
