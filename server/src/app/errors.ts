import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, type ErrorCode } from '../modules/shared/errors.js';

// The domain errors live with the features that throw them (modules/shared/errors.ts);
// re-exported so the app's side (server, websockets, command line) keeps one import.
export * from '../modules/shared/errors.js';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
};

export const httpStatusOf = (code: ErrorCode): number => HTTP_STATUS[code];

/**
 * A time limit, however it surfaced: the operation's deadline (app/deadline.ts), the same
 * wrapped by the ORM in a DriverException (whose own properties it copies), or a statement
 * PostgreSQL cancelled (SQLSTATE 57014: statement_timeout). Null for anything else.
 */
export function asTimeout(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error.code === 'TIMEOUT' ? error : null;
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (code === 'TIMEOUT') return new DomainError('TIMEOUT', error.message);
  if (code === '57014')
    return new DomainError(
      'TIMEOUT',
      'A database statement of this operation ran past its time limit and was cancelled: nothing it was changing was saved. Ask for less, or try again.',
    );
  return null;
}

/**
 * Maps a resolver's error to what the client sees. Domain errors keep their message and
 * code; type-graphql's argument validation becomes BAD_USER_INPUT; anything else is an
 * internal error whose details stay in the server log, never in the response.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const domain = original instanceof DomainError ? original : asTimeout(original);
  if (domain) {
    return {
      ...formatted,
      message: domain.message,
      extensions: { ...domain.details, code: domain.code },
    };
  }
  if (error instanceof ArgumentValidationError || original instanceof ArgumentValidationError) {
    // class-validator's errors carry the whole input as `target` (a password, say):
    // only the property and what is wrong with it go back.
    const validation = (error instanceof ArgumentValidationError ? error : original) as ArgumentValidationError;
    const issues = flattenValidation((validation.extensions.validationErrors ?? []) as ValidationIssue[]);
    return {
      ...formatted,
      message: `Invalid input: ${issues.map((i) => i.message).join('; ')}`,
      extensions: { code: 'BAD_USER_INPUT', validationErrors: issues },
    };
  }
  const malformed = malformedId(original);
  if (malformed !== null) {
    return {
      ...formatted,
      message: `"${malformed}" is not an id Concord issued: nothing has it.`,
      extensions: { code: 'NOT_FOUND' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (original instanceof Error && !(original instanceof GraphQLError)) {
    console.error('Unexpected error in a resolver:', original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/**
 * The value PostgreSQL refused as a uuid (SQLSTATE 22P02), or null. GraphQL's `ID` takes
 * any string, and every id argument ends in a uuid column, so a malformed id is answered
 * here once, as the NOT_FOUND a well-formed unknown id gets, rather than resolver by resolver.
 */
function malformedId(error: unknown): string | null {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== '22P02') return null;
  const match = /invalid input syntax for type uuid: "(.{0,80})/.exec(error.message);
  return match ? match[1]!.replace(/"$/, '') : null;
}

type ValidationIssue = { property: string; constraints?: Record<string, string>; children?: ValidationIssue[] };

function flattenValidation(issues: ValidationIssue[], prefix = ''): { property: string; message: string }[] {
  return issues.flatMap((issue) => {
    const property = prefix ? `${prefix}.${issue.property}` : issue.property;
    const own = Object.values(issue.constraints ?? {}).map((message) => ({ property, message }));
    return [...own, ...flattenValidation(issue.children ?? [], property)];
  });
}
