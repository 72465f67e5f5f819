import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../modules/identity/role.js';
import type { Team } from '../modules/identity/team.entity.js';
import type { User } from '../modules/identity/user.entity.js';
import type { Viewer } from './viewer.js';

/**
 * "Same vendor / team / market" scoping, in one place so every feature applies the
 * same rules (DESIGN.md: a vendor's users never see another vendor's people, audits or
 * votes).
 *
 * - Platform staff (no vendor) see everything their role allows.
 * - A vendor's QA staff see their own vendor's teams, and the platform's own.
 * - A moderator sees their own team, and the platform's own staff.
 *
 * Each function returns a MikroORM filter for the entity, to be AND-ed with the query's.
 */
export function teamScope(viewer: Viewer): FilterQuery<Team> {
  if (viewer.vendorId === null) return {};
  if (viewer.role === Role.MODERATOR) return { $or: [{ id: viewer.teamId ?? '' }, { vendor: null }] };
  return { $or: [{ vendor: viewer.vendorId }, { vendor: null }] };
}

export function userScope(viewer: Viewer): FilterQuery<User> {
  if (viewer.vendorId === null) return {};
  const ownPeople: FilterQuery<User> =
    viewer.role === Role.MODERATOR ? { team: viewer.teamId ?? '' } : { team: { vendor: viewer.vendorId } };
  return { $or: [{ id: viewer.id }, ownPeople, { team: null }, { team: { vendor: null } }] };
}

/** The same rule as `teamScope`, for a team already loaded (vendor may be null). */
export function canSeeTeam(viewer: Viewer, team: { id: string; vendor: { id: string } | null }): boolean {
  if (viewer.vendorId === null || team.vendor === null) return true;
  if (viewer.role === Role.MODERATOR) return team.id === viewer.teamId;
  return team.vendor.id === viewer.vendorId;
}
