import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

export const ViewerRoleQuery = graphql(`
  query ViewerRole {
    me {
      id
      role
    }
  }
`);

/** The signed-in user's role, or null while it loads. The server checks every permission again. */
export function useViewerRole(): Role | null {
  const { data } = useQuery(ViewerRoleQuery);
  return data?.me.role ?? null;
}

/** Write policies, versions and their FAQ. */
export const POLICY_WRITER_ROLES: readonly Role[] = ['POLICY_OWNER', 'ADMIN'];

export const canWritePolicies = (role: Role | null) => role !== null && POLICY_WRITER_ROLES.includes(role);

/** Reads who has and has not acknowledged a version. */
export const canReadAcknowledgements = (role: Role | null) =>
  role === 'POLICY_OWNER' || role === 'ADMIN' || role === 'QA_MANAGER';
