// Knowledge quizzes: building one from contested items, taking it once, races.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { SessionResultPayload } from '../src/modules/calibration/calibration-result.js';
import { CalibrationItem } from '../src/modules/calibration/calibration-item.entity.js';
import { SessionStatus } from '../src/modules/calibration/calibration.enums.js';
import { SessionResult } from '../src/modules/calibration/session-result.entity.js';
import { useTestServer } from './support/test-server.js';
import {
  codeOf,
  QUIZ,
  START,
  SUBMIT,
  RESULTS,
  buildContested,
  answersFor,
  quizWorld,
} from './support/quiz-fixtures.js';

const server = useTestServer();

describe('knowledge quizzes', () => {
  it('builds a quiz from the most contested gold items, as the stored session result ranks them', async () => {
    const s = server();
    const world = await quizWorld(s);
    const { quiz } = await buildContested(s, world, ['it'], 4);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    // Every closed session of the last 90 days on the policy competes (the world's closed one;
    // its scheduled one does not): rank their stored per-item figures here, from the results.
    const since = new Date(Date.now() - 90 * 86_400_000);
    const results = await em.find(
      SessionResult,
      {
        session: {
          status: SessionStatus.CLOSED,
          closedAt: { $gte: since },
          policyVersion: { policy: world.policyId },
        },
      },
      { populate: ['session'], orderBy: { version: 'desc' } },
    );
    const latest = new Map<string, SessionResult>();
    for (const r of results) if (!latest.has(r.session.id)) latest.set(r.session.id, r);
    const cases = new Map(
      (await em.find(CalibrationItem, { session: { $in: [...latest.keys()] } })).map((i) => [i.id, i.case.id]),
    );
    const seen = new Set<string>();
    const candidates = [...latest.values()]
      .flatMap((r) =>
        (r.payload as unknown as SessionResultPayload).items.map((i) => ({
          ...i,
          closedAt: r.session.closedAt!.getTime(),
        })),
      )
      .filter((i) => i.gold !== null && i.votes > 0)
      .sort(
        (a, b) =>
          (a.majorityShare.value ?? 1) - (b.majorityShare.value ?? 1) ||
          (b.entropy.value ?? 0) - (a.entropy.value ?? 0) ||
          b.closedAt - a.closedAt ||
          a.position - b.position,
      )
      .filter((i) => !seen.has(cases.get(i.itemId)!) && seen.add(cases.get(i.itemId)!));
    const ranked = candidates.slice(0, 4);
    expect(quiz.questions).toHaveLength(4);
    expect(quiz.questions.map((q) => q.majorityShare)).toEqual(ranked.map((i) => i.majorityShare.value));
    expect(quiz.questions.map((q) => q.expectedLabel)).toEqual(ranked.map((i) => i.gold));
    // The stored figures really differ, so the order is a real ranking: what was left out agrees more.
    expect(new Set(candidates.map((i) => i.majorityShare.value)).size).toBeGreaterThan(1);
    expect(Math.max(...quiz.questions.map((q) => q.majorityShare))).toBeLessThan(
      candidates.at(-1)!.majorityShare.value!,
    );
  });

  it('lets an assigned moderator take it once, scores it on the server, and hides the expected answers until submit', async () => {
    const s = server();
    const world = await quizWorld(s);
    const { qa, quiz } = await buildContested(s, world);
    const expected = quiz.questions.map((q) => q.expectedLabel as string);
    const moderator = world.people.it.token;

    const listed = await s.gql('{ quizzes { id } }', {}, moderator);
    expect(listed.data!.quizzes.map((q: { id: string }) => q.id)).toContain(quiz.id);
    const before = await s.gql(QUIZ, { id: quiz.id }, moderator);
    expect(before.errors).toBeUndefined();
    expect(before.data!.quiz.canTake).toBe(true);
    for (const q of before.data!.quiz.questions) {
      expect(q.expectedLabel).toBeNull();
      expect(q.case).toBeNull(); // the case would carry the moderator's decision
      expect(q.text).toBeTruthy();
      expect(q.labels.length).toBeGreaterThan(1);
    }

    const started = await s.gql(START, { id: quiz.id }, moderator);
    expect(started.errors).toBeUndefined();
    const attempt = started.data!.startQuizAttempt.attempt;
    expect(attempt).toMatchObject({ number: 1, status: 'IN_PROGRESS', total: 5 });
    // Starting again while in progress resumes the same attempt.
    expect((await s.gql(START, { id: quiz.id }, moderator)).data!.startQuizAttempt.attempt.id).toBe(attempt.id);
    // Still in progress: the answers stay hidden, in the attempt as in the quiz.
    const during = await s.gql(QUIZ, { id: quiz.id }, moderator);
    expect(during.data!.quiz.questions.every((q: any) => q.expectedLabel === null)).toBe(true);

    const questions = before.data!.quiz.questions;
    const answers = answersFor(questions, expected, 3);
    // A label outside the taxonomy, a missing answer, a question of another quiz: refused, nothing stored.
    const badLabel = await s.gql(
      SUBMIT,
      { input: { attemptId: attempt.id, answers: answers.map((a, i) => (i ? a : { ...a, label: 'not_a_label' })) } },
      moderator,
    );
    expect(codeOf(badLabel)).toBe('BAD_USER_INPUT');
    expect(badLabel.errors![0]!.message).toMatch(/not a label/);
    const missing = await s.gql(SUBMIT, { input: { attemptId: attempt.id, answers: answers.slice(1) } }, moderator);
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.message).toMatch(/1 are missing/);
    const stillOpen = await s.gql(QUIZ, { id: quiz.id }, moderator);
    expect(stillOpen.data!.quiz.myAttempt).toMatchObject({ status: 'IN_PROGRESS', correct: null });

    const submitted = await s.gql(SUBMIT, { input: { attemptId: attempt.id, answers } }, moderator);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitQuizAttempt.attempt).toMatchObject({
      status: 'SUBMITTED',
      correct: 3,
      total: 5,
      score: 0.6,
    });
    expect(submitted.data!.submitQuizAttempt.attempt.answers.map((a: any) => a.correct)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(submitted.data!.submitQuizAttempt.attempt.answers.map((a: any) => a.question.expectedLabel)).toEqual(
      expected,
    );
    const after = await s.gql(QUIZ, { id: quiz.id }, moderator);
    expect(after.data!.quiz.questions.map((q: any) => q.expectedLabel)).toEqual(expected);
    expect(after.data!.quiz.canTake).toBe(false);

    // A second attempt, and a second submit, are refused.
    const again = await s.gql(START, { id: quiz.id }, moderator);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/reopen/);
    expect(codeOf(await s.gql(SUBMIT, { input: { attemptId: attempt.id, answers } }, moderator))).toBe('CONFLICT');

    // The QA team reopens it: one more attempt, its answers hidden again until it is submitted.
    const moderatorId = (await s.gql('{ me { id } }', {}, moderator)).data!.me.id;
    const reopened = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { attempt { number reopenedAt } } }',
      { input: { quizId: quiz.id, userId: moderatorId } },
      qa,
    );
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenQuiz.attempt.reopenedAt).toBeTruthy();
    const reopenedView = await s.gql(QUIZ, { id: quiz.id }, moderator);
    expect(reopenedView.data!.quiz.canTake).toBe(true);
    expect(reopenedView.data!.quiz.questions.every((q: any) => q.expectedLabel === null)).toBe(true);
    const second = await s.gql(START, { id: quiz.id }, moderator);
    expect(second.data!.startQuizAttempt.attempt).toMatchObject({ number: 2, status: 'IN_PROGRESS' });
    const secondSubmit = await s.gql(
      SUBMIT,
      { input: { attemptId: second.data!.startQuizAttempt.attempt.id, answers: answersFor(questions, expected, 5) } },
      moderator,
    );
    expect(secondSubmit.data!.submitQuizAttempt.attempt).toMatchObject({ correct: 5, score: 1 });

    // Results for the QA team count the latest attempt only.
    const de = world.people.de.token;
    const deAttempt = (await s.gql(START, { id: quiz.id }, de)).data!.startQuizAttempt.attempt;
    await s.gql(SUBMIT, { input: { attemptId: deAttempt.id, answers: answersFor(questions, expected, 1) } }, de);
    const results = await s.gql(RESULTS, { id: quiz.id }, qa);
    expect(results.errors).toBeUndefined();
    const r = results.data!.quiz.results;
    expect(r.submitted).toBe(2);
    expect(r.accuracy).toBeCloseTo(6 / 10);
    expect(r.questions[0]).toMatchObject({ answered: 2, correct: 2 });
    expect(r.questions[4]).toMatchObject({ answered: 2, correct: 1 });
    const byMarket = Object.fromEntries(r.markets.map((m: any) => [m.market.code, m]));
    expect(byMarket[world.markets.it.code]).toMatchObject({ submitted: 1, correct: 5, answered: 5, accuracy: 1 });
    expect(byMarket[world.markets.de.code]).toMatchObject({ submitted: 1, correct: 1, answered: 5, accuracy: 0.2 });
    // The market's moderators: the one who took it and the three voters of its team.
    expect(byMarket[world.markets.it.code].assigned).toBe(4);
    expect(results.data!.quiz.attempts).toHaveLength(3);

    // A moderator never reads results.
    const peek = await s.gql(RESULTS, { id: quiz.id }, moderator);
    expect(codeOf(peek)).toBe('FORBIDDEN');
    expect(peek.data!.quiz).toEqual({ results: null, attempts: null });
  });

  it('lets only one of two simultaneous starts, and one of two simultaneous submits, through', async () => {
    const s = server();
    const world = await quizWorld(s);
    const { quiz } = await buildContested(s, world, ['fr'], 3);
    const moderator = world.people.fr.token;
    const questions = (await s.gql(QUIZ, { id: quiz.id }, moderator)).data!.quiz.questions;
    const starts = await Promise.all([1, 2, 3].map(() => s.gql(START, { id: quiz.id }, moderator)));
    const ids = new Set(starts.filter((r) => !r.errors).map((r) => r.data!.startQuizAttempt.attempt.id));
    expect(ids.size).toBe(1);
    for (const r of starts.filter((r) => r.errors)) expect(codeOf(r)).toBe('CONFLICT');
    const [attemptId] = [...ids];
    const answers = questions.map((q: any) => ({ questionId: q.id, label: q.labels[0].key }));
    const submits = await Promise.all([1, 2].map(() => s.gql(SUBMIT, { input: { attemptId, answers } }, moderator)));
    expect(submits.filter((r) => !r.errors)).toHaveLength(1);
    expect(submits.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const [row] = await em
      .getConnection()
      .execute(
        'select count(*)::int as answers, (select count(*)::int from quiz_attempt where quiz_id = ?) as attempts from quiz_answer a join quiz_attempt t on t.id = a.attempt_id where t.quiz_id = ?',
        [quiz.id, quiz.id],
      );
    expect(row).toEqual({ answers: 3, attempts: 1 });
  });
});
