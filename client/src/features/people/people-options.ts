import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

/** The markets and teams the forms and filters offer (a vendor's QA manager sees their vendor's teams). */
export const PeopleOptionsQuery = graphql(`
  query PeopleOptions {
    me {
      id
      role
    }
    markets {
      id
      code
      name
    }
    vendors {
      id
      name
    }
    teams {
      id
      name
      kind
      market {
        id
      }
      vendor {
        id
        name
      }
    }
  }
`);

/** The people list's filters, as the address names them. */
export type PeopleFilterKey = 'q' | 'status' | 'role' | 'market' | 'team' | 'vendor';

export type MarketOption = { id: string; code: string; name: string };
export type TeamOption = { id: string; name: string; market: { id: string }; vendor?: { name: string } | null };

export const ALL_ROLES: readonly Role[] = ['MODERATOR', 'QA_SPECIALIST', 'QA_MANAGER', 'POLICY_OWNER', 'ADMIN'];

/**
 * The roles a viewer may give: an admin any, a QA manager (a vendor's admin) up to their own.
 * The server checks it again (ROLE_ABOVE_OWN).
 */
export function assignableRoles(viewer: Role | null): readonly Role[] {
  if (viewer === 'ADMIN') return ALL_ROLES;
  if (viewer === 'QA_MANAGER') return ['MODERATOR', 'QA_SPECIALIST', 'QA_MANAGER'];
  return [];
}

/** A team's label in a list: its name, and its vendor's when it has one. */
export const teamLabel = (team: TeamOption) => (team.vendor ? `${team.name} · ${team.vendor.name}` : team.name);

/** The teams of one market (all of them before a market is chosen). */
export const teamsIn = (teams: readonly TeamOption[], marketId: string) =>
  marketId ? teams.filter((team) => team.market.id === marketId) : teams;
