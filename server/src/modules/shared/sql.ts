/** `term` as a literal inside a LIKE/ILIKE pattern: its `%`, `_` and `\` match themselves. */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
