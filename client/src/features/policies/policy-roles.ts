import type { Role } from '../../gql/graphql';

/** Write policies, versions and their FAQ. */
export const POLICY_WRITER_ROLES: readonly Role[] = ['POLICY_OWNER', 'ADMIN'];

export const canWritePolicies = (role: Role | null) => role !== null && POLICY_WRITER_ROLES.includes(role);

/** Reads who has and has not acknowledged a version. */
export const canReadAcknowledgements = (role: Role | null) =>
  role === 'POLICY_OWNER' || role === 'ADMIN' || role === 'QA_MANAGER';
