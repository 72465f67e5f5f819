import type { Role } from '../gql/graphql';

// The server's rules, mirrored so each page shows only what the viewer may do; the server
// checks every one of them again.

/** The QA team: audits moderators' decisions, runs sampling plans, files RCA escalations. */
export const AUDITOR_ROLES: readonly Role[] = ['QA_SPECIALIST', 'QA_MANAGER', 'ADMIN'];

/** Moderators, who have audits of their own. */
export const MODERATOR_ROLES: readonly Role[] = ['MODERATOR'];

export const canAudit = (role: Role | null) => role !== null && AUDITOR_ROLES.includes(role);

/** Decides appeals (the QA lead), owns RCA escalations and reads quality across markets. */
export const canLeadQuality = (role: Role | null) => role === 'QA_MANAGER' || role === 'ADMIN';

/** Reads quality scores and error trends. */
export const canReadQuality = (role: Role | null) => canAudit(role);

/** Has audits of their own decisions and may appeal them. */
export const isModerator = (role: Role | null) => role === 'MODERATOR';
