/** The codes a client can act on; see DESIGN.md "API". */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TIMEOUT';

/** A rule of the domain was broken. Services throw these; `toGraphQLError` maps them once. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Sign in first: this needs a valid token.') =>
  new DomainError('UNAUTHENTICATED', message);
/** A token or sign-in of an account an admin switched off; `reason` lets clients tell it from a bad password. */
export const accountDeactivated = () =>
  new DomainError('UNAUTHENTICATED', 'This account is deactivated or no longer exists: ask an admin.', {
    reason: 'DEACTIVATED',
  });
export const forbidden = (message = 'Your role does not allow this.') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `${what} ${id} does not exist.`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
