/** The server's limits on what attendees and presenters write (briefing.inputs.ts). */
export const LIMITS = { question: 1000, reply: 2000, reason: 500 } as const;

/**
 * Characters as the server counts them (class-validator's `Length` counts an emoji or
 * other astral character once, not as two UTF-16 units).
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export type TextProblem = 'empty' | 'tooLong';

/** Why a text would be refused, or null: empty or only spaces, or over `max` characters. */
export function textProblem(text: string, max: number): TextProblem | null {
  if (text.trim() === '') return 'empty';
  if (characterCount(text) > max) return 'tooLong';
  return null;
}
