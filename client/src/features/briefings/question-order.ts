/**
 * How the Q&A list is ordered and how live changes reach it without moving what the
 * reader is looking at. Pure functions: the room keeps the order it shows (a list of ids)
 * and asks these what is new and whether a re-sort would move anything.
 */

export type QuestionOrder = 'TOP' | 'RECENT';

export type OrderedQuestion = {
  id: string;
  createdAt: string;
  upvoteCount: number;
  pinned: boolean;
};

const newestFirst = (a: OrderedQuestion, b: OrderedQuestion) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id);

/**
 * Pinned questions first (the presenter put them there), then, for TOP, by votes (most first; ties:
 * newest first, so a fresh question is not buried under old ones with the same count) or
 * for RECENT by recency (newest first). Stable for equal keys, deterministic by id.
 */
export function sortQuestions<T extends OrderedQuestion>(questions: readonly T[], order: QuestionOrder): T[] {
  return [...questions].sort((a, b) => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    if (order === 'TOP' && a.upvoteCount !== b.upvoteCount) return b.upvoteCount - a.upvoteCount;
    return newestFirst(a, b);
  });
}

/** What the reader sees now, and what is waiting for them. */
export type Arrangement<T> = {
  /** The shown questions, in the order shown (gone ones dropped, none added). */
  shown: T[];
  /** Questions that arrived since the order was settled, newest first; announced, not shown. */
  fresh: T[];
  /** Whether sorting the shown questions again would move one (votes or pins changed). */
  stale: boolean;
};

/**
 * Lays `questions` out along the `settled` order the reader has. Arrivals are held back in
 * `fresh` (announced as "N new questions"), updates change counts in place; nothing moves
 * until the reader asks (see `settle`).
 */
export function arrange<T extends OrderedQuestion>(
  questions: readonly T[],
  settled: readonly string[],
  order: QuestionOrder,
): Arrangement<T> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const shown = settled.flatMap((id) => {
    const question = byId.get(id);
    return question ? [question] : [];
  });
  const known = new Set(settled);
  const fresh = [...questions].filter((q) => !known.has(q.id)).sort(newestFirst);
  const sorted = sortQuestions(shown, order);
  const stale = sorted.some((q, index) => q.id !== shown[index]?.id);
  return { shown, fresh, stale };
}

/** The order to show after the reader asks for it: everything, sorted. */
export function settle(questions: readonly OrderedQuestion[], order: QuestionOrder): string[] {
  return sortQuestions(questions, order).map((q) => q.id);
}

/**
 * Adds questions to the settled order without moving the others: each goes just before
 * the first shown question it sorts ahead of. Used for the reader's own question (they
 * expect to see it at once) and when the list has nothing the reader could lose their
 * place in.
 */
export function insertQuietly(
  questions: readonly OrderedQuestion[],
  settled: readonly string[],
  ids: readonly string[],
  order: QuestionOrder,
): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const result = settled.filter((id) => byId.has(id));
  for (const id of ids) {
    const question = byId.get(id);
    if (!question || result.includes(id)) continue;
    const index = result.findIndex((other) => {
      const shown = byId.get(other);
      return shown ? sortQuestions([question, shown], order)[0] === question : false;
    });
    result.splice(index === -1 ? result.length : index, 0, id);
  }
  return result;
}

/**
 * What a viewer's list holds: hidden (abusive) questions leave attendees' lists; the
 * presenter moderates them and their author still sees their own, marked hidden. The
 * server sends hidden ones only to those viewers too; this keeps the list right when a
 * live event hides a question the viewer already has.
 */
export function visibleQuestions<T extends { hidden: boolean; mine: boolean }>(
  questions: readonly T[],
  canPresent: boolean,
): T[] {
  return questions.filter((question) => !question.hidden || canPresent || question.mine);
}
