/** The server's password rule: at least this many characters. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'required' | 'tooShort' | 'sameAsEmail' | 'mismatch';

/**
 * What the form can tell before asking the server: length, the email itself, the two entries
 * agreeing. Whether a password is common only the server knows (WEAK_PASSWORD).
 */
export function passwordProblem(password: string, repeated: string, email?: string): PasswordProblem | null {
  if (!password) return 'required';
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'sameAsEmail';
  if (password !== repeated) return 'mismatch';
  return null;
}
