import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The input fields a BAD_USER_INPUT without a reason names (`extensions.validationErrors`,
 * `[{ property, message }]`): the server's argument validation, which a form shows beside
 * each field in the reader's language rather than the server's English message.
 */
export function invalidFields(error: unknown): ReadonlySet<string> {
  if (!CombinedGraphQLErrors.is(error)) return new Set();
  const first = error.errors[0]?.extensions;
  if (first?.['code'] !== 'BAD_USER_INPUT' || first['reason']) return new Set();
  const issues = first['validationErrors'];
  if (!Array.isArray(issues)) return new Set();
  return new Set(
    issues
      .map((issue: unknown) => (issue as { property?: unknown }).property)
      .filter((property): property is string => typeof property === 'string')
      // `input.name` and `name` both name the field `name`.
      .map((property) => property.split('.').pop()!),
  );
}

/** Whether the error is only the fields' validation, which the form shows by field instead of an alert. */
export const isFieldValidation = (error: unknown) => invalidFields(error).size > 0;
