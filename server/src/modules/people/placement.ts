import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { notFound } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { peopleError } from './people.errors.js';

/** Roles from the least to the most rights: a vendor's admin grants none above their own. */
export const RANK: Record<Role, number> = {
  [Role.MODERATOR]: 0,
  [Role.QA_SPECIALIST]: 1,
  [Role.QA_MANAGER]: 2,
  [Role.POLICY_OWNER]: 3,
  [Role.ADMIN]: 4,
};

export type AdminKind = 'platform' | 'vendor';

/** Who manages people: the platform's admins, and a vendor's QA managers (their vendor's admins) for their vendor. */
export function adminKind(viewer: Viewer): AdminKind | null {
  if (viewer.role === Role.ADMIN && viewer.vendorId === null) return 'platform';
  if (viewer.role === Role.QA_MANAGER && viewer.vendorId !== null) return 'vendor';
  return null;
}

export function asAdmin(viewer: Viewer | null): { viewer: Viewer; kind: AdminKind } {
  const kind = viewer && adminKind(viewer);
  if (!viewer || !kind) {
    throw peopleError('FORBIDDEN', 'NOT_AN_ADMIN', 'Only admins and a vendor’s QA managers manage people.');
  }
  return { viewer, kind };
}

/**
 * Where a person may be put, by whom: the market and team exist; a vendor's admin puts
 * people on their own vendor's teams only, in roles up to their own; a team works in the
 * person's market; admins and policy owners are the platform's own staff (no vendor team);
 * moderators and QA specialists work on a team.
 */
export async function placement(
  em: EntityManager,
  viewer: Viewer,
  kind: AdminKind,
  input: { role: Role; marketId: string; teamId?: string | null },
) {
  const market = await em.findOne(Market, input.marketId);
  if (!market) throw notFound('Market', input.marketId);
  const team = input.teamId ? await em.findOne(Team, input.teamId, { populate: ['vendor', 'market'] }) : null;
  if (input.teamId && !team) throw notFound('Team', input.teamId);
  checkPlacement(viewer, kind, input.role, market, team);
  return { market, team };
}

/** The rules of `placement`, for a market and team already loaded (team with its vendor and market); throws the first broken. */
export function checkPlacement(viewer: Viewer, kind: AdminKind, role: Role, market: Market, team: Team | null) {
  const input = { role };
  if (kind === 'vendor') {
    if (!team) throw peopleError('BAD_USER_INPUT', 'TEAM_REQUIRED', 'Put the person on one of your vendor’s teams.');
    if (team.vendor?.id !== viewer.vendorId) {
      throw peopleError('FORBIDDEN', 'OTHER_VENDOR', `Team "${team.name}" is not one of your vendor’s teams.`, {
        teamName: team.name,
      });
    }
    if (RANK[input.role] > RANK[viewer.role]) {
      throw peopleError(
        'FORBIDDEN',
        'ROLE_ABOVE_OWN',
        `You cannot give the role ${input.role}: it is above your own.`,
        {
          role: input.role,
        },
      );
    }
  }
  if (team && team.market.id !== market.id) {
    throw peopleError(
      'BAD_USER_INPUT',
      'TEAM_NOT_IN_MARKET',
      `Team "${team.name}" works in ${team.market.code}, not ${market.code}.`,
      { teamName: team.name, teamMarket: team.market.code, market: market.code },
    );
  }
  if ((input.role === Role.ADMIN || input.role === Role.POLICY_OWNER) && team?.vendor) {
    throw peopleError(
      'BAD_USER_INPUT',
      'STAFF_ROLE_ON_VENDOR_TEAM',
      `${input.role} is a role of the platform's own staff, not of a vendor's team.`,
      { role: input.role },
    );
  }
  if (!team && (input.role === Role.MODERATOR || input.role === Role.QA_SPECIALIST)) {
    throw peopleError('BAD_USER_INPUT', 'TEAM_REQUIRED', `A ${input.role} works on a team: choose one.`, {
      role: input.role,
    });
  }
}

/** The other markets a person works in (ids checked, their own market left out), and the languages they read, canonical. */
export async function reach(
  em: EntityManager,
  home: Market,
  input: { otherMarketIds?: string[] | null; languages?: string[] | null },
) {
  const ids = [...new Set(input.otherMarketIds ?? [])].filter((id) => id !== home.id);
  const others = ids.length ? await em.find(Market, { id: { $in: ids } }) : [];
  const missing = ids.find((id) => !others.some((market) => market.id === id));
  if (missing) throw notFound('Market', missing);
  const languages = input.languages && [...new Set(Intl.getCanonicalLocales(input.languages))];
  return { others: input.otherMarketIds ? others : undefined, languages: languages ?? undefined };
}
