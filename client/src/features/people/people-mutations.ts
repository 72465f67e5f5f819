import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { InvitationStatus, Role, UsersFilter } from '../../gql/graphql';
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
    languages
    market {
      id
      code
      name
    }
    otherMarkets {
      id
      code
    }
    team {
      id
      name
      vendor {
        id
      }
    }
  }
`);

/** Invitations newest first; the people page reads each person's newest. */
export const PeopleInvitationsQuery = graphql(`
  query PeopleInvitations {
    invitations(page: { first: 200 }) {
      edges {
        node {
          id
          ...InvitationState_invitation
        }
      }
    }
  }
`);

export const InvitationState_invitation = graphql(`
  fragment InvitationState_invitation on Invitation {
    id
    status
    createdAt
    user {
      id
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
        expiresAt
        ...InvitationState_invitation @unmask
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
        ...PersonRow_user @unmask
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: SetUserActiveInput!) {
    reactivateUser(input: $input) {
      user {
        id
        ...PersonRow_user @unmask
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
        status
      }
    }
  }
`);

/** What the cache needs of a person to place them in the lists of people. */
export type PlacedPerson = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  joinedAt?: string | null;
  market: { id: string };
  team?: { id: string; vendor?: { id: string } | null } | null;
};

/** Whether a person belongs in a list asked with this filter (the server's `UsersFilter`). */
export function matchesFilter(filter: UsersFilter | null | undefined, person: PlacedPerson): boolean {
  if (!filter) return true;
  if (filter.role && filter.role !== person.role) return false;
  if (filter.marketId && filter.marketId !== person.market.id) return false;
  if (filter.teamId && filter.teamId !== (person.team?.id ?? null)) return false;
  if (filter.vendorId && filter.vendorId !== (person.team?.vendor?.id ?? null)) return false;
  if (typeof filter.active === 'boolean' && filter.active !== person.active) return false;
  if (typeof filter.invited === 'boolean' && filter.invited !== !person.joinedAt) return false;
  const search = filter.search?.trim().toLowerCase();
  if (search && !`${person.name}\n${person.email}`.toLowerCase().includes(search)) return false;
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

/** A new invitation, first in the cached lists of invitations it belongs in (newest first, as the server sorts). */
export function addInvitation(cache: ApolloCache, invitation: { id: string; status: InvitationStatus }) {
  const key = cache.identify({ __typename: 'Invitation', id: invitation.id });
  if (!key) return;
  cache.modify<{ invitations: { totalCount?: number; edges: readonly { node: Reference }[] } }>({
    fields: {
      invitations: (value, { storeFieldName, toReference }) => {
        const list = value as { totalCount?: number; edges: readonly { node: Reference }[] } | undefined;
        const ref = toReference(key);
        if (!list?.edges || !ref || list.edges.some((edge) => edge.node.__ref === key)) return value;
        const args = listArguments<{ filter: { status?: InvitationStatus | null } | null }>(storeFieldName);
        if (args.filter?.status && args.filter.status !== invitation.status) return value;
        const edges = [{ __typename: 'InvitationEdge', cursor: '', node: ref }, ...list.edges];
        return { ...list, edges, ...(list.totalCount !== undefined ? { totalCount: list.totalCount + 1 } : {}) };
      },
    },
  });
}

/** A new person, invited: they join the cached lists they match, and their invitation the lists of invitations. */
export function useInviteUser() {
  return useMutation(InviteUserMutation, {
    update(cache, { data }) {
      if (!data) return;
      placePerson(cache, data.inviteUser.user);
      addInvitation(cache, data.inviteUser.invitation);
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

/** Switches a person off: merged by id, and out of the cached lists of active people. */
export function useDeactivateUser() {
  return useMutation(DeactivateUserMutation, {
    update(cache, { data }) {
      const user = data?.deactivateUser.user;
      if (user) placePerson(cache, user);
    },
  });
}

/** Switches a person back on: merged by id, and out of the cached lists of deactivated people. */
export function useReactivateUser() {
  return useMutation(ReactivateUserMutation, {
    update(cache, { data }) {
      const user = data?.reactivateUser.user;
      if (user) placePerson(cache, user);
    },
  });
}

/** Withdraws an invitation: its status, merged by id, which the person's row reads. */
export const useRevokeInvitation = () => useMutation(RevokeInvitationMutation);

export const ImportPeopleMutation = graphql(`
  mutation ImportPeople($input: ImportPeopleInput!) {
    importPeople(input: $input) {
      checked
      invited
      dryRun
    }
  }
`);

/**
 * Checks (dry run) or invites a file of people. The payload names nobody, and a file may add
 * hundreds of people to lists of every filter and page: placing each by hand would mean asking
 * for all of them, so after a real import the cached lists of people and invitations are
 * dropped, and the lists on screen load again from the server (once, not per person).
 */
export function useImportPeople() {
  return useMutation(ImportPeopleMutation, {
    update(cache, { data }) {
      if (!data || data.importPeople.dryRun || data.importPeople.invited === 0) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'invitations' });
      cache.gc();
    },
  });
}
