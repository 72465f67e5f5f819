import { dictionary } from '@zxcvbn-ts/language-common';

/** The 49,233 most common passwords (zxcvbn-ts's list), lower-cased, for NIST SP 800-63B's blocklist check. */
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'IS_EMAIL';

/**
 * Why a new password is refused, or null: at least 12 characters (counted as a person sees
 * them), at most 1,024, not one of the common passwords, not the account's email. No rules
 * about character classes (NIST: they make passwords worse, not stronger).
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'COMMON';
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (lower === email.toLowerCase() || lower === local) return 'IS_EMAIL';
  return null;
}
