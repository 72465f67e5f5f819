import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import { Market } from '../../src/modules/identity/market.entity.js';
import { type TestServer } from './test-server.js';

// Shared by the quiz tests: the operations, and a quiz of the most contested items built for markets.

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

export async function buildContested(s: TestServer, codes = ['it-IT', 'de-DE'], size = 5) {
  const qa = await s.signIn('qa.specialist@concord.demo');
  const r = await s.gql(
    CONTESTED,
    { input: { title: 'Bullying: the hard ones', size, assignment: { marketIds: await marketIds(s, codes) } } },
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
