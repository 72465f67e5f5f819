import { Role } from '../identity/role.js';
import type { User } from '../identity/user.entity.js';

/**
 * Who is asking, as every authorization rule needs it: loaded from the database on
 * each request (so a deactivated user or a changed role takes effect at once), never
 * taken from the token's claims.
 */
export type Viewer = {
  readonly id: string;
  readonly role: Role;
  readonly marketId: string;
  readonly teamId: string | null;
  /** Set for users of a vendor team; null for the platform's own staff. */
  readonly vendorId: string | null;
  /** The team this user leads (their own), or null. */
  readonly leadsTeamId: string | null;
};

export function viewerOf(user: User): Viewer {
  return {
    id: user.id,
    role: user.role,
    marketId: user.market.id,
    teamId: user.team?.id ?? null,
    vendorId: user.team?.vendor?.id ?? null,
    leadsTeamId: user.team && user.team.lead?.id === user.id ? user.team.id : null,
  };
}

export const QA_ROLES: readonly Role[] = [Role.ADMIN, Role.QA_MANAGER, Role.QA_SPECIALIST];

export const hasRole = (viewer: Viewer, ...roles: Role[]) => roles.includes(viewer.role);
