import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CalibrationSession } from '../../src/modules/calibration/calibration-session.entity.js';
import { storeSessionResult } from '../../src/modules/calibration/session-result-store.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { Role } from '../../src/modules/identity/role.js';
import type { Team } from '../../src/modules/identity/team.entity.js';
import type { User } from '../../src/modules/identity/user.entity.js';
import { createPolicyWithCases, createVoters, LABELS } from './calibration-fixtures.js';
import { type TestServer } from './test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './users.js';

// Shared by the quiz tests: the operations, a world of their own with a contested session
// history, and a quiz of its most contested items built for its markets.

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

export const QUIZ = `query($id: ID!) { quiz(id: $id) {
  id title canTake assignedMarkets { code }
  myAttempt { id number status correct total }
  questions { id position text contentType sensitive labels { key } expectedLabel case { id decision } majorityShare entropy }
} }`;
export const CONTESTED = `mutation($input: CreateQuizFromContestedItemsInput!) { createQuizFromContestedItems(input: $input) {
  quiz { id questions { id position expectedLabel majorityShare entropy labels { key } } }
} }`;
export const START =
  'mutation($id: ID!) { startQuizAttempt(input: { quizId: $id }) { attempt { id number status total } } }';
export const SUBMIT = `mutation($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) {
  attempt { id status correct total score answers { label correct question { position expectedLabel } } }
} }`;
export const RESULTS = `query($id: ID!) { quiz(id: $id) { results {
  assigned submitted accuracy
  questions { question { position } answered correct distribution { label count } }
  markets { market { code } assigned submitted correct answered accuracy }
} attempts { number status user { email } } } }`;

export async function marketIds(s: TestServer, codes: string[]) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  return (await em.find(Market, { code: { $in: codes } })).map((m) => m.id);
}

type Person = { id: string; email: string; name: string; token: string };
export type QuizWorld = Awaited<ReturnType<typeof quizWorld>>;

/** Dissenting votes (of six) on each item of the closed session: each item is contested differently. */
const DISSENT = [3, 2, 4, 1, 0, 2, 3, 1];

/**
 * A quiz test's world, nothing of it shared: four markets of its own (it, de, fr, ko); a
 * vendor ("Lumen") with a team in the first three, another ("Harbor") with one in ko, each
 * team with a moderator (`people.it` …); an internal QA team with a specialist (`qa`) and a
 * manager. A policy of its own with eight cases decided by the Italian moderator, and two
 * sessions on it: one closed a day ago, six voters of the Italian and German teams voting
 * on its eight items (gold on each, `DISSENT` votes off it; its result stored as a close
 * stores it), and one scheduled over the first case. People are signed in.
 */
