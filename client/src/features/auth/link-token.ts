/**
 * The token of a mailed link (`/join#<token>`, `/reset-password#<token>`). It travels in the
 * fragment so it never reaches a server log or a Referer header; null when there is none.
 */
export function linkTokenFrom(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let token = raw;
  try {
    token = decodeURIComponent(raw);
  } catch {
    // A stray % in a mistyped link: the server refuses the token as it is.
  }
  token = token.trim();
  return token.length > 0 ? token : null;
}
