import type { FilterQuery } from '@mikro-orm/core';
import type { Case } from '../../case/case.entity.js';
import { Role } from '../../identity/role.js';
import type { Team } from '../../identity/team.entity.js';
import type { User } from '../../identity/user.entity.js';
import { PolicyVersionStatus } from '../../policy/policy.enums.js';
import type { PolicyVersion } from '../../policy/policy-version.entity.js';
import { QA_ROLES, type Viewer } from '../viewer.js';
import { AuditStatus } from '../../audit/audit.enums.js';
import type { Audit } from '../../audit/audit.entity.js';
import type { AuditLogEntry } from '../audit-log/audit-log-entry.entity.js';

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

/**
 * Cases: a moderator sees their own team's cases; a vendor's other users see their
 * vendor's; the platform's own staff see all. (A moderator with no team sees none: every
 * case has a team.) Out-of-scope cases are reported as not found, never as forbidden.
 */
export function caseScope(viewer: Viewer): FilterQuery<Case> {
  if (viewer.role === Role.MODERATOR) return { team: viewer.teamId };
  if (viewer.vendorId !== null) return { team: { vendor: viewer.vendorId } };
  return {};
}

/** The same rule as `caseScope`, for a case whose team is loaded. */
export function canSeeCase(viewer: Viewer, team: { id: string; vendor: { id: string } | null }): boolean {
  if (viewer.role === Role.MODERATOR) return team.id === viewer.teamId;
  if (viewer.vendorId !== null) return team.vendor?.id === viewer.vendorId;
  return true;
}

/** Drafts are work in progress of the platform's policy and QA staff; everyone reads published and retired versions. */
export function canSeeDrafts(viewer: Viewer): boolean {
  return viewer.vendorId === null && viewer.role !== Role.MODERATOR;
}

export function policyVersionScope(viewer: Viewer): FilterQuery<PolicyVersion> {
  return canSeeDrafts(viewer) ? {} : { status: { $ne: PolicyVersionStatus.DRAFT } };
}

/**
 * The people whose compliance (e.g. policy acknowledgements) a viewer reports on: a
 * vendor's staff, their vendor's people; the platform's staff, everyone.
 */
export function managedPeopleScope(viewer: Viewer): FilterQuery<User> {
  return viewer.vendorId === null ? {} : { team: { vendor: viewer.vendorId } };
}

/** Whether `viewer` may see a person (or team) of `vendorId` (null: the platform's own). */
export const mayName = (viewer: Viewer | null, vendorId: string | null) =>
  vendorId === null || (viewer !== null && (viewer.vendorId === null || viewer.vendorId === vendorId));

/**
 * Audits by role and vendor: a moderator reads their own completed audits, and a team
 * lead also their team's (the team recorded on the audit); QA staff their vendor's (the
 * platform's staff, all); nobody else any. `Visibility.audits` adds the blind rule.
 */
export function auditScope(viewer: Viewer): FilterQuery<Audit> {
  if (viewer.role === Role.MODERATOR) {
    const whose: FilterQuery<Audit> = viewer.leadsTeamId
      ? { $or: [{ moderator: viewer.id }, { team: viewer.leadsTeamId }] }
      : { moderator: viewer.id };
    return { $and: [whose, { status: AuditStatus.COMPLETED }] };
  }
  if (!QA_ROLES.includes(viewer.role)) return { id: { $in: [] } };
  return viewer.vendorId === null ? {} : { team: { vendor: viewer.vendorId } };
}

/**
 * The audit log: an admin reads all of it, a vendor's QA manager (the vendor's admin) the
 * entries of their vendor; anyone else none (null: refused, not an empty list).
 */
export function auditLogScope(viewer: Viewer): FilterQuery<AuditLogEntry> | null {
  if (viewer.role === Role.ADMIN && viewer.vendorId === null) return {};
  if (viewer.role === Role.QA_MANAGER && viewer.vendorId !== null) return { vendor: viewer.vendorId };
  return null;
}
