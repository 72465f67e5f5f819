import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import type { SessionResultPayload } from '../src/modules/calibration/calibration-result.js';
import { CalibrationItem } from '../src/modules/calibration/calibration-item.entity.js';
import { SessionStatus } from '../src/modules/calibration/calibration.enums.js';
import { SessionResult } from '../src/modules/calibration/session-result.entity.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { Role, TeamKind } from '../src/modules/identity/role.js';
import { Team } from '../src/modules/identity/team.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Market } from '../src/modules/identity/market.entity.js';
import { dayFromToday, insertAudits } from './support/audit-history.js';
import { TEST_PASSWORD_COST } from './support/constants.js';
import { useTestServer, type TestServer } from './support/test-server.js';

const server = useTestServer();
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

const QUIZ = `query($id: ID!) { quiz(id: $id) {
  id title canTake assignedMarkets { code }
  myAttempt { id number status correct total }
  questions { id position text contentType sensitive labels { key } expectedLabel case { id decision } majorityShare entropy }
} }`;
const CONTESTED = `mutation($input: CreateQuizFromContestedItemsInput!) { createQuizFromContestedItems(input: $input) {
  id questions { id position expectedLabel majorityShare entropy labels { key } }
} }`;
const START = 'mutation($id: ID!) { startQuizAttempt(quizId: $id) { id number status total } }';
const SUBMIT = `mutation($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) {
  id status correct total score answers { label correct question { position expectedLabel } }
} }`;
const RESULTS = `query($id: ID!) { quiz(id: $id) { results {
  assigned submitted accuracy
  questions { question { position } answered correct distribution { label count } }
  markets { market { code } assigned submitted correct answered accuracy }
} attempts { number status user { email } } } }`;

async function marketIds(s: TestServer, codes: string[]) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  return (await em.find(Market, { code: { $in: codes } })).map((m) => m.id);
}

async function buildContested(s: TestServer, codes = ['it-IT', 'de-DE'], size = 5) {
  const qa = await s.signIn('qa.specialist@concord.demo');
  const r = await s.gql(
    CONTESTED,
    { input: { title: 'Bullying: the hard ones', size, assignment: { marketIds: await marketIds(s, codes) } } },
    qa,
  );
  expect(r.errors).toBeUndefined();
  return { qa, quiz: r.data!.createQuizFromContestedItems as { id: string; questions: any[] } };
}

/** Answers: the expected label for the first `right` questions, another label for the rest. */
function answersFor(questions: { id: string; labels: { key: string }[] }[], expected: string[], right: number) {
  return questions.map((q, i) => ({
    questionId: q.id,
    label: i < right ? expected[i]! : q.labels.find((l) => l.key !== expected[i])!.key,
  }));
}

