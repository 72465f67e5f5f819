/** The answers a taker has chosen so far, and what submitting them needs. */

export type Answers = Readonly<Record<string, string>>;

/** Questions still without an answer, by position (1-based), for the "answer every question" message. */
export function unanswered(questions: readonly { id: string; position: number }[], answers: Answers): number[] {
  return questions
    .filter((question) => !answers[question.id])
    .map((question) => question.position)
    .sort((a, b) => a - b);
}

/** The submit input: one answer per question, in question order. */
export function answerInputs(
  questions: readonly { id: string; position: number }[],
  answers: Answers,
): { questionId: string; label: string }[] {
  return [...questions]
    .sort((a, b) => a.position - b.position)
    .flatMap((question) => {
      const label = answers[question.id];
      return label ? [{ questionId: question.id, label }] : [];
    });
}
