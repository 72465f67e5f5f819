import type { InvitationStatus } from '../../gql/graphql';

/** Where a person stands: invited (no password set yet; the invitation may have been withdrawn or run out), active, or switched off. */
export type PersonStatus = 'INVITED' | 'INVITATION_REVOKED' | 'INVITATION_EXPIRED' | 'ACTIVE' | 'DEACTIVATED';

/**
 * A deactivated person is DEACTIVATED whether or not they ever joined; one who joined is ACTIVE;
 * one who has not is INVITED, unless their newest invitation was revoked or expired.
 */
export function personStatus(
  user: { active: boolean; joinedAt?: string | null },
  invitation?: InvitationStatus | null,
): PersonStatus {
  if (!user.active) return 'DEACTIVATED';
  if (user.joinedAt) return 'ACTIVE';
  if (invitation === 'REVOKED') return 'INVITATION_REVOKED';
  if (invitation === 'EXPIRED') return 'INVITATION_EXPIRED';
  return 'INVITED';
}

export const STATUS_TONE = {
  ACTIVE: 'good',
  INVITED: 'info',
  INVITATION_REVOKED: 'warn',
  INVITATION_EXPIRED: 'warn',
  DEACTIVATED: 'neutral',
} as const;

/** The list's status filter, as the server's `UsersFilter` fields. */
export function statusFilter(status: string | null): { active?: boolean; invited?: boolean } {
  switch (status) {
    case 'ACTIVE':
      return { active: true, invited: false };
    case 'INVITED':
      return { active: true, invited: true };
    case 'DEACTIVATED':
      return { active: false };
    default:
      return {};
  }
}
