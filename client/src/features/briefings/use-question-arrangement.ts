import { useCallback, useMemo, useState } from 'react';
import {
  arrange,
  insertQuietly,
  settle,
  type Arrangement,
  type OrderedQuestion,
  type QuestionOrder,
} from './question-order';

export type QuestionArrangement<T> = Arrangement<T> & {
  /** Shows the held-back questions and sorts everything again (the reader asked). */
  showAll: () => void;
  /** Shows a question as soon as it is in the list, where it sorts, moving nothing else (the reader's own). */
  reveal: (id: string) => void;
};

type Settled = { ids: readonly string[]; order: QuestionOrder; wanted: readonly string[] };

/**
 * The Q&A list as the reader sees it: the order is settled when the list first loads, when
 * the reader changes the ordering and when they ask for the new questions or a re-sort;
 * live events change counts and states in place in between. An empty list takes arrivals
 * at once: there is no place to lose.
 */
export function useQuestionArrangement<T extends OrderedQuestion>(
  questions: readonly T[] | null,
  order: QuestionOrder,
): QuestionArrangement<T> {
  const [settled, setSettled] = useState<Settled | null>(null);

  // Adjusting state while rendering (React's documented pattern for state derived from props).
  let current = settled;
  if (questions) {
    if (!current || current.order !== order || (current.ids.length === 0 && questions.length > 0)) {
      current = { ids: settle(questions, order), order, wanted: current?.wanted ?? [] };
    }
    const arrived = current.wanted.filter((id) => questions.some((q) => q.id === id));
    if (arrived.length > 0) {
      current = {
        ids: insertQuietly(questions, current.ids, arrived, order),
        order,
        wanted: current.wanted.filter((id) => !arrived.includes(id)),
      };
    }
    if (current !== settled) setSettled(current);
  }
  const ids = current?.ids;

  const arrangement = useMemo(
    () => (questions && ids ? arrange(questions, ids, order) : { shown: [], fresh: [], stale: false }),
    [questions, ids, order],
  );

  const showAll = useCallback(() => {
    if (questions) setSettled({ ids: settle(questions, order), order, wanted: [] });
  }, [questions, order]);

  const reveal = useCallback((id: string) => {
    setSettled((previous) => (previous ? { ...previous, wanted: [...previous.wanted, id] } : previous));
  }, []);

  return { ...arrangement, showAll, reveal };
}
