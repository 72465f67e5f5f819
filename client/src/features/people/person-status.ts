/** Where a person stands: invited (no password set yet), active, or switched off. */
export type PersonStatus = 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

/** A deactivated person is DEACTIVATED whether or not they ever joined; otherwise `joinedAt` tells. */
export function personStatus(user: { active: boolean; joinedAt?: string | null }): PersonStatus {
  if (!user.active) return 'DEACTIVATED';
  return user.joinedAt ? 'ACTIVE' : 'INVITED';
}

export const STATUS_TONE = { ACTIVE: 'good', INVITED: 'info', DEACTIVATED: 'neutral' } as const;