export async function quizWorld(s: TestServer) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const markets = {
    it: await createMarket(em, 'it'),
    de: await createMarket(em, 'de'),
    fr: await createMarket(em, 'fr'),
    ko: await createMarket(em, 'ko'),
  };
  const [lumen, harbor] = [await createVendor(em, `Lumen ${unique()}`), await createVendor(em, `Harbor ${unique()}`)];
  const teams = {
    it: await createTeam(em, { market: markets.it, vendor: lumen }),
    de: await createTeam(em, { market: markets.de, vendor: lumen }),
    fr: await createTeam(em, { market: markets.fr, vendor: lumen }),
    ko: await createTeam(em, { market: markets.ko, vendor: harbor }),
    staff: await createTeam(em, { market: markets.it }),
  };
  const users: Record<string, User> = {};
  const people = {} as Record<'it' | 'de' | 'fr' | 'ko' | 'qa' | 'manager', Person>;
  const cast = [
    ['it', Role.MODERATOR, teams.it],
    ['de', Role.MODERATOR, teams.de],
    ['fr', Role.MODERATOR, teams.fr],
    ['ko', Role.MODERATOR, teams.ko],
    ['qa', Role.QA_SPECIALIST, teams.staff],
    ['manager', Role.QA_MANAGER, teams.staff],
  ] as const;
  for (const [key, role, team] of cast) {
    const user = await createUser(em, role, team.market, { team });
    users[key] = user;
    people[key] = { id: user.id, email: user.email, name: user.name, token: await s.signIn(user.email) };
  }
  const { policy, version, cases } = await createPolicyWithCases(em, [markets.it.code], DISSENT.length, users.it);
  const voters = await createVoters(em, [teams.it, teams.de], 3);
  const keys = LABELS.map((l) => l.key);
  const closedItems: string[] = [];
  const scheduledItems: string[] = [];
  const closedAt = new Date(Date.now() - 86_400_000);
  const started = new Date(closedAt.getTime() - 3_600_000);
  const [closedId, scheduledId] = [randomUUID(), randomUUID()];
  await em.transactional(async (tx) => {
    for (const [id, status, when] of [
      [closedId, 'CLOSED', started],
      [scheduledId, 'SCHEDULED', new Date(Date.now() + 86_400_000)],
    ] as const) {
      await tx.execute(
        `insert into calibration_session (id, title, policy_version_id, facilitator_id, mode, status, scheduled_at, started_at, closed_at)
         values (?, ?, ?, ?, 'BLIND', ?, ?, ?, ?)`,
        [
          id,
          `Quiz source ${status.toLowerCase()} ${policy.key}`,
          version.id,
          users.qa!.id,
          status,
          when,
          status === 'CLOSED' ? started : null,
          status === 'CLOSED' ? closedAt : null,
        ],
      );
      for (const m of [markets.it, markets.de])
        await tx.execute(
          'insert into calibration_session_invited_markets (calibration_session_id, market_id) values (?, ?)',
          [id, m.id],
        );
      for (const v of voters)
        await tx.execute(
          'insert into calibration_participant (id, session_id, user_id, market_id) values (?, ?, ?, ?)',
          [randomUUID(), id, v.user.id, v.user.market.id],
        );
    }
    const pending = randomUUID();
    scheduledItems.push(pending);
    await tx.execute(
      `insert into calibration_item (id, session_id, case_id, position, state) values (?, ?, ?, 1, 'PENDING')`,
      [pending, scheduledId, cases[0]!.id],
    );
    for (const [i, c] of cases.entries()) {
      const itemId = randomUUID();
      closedItems.push(itemId);
      const gold = keys[i % keys.length]!;
      await tx.execute(
        `insert into calibration_item (id, session_id, case_id, position, state, gold_label, opened_at, revealed_at)
         values (?, ?, ?, ?, 'REVEALED', ?, ?, ?)`,
        [itemId, closedId, c.id, i + 1, gold, started, closedAt],
      );
      for (const [v, voter] of voters.entries()) {
        const label = v < DISSENT[i]! ? keys[(i + 1 + v) % keys.length]! : gold;
        await tx.execute('insert into vote (id, item_id, session_id, user_id, label) values (?, ?, ?, ?, ?)', [
          randomUUID(),
          itemId,
          closedId,
          voter.user.id,
          label,
        ]);
      }
    }
    const session = await tx.findOneOrFail(CalibrationSession, closedId, { populate: ['policyVersion'] });
    await storeSessionResult(tx, session, 1, 'Closed.', users.qa!.id);
  });
  const ref = (t: Team) => ({ id: t.id, name: t.name });
  return {
    markets: Object.fromEntries(Object.entries(markets).map(([k, m]) => [k, { id: m.id, code: m.code }])) as Record<
      keyof typeof markets,
      { id: string; code: string }
    >,
    teams: { it: ref(teams.it), de: ref(teams.de), fr: ref(teams.fr), ko: ref(teams.ko) },
    people,
    policyId: policy.id,
    versionId: version.id,
    closedItems,
    scheduledItems,
  };
}

/** A quiz of the world's `size` most contested items (of its own policy), assigned to its markets by key. */
export async function buildContested(
  s: TestServer,
  world: QuizWorld,
  keys: (keyof QuizWorld['markets'])[] = ['it', 'de'],
  size = 5,
) {
  const qa = world.people.qa.token;
  const r = await s.gql(
    CONTESTED,
    {
      input: {
        title: 'Bullying: the hard ones',
        size,
        policyId: world.policyId,
        assignment: { marketIds: keys.map((k) => world.markets[k].id) },
      },
    },
    qa,
  );
  expect(r.errors).toBeUndefined();
  return { qa, quiz: r.data!.createQuizFromContestedItems.quiz as { id: string; questions: any[] } };
}

/** Answers: the expected label for the first `right` questions, another label for the rest. */
export function answersFor(questions: { id: string; labels: { key: string }[] }[], expected: string[], right: number) {
  return questions.map((q, i) => ({
    questionId: q.id,
    label: i < right ? expected[i]! : q.labels.find((l) => l.key !== expected[i])!.key,
  }));
}
