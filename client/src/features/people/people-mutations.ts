import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { Role, UsersFilter } from '../../gql/graphql';
import { listArguments } from '../../lib/cache-lists';

/*
 * One hook per people mutation. Each asks for the row's fields (PersonRow_user), so Apollo
 * merges a changed person by id; where a person joins or leaves a cached list (invited, or
 * changed so a filter no longer matches), the hook amends the list instead of loading it again.
 */

export const PersonRow_user = graphql(`
  fragment PersonRow_user on User {
    id
    name
    email
    role
    active
    joinedAt
    market {
      id
      code
      name
    }
    team {
      id
      name
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        id
        ...PersonRow_user @unmask
      }
      invitation {
        id
        createdAt
        expiresAt
        acceptedAt
        revokedAt
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        ...PersonRow_user @unmask
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: SetUserActiveInput!) {
    deactivateUser(input: $input) {
      user {
        id
        active
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: SetUserActiveInput!) {
    reactivateUser(input: $input) {
      user {
        id
        active
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        revokedAt
      }
    }
  }
`);

/** What the cache needs of a person to place them in the lists of people. */
export type PlacedPerson = {
  id: string;
  email: string;
  role: Role;
  market: { id: string };
  team?: { id: string } | null;
};

/** Whether a person belongs in a list asked with this filter (the server's `UsersFilter`). */
export function matchesFilter(filter: UsersFilter | null | undefined, person: PlacedPerson): boolean {
  if (!filter) return true;
  if (filter.role && filter.role !== person.role) return false;
  if (filter.marketId && filter.marketId !== person.market.id) return false;
  if (filter.teamId && filter.teamId !== (person.team?.id ?? null)) return false;
  return true;
}

type UserEdge = { __typename?: string; cursor: string; node: Reference };
type UserConnection = { totalCount: number; edges: readonly UserEdge[] };

/**
 * Puts a person into every cached list of people whose filter they match, in the server's
 * order (by email), and takes them out of those they no longer match, keeping the counts.
 */
export function placePerson(cache: ApolloCache, person: PlacedPerson) {
  const key = cache.identify({ __typename: 'User', id: person.id });
  if (!key) return;
  cache.modify<{ users: UserConnection }>({
    fields: {
      users: (value, { storeFieldName, readField, toReference }) => {
        const list = value as UserConnection | undefined;
        if (!list?.edges) return value;
        const args = listArguments<{ filter: UsersFilter | null }>(storeFieldName);
        const present = list.edges.some((edge) => edge.node.__ref === key);
        const belongs = matchesFilter(args.filter, person);
        if (present === belongs) return value;
        if (!belongs) {
          const edges = list.edges.filter((edge) => edge.node.__ref !== key);
          return { ...list, totalCount: Math.max(0, list.totalCount - 1), edges };
        }
        const ref = toReference(key);
        if (!ref) return value;
        const at = list.edges.findIndex((edge) => String(readField('email', edge.node) ?? '') > person.email);
        const edge: UserEdge = { __typename: 'UserEdge', cursor: '', node: ref };
        const edges = at === -1 ? [...list.edges, edge] : [...list.edges.slice(0, at), edge, ...list.edges.slice(at)];
        return { ...list, totalCount: list.totalCount + 1, edges };
      },
    },
  });
}

/** A new person, invited: they join the cached lists their role, market and team match. */
export function useInviteUser() {
  return useMutation(InviteUserMutation, {
    update(cache, { data }) {
      const user = data?.inviteUser.user;
      if (user) placePerson(cache, user);
    },
  });
}

/** A changed name, role, market or team: merged by id, and moved between filtered lists. */
export function useUpdateUser() {
  return useMutation(UpdateUserMutation, {
    update(cache, { data }) {
      const user = data?.updateUser.user;
      if (user) placePerson(cache, user);
    },
  });
}

/** Switches a person off: their `active`, merged by id. */
export const useDeactivateUser = () => useMutation(DeactivateUserMutation);

/** Switches a person back on: their `active`, merged by id. */
export const useReactivateUser = () => useMutation(ReactivateUserMutation);

/** Withdraws an invitation: its `revokedAt`, merged by id; the person stays listed as invited. */
export const useRevokeInvitation = () => useMutation(RevokeInvitationMutation);
