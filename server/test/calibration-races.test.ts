import { describe, expect, it } from 'vitest';
import { LABELS } from './support/calibration-fixtures.js';
import { codeOf, listen, setUp, VOTE } from './support/calibration-session.js';
import { startTestServer, useTestServer } from './support/test-server.js';

const server = useTestServer();

describe('a calibration session under load, and its gold challenged', () => {
  it('counts every vote that raced the close, or refuses it: none lost, none half-counted', async () => {
    const s = server();
    const { session, voters, facilitator, tokens } = await setUp(s, 1, 10);
    const item = session.items[0]!;
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: item.id },
      facilitator,
    );
    const votes = voters.map((v, i) =>
      s
        .gql(VOTE, { input: { itemId: item.id, label: LABELS[i % 4]!.key } }, tokens.get(v.user.id))
        .then((r) => codeOf(r) ?? 'OK'),
    );
    const close = s.gql(
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { status } } }',
      { id: session.id },
      facilitator,
    );
    const outcomes = await Promise.all(votes);
    const closed = await close;
    expect(closed.errors).toBeUndefined();
    expect(outcomes.every((o) => o === 'OK' || o === 'CONFLICT')).toBe(true);
    const result = await s.gql(
      'query($id: ID!) { calibrationSession(id: $id) { result { overall { votes } items { distribution } } } }',
      { id: session.id },
      facilitator,
    );
    const stored = (result.data!.calibrationSession as any).result;
    expect(stored.overall.votes).toBe(outcomes.filter((o) => o === 'OK').length);
    const [{ count }] = await s.concord.deps.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as count from vote where item_id = ?', [item.id]);
    expect(count).toBe(stored.overall.votes);
  });

  it('reveals and closes promptly while voters keep voting: no deadlock, no internal error, no vote lost', async () => {
    const s = server();
    // 6 voters in each of 3 markets, as in the probe that deadlocked (reveal) and starved (close).
    const { session, voters, facilitator, tokens } = await setUp(s, 2, 6);
    const run = (query: string, id: string) => s.gql(query, { id }, facilitator);
    await run(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      session.id,
    );
    /** Every voter votes again and again on `itemId` until `stop()`; outcomes by voter. */
    const voteStorm = (itemId: string) => {
      let going = true;
      const outcomes = new Map<string, string[]>();
      const loops = voters.map(async (v, i) => {
        const mine: string[] = [];
        outcomes.set(v.user.id, mine);
        for (let n = 0; going && n < 2_000; n++) {
          const label = LABELS[(i + n) % 4]!.key;
          const reply = await s.gql(VOTE, { input: { itemId, label } }, tokens.get(v.user.id));
          mine.push(codeOf(reply) ?? 'OK');
        }
      });
      return {
        outcomes,
        stop: async () => {
          going = false;
          await Promise.all(loops);
        },
      };
    };
    /** Resolves after `count` more votes have been answered, so the storm is under way. */
    const afterVotes = async (storm: ReturnType<typeof voteStorm>, count: number) => {
      const answered = () => [...storm.outcomes.values()].reduce((sum, o) => sum + o.length, 0);
      const target = answered() + count;
      while (answered() < target) await new Promise((resolve) => setTimeout(resolve, 10));
    };

    const [first, second] = session.items;
    await run('mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }', first!.id);
    const storm = voteStorm(first!.id);
    await afterVotes(storm, 40);
    const revealStarted = Date.now();
    const revealed = await run(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { state } } }',
      first!.id,
    );
    const revealMs = Date.now() - revealStarted;
    await afterVotes(storm, 20);
    await storm.stop();
    expect(revealed.errors).toBeUndefined();
    const stormOutcomes = [...storm.outcomes.values()].flat();
    expect(new Set(stormOutcomes)).toEqual(new Set(['OK', 'CONFLICT']));

    await run('mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }', second!.id);
    const closing = voteStorm(second!.id);
    await afterVotes(closing, 40);
    const closeStarted = Date.now();
    const closed = await run(
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { status } } }',
      session.id,
    );
    const closeMs = Date.now() - closeStarted;
    await closing.stop();
    expect(closed.errors).toBeUndefined();
    const closeOutcomes = [...closing.outcomes.values()];
    expect(new Set(closeOutcomes.flat())).toEqual(new Set(['OK', 'CONFLICT']));
    // Every voter acknowledged on the second item is in the stored result, once.
    const result = await s.gql(
      'query($id: ID!) { calibrationSession(id: $id) { result { items { itemId votes } } } }',
      { id: session.id },
      facilitator,
    );
    const items = (result.data!.calibrationSession as any).result.items as { itemId: string; votes: number }[];
    const acknowledged = closeOutcomes.filter((o) => o.includes('OK')).length;
    expect(items.find((i) => i.itemId === second!.id)?.votes).toBe(acknowledged);
    // Starved, a close took 18–190 s; the bound is far above a prompt one on a busy machine.
    expect(revealMs).toBeLessThan(10_000);
    expect(closeMs).toBeLessThan(10_000);
  });

  it('lets a participant challenge gold after reveal; a change makes a new result version and keeps the old', async () => {
    const s = server();
    const { session, voters, facilitator, owner, tokens } = await setUp(s, 1, 2);
    const item = session.items[0]!;
    await s.gql(
      'mutation($input: SetCalibrationItemGoldInput!) { setCalibrationItemGold(input: $input) { item { id } } }',
      { input: { itemId: item.id, label: 'violating' } },
      owner,
    );
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: item.id },
      facilitator,
    );
    for (const v of voters)
      await s.gql(VOTE, { input: { itemId: item.id, label: 'borderline' } }, tokens.get(v.user.id));
    const voter = tokens.get(voters[0]!.user.id)!;
    const early = await s.gql(
      'mutation($input: ChallengeGoldInput!) { challengeGold(input: $input) { challenge { id } } }',
      { input: { itemId: item.id, reason: 'The insult is mild and aimed at no one.' } },
      voter,
    );
    expect(codeOf(early)).toBe('CONFLICT');
    await s.gql(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: item.id },
      facilitator,
    );
    await s.gql(
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const challenge = await s.gql(
      'mutation($input: ChallengeGoldInput!) { challengeGold(input: $input) { challenge { id status goldAtChallenge } } }',
      { input: { itemId: item.id, reason: 'The insult is mild and aimed at no one.' } },
      voter,
    );
    expect(challenge.data!.challengeGold.challenge).toMatchObject({ status: 'OPEN', goldAtChallenge: 'violating' });
    const id = (challenge.data!.challengeGold as any).challenge.id;
    expect(
      codeOf(
        await s.gql(
          'mutation($input: ResolveGoldChallengeInput!) { resolveGoldChallenge(input: $input) { challenge { id } } }',
          { input: { challengeId: id, newGold: 'borderline', note: 'Agreed.' } },
          voter,
        ),
      ),
    ).toBe('FORBIDDEN');
    const resolved = await s.gql(
      'mutation($input: ResolveGoldChallengeInput!) { resolveGoldChallenge(input: $input) { challenge { status newGold } } }',
      { input: { challengeId: id, newGold: 'borderline', note: 'Agreed: mild.' } },
      owner,
    );
    expect(resolved.data!.resolveGoldChallenge.challenge).toEqual({ status: 'CHANGED', newGold: 'borderline' });
    const view = await s.gql(
      'query($id: ID!) { calibrationSession(id: $id) { resultVersions v1: result(version: 1) { overall { accuracy { value } } } latest: result { version reason overall { accuracy { value } } } } }',
      { id: session.id },
      facilitator,
    );
    expect(view.data!.calibrationSession).toEqual({
      resultVersions: [1, 2],
      v1: { overall: { accuracy: { value: 0 } } },
      latest: {
        version: 2,
        reason: 'gold of item 1 changed from violating to borderline',
        overall: { accuracy: { value: 1 } },
      },
    });
  });
});

describe('several server processes', () => {
  it('delivers a vote cast on one process to a subscriber of another, through LISTEN/NOTIFY', async () => {
    const a = server();
    const { session, voters, facilitator, tokens } = await setUp(a, 1, 1);
    const b = await startTestServer({ DATABASE_URL: a.databaseUrl });
    try {
      const feed = listen(b.wsClient({ authorization: `Bearer ${facilitator}` }), session.id);
      await feed.until((e) => e.__typename === 'PresenceChanged' && e.total === 1);
      await a.gql(
        'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
        { id: session.id },
        facilitator,
      );
      await a.gql(
        'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
        { id: session.items[0]!.id },
        facilitator,
      );
      const voted = await a.gql(
        VOTE,
        { input: { itemId: session.items[0]!.id, label: 'severe' } },
        tokens.get(voters[0]!.user.id),
      );
      expect(voted.errors).toBeUndefined();
      const tally = await feed.until((e) => e.__typename === 'TallyUpdated' && e.tally.voted === 1);
      expect(tally.tally.itemId).toBe(session.items[0]!.id);
      feed.dispose();
    } finally {
      await b.concord.stop();
    }
  });
});