describe('knowledge quizzes', () => {
  it('is seeded for the demo: assigned to two markets, one attempt submitted', async () => {
    const s = server();
    const moderator = await s.signIn('moderator.it@concord.demo');
    const [demo] = (await s.gql('{ quizzes { id title canTake } }', {}, moderator)).data!.quizzes;
    expect(demo).toMatchObject({ title: 'Bullying: the hard cases of week 46', canTake: true });
    const results = await s.gql(RESULTS, { id: demo.id }, await s.signIn('qa.manager@concord.demo'));
    expect(results.data!.quiz.results.markets.map((m: any) => [m.market.code, m.submitted, m.correct])).toEqual([
      ['de-DE', 1, 3],
      ['it-IT', 0, 0],
    ]);
  });

  it('builds a quiz from the most contested gold items, as the stored session result ranks them', async () => {
    const s = server();
    const { quiz } = await buildContested(s, ['it-IT'], 4);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    // Every closed session of the last 90 days competes (the demo's week 46 and its generated
    // history): rank their stored per-item figures here, straight from the results.
    const since = new Date(Date.now() - 90 * 86_400_000);
    const results = await em.find(
      SessionResult,
      { session: { status: SessionStatus.CLOSED, closedAt: { $gte: since } } },
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
    const { qa, quiz } = await buildContested(s);
    const expected = quiz.questions.map((q) => q.expectedLabel as string);
    const moderator = await s.signIn('moderator.it@concord.demo');

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
    const attempt = started.data!.startQuizAttempt;
    expect(attempt).toMatchObject({ number: 1, status: 'IN_PROGRESS', total: 5 });
    // Starting again while in progress resumes the same attempt.
    expect((await s.gql(START, { id: quiz.id }, moderator)).data!.startQuizAttempt.id).toBe(attempt.id);
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
    expect(submitted.data!.submitQuizAttempt).toMatchObject({ status: 'SUBMITTED', correct: 3, total: 5, score: 0.6 });
    expect(submitted.data!.submitQuizAttempt.answers.map((a: any) => a.correct)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(submitted.data!.submitQuizAttempt.answers.map((a: any) => a.question.expectedLabel)).toEqual(expected);
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
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { number reopenedAt } }',
      { input: { quizId: quiz.id, userId: moderatorId } },
      qa,
    );
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenQuiz.reopenedAt).toBeTruthy();
    const reopenedView = await s.gql(QUIZ, { id: quiz.id }, moderator);
    expect(reopenedView.data!.quiz.canTake).toBe(true);
    expect(reopenedView.data!.quiz.questions.every((q: any) => q.expectedLabel === null)).toBe(true);
    const second = await s.gql(START, { id: quiz.id }, moderator);
    expect(second.data!.startQuizAttempt).toMatchObject({ number: 2, status: 'IN_PROGRESS' });
    const secondSubmit = await s.gql(
      SUBMIT,
      { input: { attemptId: second.data!.startQuizAttempt.id, answers: answersFor(questions, expected, 5) } },
      moderator,
    );
    expect(secondSubmit.data!.submitQuizAttempt).toMatchObject({ correct: 5, score: 1 });

    // Results for the QA team count the latest attempt only.
    const de = await s.signIn('moderator.de@concord.demo');
    const deAttempt = (await s.gql(START, { id: quiz.id }, de)).data!.startQuizAttempt;
    await s.gql(SUBMIT, { input: { attemptId: deAttempt.id, answers: answersFor(questions, expected, 1) } }, de);
    const results = await s.gql(RESULTS, { id: quiz.id }, qa);
    expect(results.errors).toBeUndefined();
    const r = results.data!.quiz.results;
    expect(r.submitted).toBe(2);
    expect(r.accuracy).toBeCloseTo(6 / 10);
    expect(r.questions[0]).toMatchObject({ answered: 2, correct: 2 });
    expect(r.questions[4]).toMatchObject({ answered: 2, correct: 1 });
    const byMarket = Object.fromEntries(r.markets.map((m: any) => [m.market.code, m]));
    expect(byMarket['it-IT']).toMatchObject({ submitted: 1, correct: 5, answered: 5, accuracy: 1 });
    expect(byMarket['de-DE']).toMatchObject({ submitted: 1, correct: 1, answered: 5, accuracy: 0.2 });
    expect(byMarket['it-IT'].assigned).toBeGreaterThanOrEqual(1);
    expect(results.data!.quiz.attempts).toHaveLength(3);

    // A moderator never reads results.
    const peek = await s.gql(RESULTS, { id: quiz.id }, moderator);
    expect(codeOf(peek)).toBe('FORBIDDEN');
    expect(peek.data!.quiz).toEqual({ results: null, attempts: null });
  });

  it("refuses someone else's attempt, quizzes not assigned to you, and building without the role, changing nothing", async () => {
    const s = server();
    const { quiz } = await buildContested(s, ['it-IT', 'de-DE'], 3);
    const it = await s.signIn('moderator.it@concord.demo');
    const de = await s.signIn('moderator.de@concord.demo');
    const ko = await s.signIn('moderator.ko@concord.demo');
    const questions = (await s.gql(QUIZ, { id: quiz.id }, de)).data!.quiz.questions;
    const deAttempt = (await s.gql(START, { id: quiz.id }, de)).data!.startQuizAttempt;

    const hijack = await s.gql(
      SUBMIT,
      {
        input: {
          attemptId: deAttempt.id,
          answers: questions.map((q: any) => ({ questionId: q.id, label: q.labels[0].key })),
        },
      },
      it,
    );
    expect(codeOf(hijack)).toBe('NOT_FOUND');
    expect((await s.gql(QUIZ, { id: quiz.id }, de)).data!.quiz.myAttempt).toMatchObject({
      status: 'IN_PROGRESS',
      correct: null,
    });

    expect(codeOf(await s.gql(QUIZ, { id: quiz.id }, ko))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(START, { id: quiz.id }, ko))).toBe('NOT_FOUND');
    expect((await s.gql('{ quizzes { id } }', {}, ko)).data!.quizzes).toEqual([]);
    // QA staff see the quiz but do not take it.
    const qa = await s.signIn('qa.manager@concord.demo');
    expect(codeOf(await s.gql(START, { id: quiz.id }, qa))).toBe('NOT_FOUND');

    const input = { title: 'Not mine to build', size: 3, assignment: { marketIds: await marketIds(s, ['it-IT']) } };
    expect(codeOf(await s.gql(CONTESTED, { input }, it))).toBe('FORBIDDEN');
    const reopen = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { id } }',
      { input: { quizId: quiz.id, userId: (await s.gql('{ me { id } }', {}, de)).data!.me.id } },
      it,
    );
    expect(codeOf(reopen)).toBe('FORBIDDEN');
    // Reopening an attempt that is still in progress is a conflict.
    const reopenEarly = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { id } }',
      { input: { quizId: quiz.id, userId: (await s.gql('{ me { id } }', {}, de)).data!.me.id } },
      qa,
    );
    expect(codeOf(reopenEarly)).toBe('CONFLICT');
  });

  it('refuses a quiz from an open session, an empty assignment and a double case, creating nothing', async () => {
    const s = server();
    const qa = await s.signIn('qa.specialist@concord.demo');
    const sessions = (await s.gql('{ calibrationSessions { id title status items { id } } }', {}, qa)).data!
      .calibrationSessions;
    const scheduled = sessions.find((x: any) => x.status === 'SCHEDULED');
    // The seeded week 46 session, whose items all have gold (the generated history's need not):
    // the first closed session in the list depends on the day the tests run.
    const closed = sessions.find((x: any) => x.status === 'CLOSED' && x.title.endsWith('week 46'));
    const count = async () => (await s.gql('{ quizzes { id } }', {}, qa)).data!.quizzes.length;
    const before = await count();
    const create = (questions: unknown[], marketIds: string[]) =>
      s.gql(
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id questions { expectedLabel } } }',
        { input: { title: 'By hand', questions, assignment: { marketIds } } },
        qa,
      );
    const it = await marketIds(s, ['it-IT']);
    const open = await create([{ calibrationItemId: scheduled.items[0].id }], it);
    expect(codeOf(open)).toBe('BAD_USER_INPUT');
    expect(open.errors![0]!.message).toMatch(/not closed/);
    expect(codeOf(await create([{ calibrationItemId: closed.items[0].id }], []))).toBe('BAD_USER_INPUT');
    const twice = await create(
      [{ calibrationItemId: closed.items[0].id }, { calibrationItemId: closed.items[0].id }],
      it,
    );
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(codeOf(await create([{}], it))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    const ok = await create([{ calibrationItemId: closed.items[1].id }, { calibrationItemId: closed.items[0].id }], it);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createQuiz.questions).toHaveLength(2);
  });

  it('lets only one of two simultaneous starts, and one of two simultaneous submits, through', async () => {
    const s = server();
    const { quiz } = await buildContested(s, ['fr-FR'], 3);
    const moderator = await s.signIn('moderator.fr@concord.demo');
    const questions = (await s.gql(QUIZ, { id: quiz.id }, moderator)).data!.quiz.questions;
    const starts = await Promise.all([1, 2, 3].map(() => s.gql(START, { id: quiz.id }, moderator)));
    const ids = new Set(starts.filter((r) => !r.errors).map((r) => r.data!.startQuizAttempt.id));
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

  it("builds questions from audits' expected labels, for the audited vendor's own teams only", async () => {
    const s = server();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const audits = await insertAudits(em, 'it-IT', [
      { day: dayFromToday(-2), verdict: Verdict.INCORRECT, errorCategory: ErrorCategory.MISSED_VIOLATION },
      { day: dayFromToday(-2), verdict: Verdict.CORRECT },
    ]);
    const lumen = await em.findOneOrFail(Team, { market: { code: 'it-IT' }, kind: TeamKind.VENDOR });
    const qa = await s.signIn('qa.specialist@concord.demo');
    const create = (assignment: unknown) =>
      s.gql(
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id questions { source expectedLabel } } }',
        { input: { title: 'From audits', questions: audits.map((a) => ({ auditId: a.id })), assignment } },
        qa,
      );
    // A market reaches other vendors' people: their content stays theirs.
    const toMarket = await create({ marketIds: await marketIds(s, ['it-IT']) });
    expect(codeOf(toMarket)).toBe('BAD_USER_INPUT');
    const ok = await create({ teamIds: [lumen.id] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createQuiz.questions).toEqual(
      audits.map((a) => ({ source: 'AUDIT', expectedLabel: a.expectedLabel })),
    );
    const moderator = await s.signIn('moderator.it@concord.demo');
    const seen = await s.gql(QUIZ, { id: ok.data!.createQuiz.id }, moderator);
    expect(seen.data!.quiz.questions.map((q: any) => q.expectedLabel)).toEqual([null, null]);
    expect(codeOf(await create({ teamIds: [lumen.id], marketIds: [] }))).toBeUndefined();
    const missing = await s.gql(
      'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id } }',
      { input: { title: 'Nope', questions: [{ auditId: lumen.id }], assignment: { teamIds: [lumen.id] } } },
      qa,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it("keeps a vendor's QA to its own teams and its own people's results", async () => {
    const s = server();
    const { quiz } = await buildContested(s, ['it-IT', 'ko-KR'], 3);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const harbor = await em.findOneOrFail(
      Team,
      { market: { code: 'ko-KR' }, kind: TeamKind.VENDOR },
      { populate: ['market'] },
    );
    const lumen = await em.findOneOrFail(Team, { market: { code: 'it-IT' }, kind: TeamKind.VENDOR });
    em.create(User, {
      email: 'qa.harbor@vendor.example',
      name: 'Harbor QA',
      role: Role.QA_SPECIALIST,
      market: harbor.market,
      team: harbor,
      passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
    });
    await em.flush();
    const vendorQa = await s.signIn('qa.harbor@vendor.example');
    for (const email of ['moderator.it@concord.demo', 'moderator.ko@concord.demo']) {
      const token = await s.signIn(email);
      const questions = (await s.gql(QUIZ, { id: quiz.id }, token)).data!.quiz.questions;
      const attempt = (await s.gql(START, { id: quiz.id }, token)).data!.startQuizAttempt;
      const answers = questions.map((q: any) => ({ questionId: q.id, label: q.labels[0].key }));
      expect((await s.gql(SUBMIT, { input: { attemptId: attempt.id, answers } }, token)).errors).toBeUndefined();
    }
    const results = await s.gql(RESULTS, { id: quiz.id }, vendorQa);
    expect(results.errors).toBeUndefined();
    expect(results.data!.quiz.results.markets.map((m: any) => m.market.code)).toEqual(['ko-KR']);
    expect(results.data!.quiz.attempts.map((a: any) => a.user.email)).toEqual(['moderator.ko@concord.demo']);

    const build = (assignment: unknown) =>
      s.gql(CONTESTED, { input: { title: 'Harbor quiz', size: 2, assignment } }, vendorQa);
    expect(codeOf(await build({ marketIds: await marketIds(s, ['ko-KR']) }))).toBe('FORBIDDEN');
    expect(codeOf(await build({ teamIds: [lumen.id] }))).toBe('BAD_USER_INPUT');
    // The vendor's QA neither runs nor votes in the demo sessions: nothing to build from.
    expect(codeOf(await build({ teamIds: [harbor.id] }))).toBe('BAD_USER_INPUT');
  });
});
