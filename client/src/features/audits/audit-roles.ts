import type { Role } from '../../gql/graphql';

// The server's rules, mirrored so each page shows only what the viewer may do; the server
// checks every one of them again.

/** Audits moderators' decisions, runs sampling plans, files RCA escalations. */
export const canAudit = (role: Role | null) => role === 'QA_SPECIALIST' || role === 'QA_MANAGER' || role === 'ADMIN';

/** Decides appeals (the QA lead), owns RCA escalations and reads quality across markets. */
export const canLeadQuality = (role: Role | null) => role === 'QA_MANAGER' || role === 'ADMIN';

/** Reads quality scores and error trends. */
export const canReadQuality = (role: Role | null) => canAudit(role);

/** Has audits of their own decisions and may appeal them. */
export const isModerator = (role: Role | null) => role === 'MODERATOR';
