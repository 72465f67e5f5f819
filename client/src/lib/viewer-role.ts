import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';

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
