// Knowledge quizzes: what is refused, quizzes from audits, and a vendor's QA kept to its own.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import { Role } from '../src/modules/identity/role.js';
import { dayFromToday, insertAudits } from './support/audit-history.js';
import { testUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { codeOf, QUIZ, CONTESTED, START, SUBMIT, RESULTS, buildContested, quizWorld } from './support/quiz-fixtures.js';
import { unique } from './support/users.js';

const server = useTestServer();

describe('knowledge quiz rules', () => {
  it("refuses someone else's attempt, quizzes not assigned to you, and building without the role, changing nothing", async () => {
    const s = server();
    const world = await quizWorld(s);
    const { quiz } = await buildContested(s, world, ['it', 'de'], 3);
    const [it, de, ko] = [world.people.it.token, world.people.de.token, world.people.ko.token];
    const questions = (await s.gql(QUIZ, { id: quiz.id }, de)).data!.quiz.questions;
    const deAttempt = (await s.gql(START, { id: quiz.id }, de)).data!.startQuizAttempt.attempt;

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
    const qa = world.people.manager.token;
    // Each refusal names its feature and reason, which the client translates (errors.quiz.<REASON>).
    expect((await s.gql(START, { id: quiz.id }, qa)).errors![0]).toMatchObject({
      message: `Quiz ${quiz.id} is not assigned to you.`,
      extensions: { code: 'NOT_FOUND', feature: 'quiz', reason: 'NOT_ASSIGNED', quizId: quiz.id },
    });

    const input = { title: 'Not mine to build', size: 3, assignment: { marketIds: [world.markets.it.id] } };
    expect(codeOf(await s.gql(CONTESTED, { input }, it))).toBe('FORBIDDEN');
    const reopen = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { attempt { id } } }',
      { input: { quizId: quiz.id, userId: (await s.gql('{ me { id } }', {}, de)).data!.me.id } },
      it,
    );
    expect(codeOf(reopen)).toBe('FORBIDDEN');
    // Reopening an attempt that is still in progress is a conflict.
    const reopenEarly = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { attempt { id } } }',
      { input: { quizId: quiz.id, userId: (await s.gql('{ me { id } }', {}, de)).data!.me.id } },
      qa,
    );
    expect(reopenEarly.errors![0]!.extensions).toEqual({
      code: 'CONFLICT',
      feature: 'quiz',
      reason: 'ATTEMPT_IN_PROGRESS',
      userName: (await s.gql('{ me { name } }', {}, de)).data!.me.name,
    });
  });

  it('refuses a quiz from an open session, an empty assignment and a double case, creating nothing', async () => {
    const s = server();
    const world = await quizWorld(s);
    const qa = world.people.qa.token;
    // The world's sessions, one scheduled and one closed with gold on every item.
    const [pending] = world.scheduledItems;
    const [first, second] = world.closedItems;
    // Quizzes of this test are titled apart, so other files' quizzes do not count.
    const title = `By hand ${unique()}`;
    const count = async () =>
      (await s.gql('{ quizzes { id title } }', {}, qa)).data!.quizzes.filter((q: any) => q.title === title).length;
    const before = await count();
    expect(before).toBe(0);
    const create = (questions: unknown[], marketIds: string[]) =>
      s.gql(
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id questions { expectedLabel } } } }',
        { input: { title, questions, assignment: { marketIds } } },
        qa,
      );
    const it = [world.markets.it.id];
    const open = await create([{ calibrationItemId: pending }], it);
    expect(codeOf(open)).toBe('BAD_USER_INPUT');
    expect(open.errors![0]!.message).toMatch(/not closed/);
    expect(open.errors![0]!.extensions).toMatchObject({ feature: 'quiz', reason: 'SESSION_NOT_CLOSED' });
    expect(codeOf(await create([{ calibrationItemId: first }], []))).toBe('BAD_USER_INPUT');
    const twice = await create([{ calibrationItemId: first }, { calibrationItemId: first }], it);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(codeOf(await create([{}], it))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    const ok = await create([{ calibrationItemId: second }, { calibrationItemId: first }], it);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createQuiz.quiz.questions).toHaveLength(2);
    expect(await count()).toBe(1);
  });

  it("builds questions from audits' expected labels, for the audited vendor's own teams only", async () => {
    const s = server();
    const world = await quizWorld(s);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const audits = await insertAudits(em, world.markets.it.code, [
      { day: dayFromToday(-2), verdict: Verdict.INCORRECT, errorCategory: ErrorCategory.MISSED_VIOLATION },
      { day: dayFromToday(-2), verdict: Verdict.CORRECT },
    ]);
    const lumen = world.teams.it;
    const qa = world.people.qa.token;
    const create = (assignment: unknown) =>
      s.gql(
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id questions { source expectedLabel } } } }',
        { input: { title: 'From audits', questions: audits.map((a) => ({ auditId: a.id })), assignment } },
        qa,
      );
    // A market reaches other vendors' people: their content stays theirs.
    const toMarket = await create({ marketIds: [world.markets.it.id] });
    expect(codeOf(toMarket)).toBe('BAD_USER_INPUT');
    const ok = await create({ teamIds: [lumen.id] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createQuiz.quiz.questions).toEqual(
      audits.map((a) => ({ source: 'AUDIT', expectedLabel: a.expectedLabel })),
    );
    const moderator = world.people.it.token;
    const seen = await s.gql(QUIZ, { id: ok.data!.createQuiz.quiz.id }, moderator);
    expect(seen.data!.quiz.questions.map((q: any) => q.expectedLabel)).toEqual([null, null]);
    expect(codeOf(await create({ teamIds: [lumen.id], marketIds: [] }))).toBeUndefined();
    const missing = await s.gql(
      'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id } } }',
      { input: { title: 'Nope', questions: [{ auditId: lumen.id }], assignment: { teamIds: [lumen.id] } } },
      qa,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it("keeps a vendor's QA to its own teams and its own people's results", async () => {
    const s = server();
    const world = await quizWorld(s);
    const { quiz } = await buildContested(s, world, ['it', 'ko'], 3);
    const [harbor, lumen] = [world.teams.ko, world.teams.it];
    const harborQa = await testUser(s, { role: Role.QA_SPECIALIST, team: harbor });
    const vendorQa = harborQa.token;
    for (const token of [world.people.it.token, world.people.ko.token]) {
      const questions = (await s.gql(QUIZ, { id: quiz.id }, token)).data!.quiz.questions;
      const attempt = (await s.gql(START, { id: quiz.id }, token)).data!.startQuizAttempt.attempt;
      const answers = questions.map((q: any) => ({ questionId: q.id, label: q.labels[0].key }));
      expect((await s.gql(SUBMIT, { input: { attemptId: attempt.id, answers } }, token)).errors).toBeUndefined();
    }
    const results = await s.gql(RESULTS, { id: quiz.id }, vendorQa);
    expect(results.errors).toBeUndefined();
    expect(results.data!.quiz.results.markets.map((m: any) => m.market.code)).toEqual([world.markets.ko.code]);
    expect(results.data!.quiz.attempts.map((a: any) => a.user.email)).toEqual([world.people.ko.email]);

    const build = (assignment: unknown) =>
      s.gql(CONTESTED, { input: { title: 'Harbor quiz', size: 2, assignment } }, vendorQa);
    expect(codeOf(await build({ marketIds: [world.markets.ko.id] }))).toBe('FORBIDDEN');
    expect(codeOf(await build({ teamIds: [lumen.id] }))).toBe('BAD_USER_INPUT');
    // The vendor's QA neither runs nor votes in any session: nothing to build from.
    expect(codeOf(await build({ teamIds: [harbor.id] }))).toBe('BAD_USER_INPUT');
  });
});
