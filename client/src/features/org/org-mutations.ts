import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { insertInOrder, withoutEntry } from '../../lib/cache-lists';

/*
 * One hook per organisation mutation. Each asks for the row's fields, so Apollo merges a
 * changed vendor, market or team by id; a new one (or a renamed one, whose place in the
 * server's order moves) is put into the cached root list where the server would list it,
 * instead of loading the list again. The people page's options read the same root lists.
 */

export const CreateVendorMutation = graphql(`
  mutation CreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) {
      vendor {
        id
        ...VendorRow_vendor @unmask
      }
    }
  }
`);

export const UpdateVendorMutation = graphql(`
  mutation UpdateVendor($input: UpdateVendorInput!) {
    updateVendor(input: $input) {
      vendor {
        id
        ...VendorRow_vendor @unmask
      }
    }
  }
`);

export const SetVendorPasswordSignInMutation = graphql(`
  mutation SetVendorPasswordSignIn($input: SetVendorPasswordSignInInput!) {
    setVendorPasswordSignIn(input: $input) {
      vendor {
        id
        passwordSignIn
      }
    }
  }
`);

export const CreateMarketMutation = graphql(`
  mutation CreateMarket($input: CreateMarketInput!) {
    createMarket(input: $input) {
      market {
        id
        ...MarketRow_market @unmask
      }
    }
  }
`);

export const UpdateMarketMutation = graphql(`
  mutation UpdateMarket($input: UpdateMarketInput!) {
    updateMarket(input: $input) {
      market {
        id
        ...MarketRow_market @unmask
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team {
        id
        ...TeamRow_team @unmask
      }
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team {
        id
        ...TeamRow_team @unmask
      }
    }
  }
`);

export const SetTeamLeadMutation = graphql(`
  mutation SetTeamLead($input: SetTeamLeadInput!) {
    setTeamLead(input: $input) {
      team {
        id
        lead {
          id
          name
          email
        }
      }
    }
  }
`);

type RootList = 'vendors' | 'markets' | 'teams';
type Entity = { __typename: 'Vendor' | 'Market' | 'Team'; id: string };

/**
 * Puts an entity into the cached root list (`vendors`, `markets`, `teams`) where the server's
 * order puts it: before the first entry whose sort key is greater. A renamed entity moves.
 */
export function placeInRootList(cache: ApolloCache, field: RootList, entity: Entity, sortKey: string) {
  const key = cache.identify(entity);
  if (!key) return;
  cache.modify<Record<RootList, readonly Reference[]>>({
    fields: {
      [field]: (value: unknown, { readField, toReference }: ModifyDetails) => {
        const list = value as readonly Reference[] | undefined;
        const ref = toReference(key);
        if (!Array.isArray(list) || !ref) return value;
        const rest = withoutEntry(list, key);
        return insertInOrder(rest, ref, (other) => sortKeyOf(field, other, readField) > sortKey);
      },
    },
  });
}

type ModifyDetails = {
  readField: (field: string, from: Reference) => unknown;
  toReference: (id: string) => Reference | undefined;
};

/** The server's order: vendors by name, markets by code, teams by market code then name. */
function sortKeyOf(field: RootList, entry: Reference, readField: ModifyDetails['readField']): string {
  if (field === 'vendors') return String(readField('name', entry) ?? '');
  if (field === 'markets') return String(readField('code', entry) ?? '');
  const market = readField('market', entry) as Reference | undefined;
  return teamSortKey(String((market && readField('code', market)) ?? ''), String(readField('name', entry) ?? ''));
}

/** Teams sort by their market's code, then by name. */
export const teamSortKey = (marketCode: string, name: string) => `${marketCode}\u0000${name}`;

/** A new vendor, in the cached list of vendors by name. */
export function useCreateVendor() {
  return useMutation(CreateVendorMutation, {
    update(cache, { data }) {
      const vendor = data?.createVendor.vendor;
      if (vendor) placeInRootList(cache, 'vendors', { __typename: 'Vendor', id: vendor.id }, vendor.name);
    },
  });
}

/** A renamed vendor: merged by id, and moved to its new place by name. */
export function useUpdateVendor() {
  return useMutation(UpdateVendorMutation, {
    update(cache, { data }) {
      const vendor = data?.updateVendor.vendor;
      if (vendor) placeInRootList(cache, 'vendors', { __typename: 'Vendor', id: vendor.id }, vendor.name);
    },
  });
}

/** Password sign-in on or off for a vendor's people: merged by id. */
export const useSetVendorPasswordSignIn = () => useMutation(SetVendorPasswordSignInMutation);

/** A new market, in the cached list of markets by code. */
export function useCreateMarket() {
  return useMutation(CreateMarketMutation, {
    update(cache, { data }) {
      const market = data?.createMarket.market;
      if (market) placeInRootList(cache, 'markets', { __typename: 'Market', id: market.id }, market.code);
    },
  });
}

/** A market's name, language or time zone: merged by id (its code, and so its place, stays). */
export const useUpdateMarket = () => useMutation(UpdateMarketMutation);

/** A new team, in the cached list of teams by market and name. */
export function useCreateTeam() {
  return useMutation(CreateTeamMutation, {
    update(cache, { data }) {
      const team = data?.createTeam.team;
      if (team)
        placeInRootList(cache, 'teams', { __typename: 'Team', id: team.id }, teamSortKey(team.market.code, team.name));
    },
  });
}

/** A renamed team: merged by id, and moved to its new place by name. */
export function useUpdateTeam() {
  return useMutation(UpdateTeamMutation, {
    update(cache, { data }) {
      const team = data?.updateTeam.team;
      if (team)
        placeInRootList(cache, 'teams', { __typename: 'Team', id: team.id }, teamSortKey(team.market.code, team.name));
    },
  });
}

/** A team's lead named or cleared: merged by id. */
export const useSetTeamLead = () => useMutation(SetTeamLeadMutation);
