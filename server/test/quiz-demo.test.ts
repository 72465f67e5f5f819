// The demo's knowledge quiz, tested as part of the demo product.
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';
import { RESULTS } from './support/quiz-fixtures.js';

const server = useTestServer();

describe('the demo knowledge quiz', () => {
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
});
