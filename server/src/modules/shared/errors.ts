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
export const forbidden = (message = 'Your role does not allow this.') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `${what} ${id} does not exist.`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const conflict = (message: string) => new DomainError('CONFLICT', message);

/**
 * What a message names, sent beside its reason in `extensions` so a client can show it in
 * its own words (`{ limit: 200 }`). `code`, `feature` and `reason` are the error's own.
 */
export type ErrorValues = Record<string, unknown> & { code?: never; feature?: never; reason?: never };

/**
 * A feature's refusals. Each has a reason from the feature's own short list (SCREAMING_SNAKE;
 * one a situation, not one a line), and `extensions` carries `code`, `feature`, `reason` and
 * the values the message names: clients show `errors.<feature>.<REASON>` in their reader's
 * language, while the English message stays for API users and logs. A reason that is not in
 * the list does not compile. Errors with no reason of their own keep the helpers above.
 */
export type FeatureErrors<Feature extends string, Reason extends string> = {
  (code: ErrorCode, reason: Reason, message: string, values?: ErrorValues): DomainError;
  readonly feature: Feature;
  readonly reasons: readonly Reason[];
  /** The `details` of such an error, for a DomainError subclass of the feature. */
  details(reason: Reason, values?: ErrorValues): Record<string, unknown>;
};

/** `export const quizError = featureErrors('quiz', ['ALREADY_SUBMITTED', …])` in `modules/quiz/quiz.errors.ts`. */
export function featureErrors<const Feature extends string, const Reason extends Uppercase<string>>(
  feature: Feature,
  reasons: readonly Reason[],
): FeatureErrors<Feature, Reason> {
  const details = (reason: Reason, values?: ErrorValues) => ({ ...values, feature, reason });
  const error = (code: ErrorCode, reason: Reason, message: string, values?: ErrorValues) =>
    new DomainError(code, message, details(reason, values));
  return Object.assign(error, { feature, reasons, details });
}
