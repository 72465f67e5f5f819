// Calibration sessions: a blind session end to end, and the votes it refuses.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { computeSessionResult } from '../src/modules/calibration/calibration-result.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { LABELS } from './support/calibration-fixtures.js';
import { codeOf, listen, setUp, VOTE } from './support/calibration-session.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor } from './support/users.js';
import { alphaBand, landisKochBand } from '../src/stats/index.js';

const server = useTestServer();

describe('a calibration session, end to end over websockets', () => {
  it('runs blind voting through reveal and close, leaks nothing early, and stores what the statistics library computes', async () => {
    const s = server();
    const { session, voters, facilitator, owner, tokens, markets } = await setUp(s);
    const gold = ['violating', 'no_violation', 'borderline'];
    for (const [i, item] of session.items.entries()) {
      const r = await s.gql(
        'mutation($input: SetCalibrationItemGoldInput!) { setCalibrationItemGold(input: $input) { item { id } } }',
        { input: { itemId: item.id, label: gold[i] } },
        owner,
      );
      expect(r.errors).toBeUndefined();
    }

    const voterToken = tokens.get(voters[0]!.user.id)!;
    const voterFeed = listen(s.wsClient({ authorization: `Bearer ${voterToken}` }), session.id);
    const facilitatorFeed = listen(s.wsClient({ authorization: `Bearer ${facilitator}` }), session.id);
    await voterFeed.until((e) => e.__typename === 'PresenceChanged' && e.total === 2);

    expect(
      codeOf(
        await s.gql(
          'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
          { id: session.id },
          voterToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    const started = await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { status } } }',
      { id: session.id },
      facilitator,
    );
    expect(started.data).toEqual({ startCalibrationSession: { session: { status: 'LIVE' } } });

    // Votes: a mix, one abstention per item, each voter's choice recorded for the check below.
    const choices = [
      'violating',
      'violating',
      'borderline',
      'violating',
      'no_violation',
      'violating',
      'severe',
      'violating',
    ];
    const cast: { itemId: string; userId: string; label: string | null }[] = [];
    for (const [i, item] of session.items.entries()) {
      await s.gql(
        'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { state } } }',
        { id: item.id },
        facilitator,
      );
      await voterFeed.until((e) => e.__typename === 'ItemOpened' && e.itemId === item.id);
      // The voters vote at once, as a room does: their tallies coalesce (one after another,
      // each vote took longer than the 50 ms window on a busy machine, and nothing coalesced).
      await Promise.all(
        voters.map(async (v, j) => {
          const label = j === voters.length - 1 ? null : choices[(i + j) % choices.length]!;
          const r = await s.gql(
            VOTE,
            { input: { itemId: item.id, label, rationale: `reason ${i}-${j}` } },
            tokens.get(v.user.id),
          );
          expect(r.errors).toBeUndefined();
          cast.push({ itemId: item.id, userId: v.user.id, label });
        }),
      );
      // A voter changes their mind before the reveal: only the last vote counts.
      const changed = choices[(i + 5) % choices.length]!;
      await s.gql(VOTE, { input: { itemId: item.id, label: changed } }, tokens.get(voters[0]!.user.id));
      cast.find((c) => c.itemId === item.id && c.userId === voters[0]!.user.id)!.label = changed;

      const tally = await voterFeed.until(
        (e) => e.__typename === 'TallyUpdated' && e.tally.itemId === item.id && e.tally.voted === voters.length,
      );
      expect(tally.tally).toMatchObject({ abstained: 1, eligible: voters.length, distribution: null });

      // Blind, by query too: no distribution, no gold, no one else's vote.
      const view = await s.gql(
        'query($id: ID!) { calibrationSession(id: $id) { items { id gold tally { distribution { label } voted } votes { label } myVote { label } } } }',
        { id: session.id },
        voterToken,
      );
      const seen = (view.data!.calibrationSession as any).items.find((x: any) => x.id === item.id);
      expect(seen).toMatchObject({ gold: null, votes: null, tally: { distribution: null, voted: voters.length } });
      expect(seen.myVote.label).toBe(changed);
      const facilitatorView = await s.gql(
        'query($id: ID!) { calibrationSession(id: $id) { items { id gold } } }',
        { id: session.id },
        facilitator,
      );
      expect((facilitatorView.data!.calibrationSession as any).items.find((x: any) => x.id === item.id).gold).toBe(
        gold[i],
      );

      await s.gql(
        'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { state } } }',
        { id: item.id },
        facilitator,
      );
      const revealed = await voterFeed.until((e) => e.__typename === 'ItemRevealed' && e.itemId === item.id);
      expect(revealed.gold).toBe(gold[i]);
      expect(revealed.votes).toHaveLength(voters.length);
      expect(revealed.tally.distribution.reduce((n: number, d: any) => n + d.count, 0)).toBe(voters.length - 1);

      const late = await s.gql(VOTE, { input: { itemId: item.id, label: 'severe' } }, voterToken);
      expect(codeOf(late)).toBe('CONFLICT');
      expect(late.errors![0]!.extensions).toMatchObject({ feature: 'calibration', reason: 'ITEM_REVEALED' });
    }

    // Before the reveal of any event, nothing in the voter's feed carried a distribution or gold.
    const firstReveal = voterFeed.events.findIndex((e) => e.__typename === 'ItemRevealed');
    for (const e of voterFeed.events.slice(0, firstReveal)) {
      expect(JSON.stringify(e)).not.toMatch(/"gold"|"label"/);
    }
    // Tallies were coalesced: far fewer than one message per vote.
    const tallies = voterFeed.events.filter((e) => e.__typename === 'TallyUpdated').length;
    expect(tallies).toBeLessThan(cast.length);

    const closed = await s.gql(
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { status } } }',
      { id: session.id },
      facilitator,
    );
    expect(closed.data).toEqual({ closeCalibrationSession: { session: { status: 'CLOSED' } } });
    expect((await voterFeed.until((e) => e.__typename === 'SessionClosed')).resultVersion).toBe(1);
    expect(codeOf(await s.gql(VOTE, { input: { itemId: session.items[0]!.id, label: 'severe' } }, voterToken))).toBe(
      'CONFLICT',
    );

    // The stored result equals the library's output on the same votes.
    const result = await s.gql(
      `query($id: ID!) { calibrationSession(id: $id) { result { version statsVersion labels confusionMatrix
        overall { votes items raters percentAgreement { value reason } fleissKappa { value band } gwetAC1 { value band }
          krippendorffAlpha { value band } krippendorffAlphaOrdinal { value band } accuracy { value correct total } alphaCI95 { low high } }
        items { itemId gold majority distribution abstentions markets { market majority matchesGold } }
        markets { market votes krippendorffAlpha { value reason } }
        participants { userId accuracy { value } } } } }`,
      { id: session.id },
      facilitator,
    );
    expect(result.errors).toBeUndefined();
    const stored = (result.data!.calibrationSession as any).result;
    const em = s.concord.deps.orm.em.fork();
    const users = await em.find(User, { id: { $in: voters.map((v) => v.user.id) } }, { populate: ['market'] });
    const expected = computeSessionResult({
      labels: LABELS.map((l) => ({ key: l.key, severity: l.severity })),
      items: session.items.map((item, i) => ({ id: item.id, position: item.position, gold: gold[i]! })),
      participants: users
        .map((u) => ({ userId: u.id, name: u.name, market: u.market.code }))
        .sort(
          (a, b) =>
            a.market.localeCompare(b.market) || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId),
        ),
      votes: cast.filter((c): c is { itemId: string; userId: string; label: string } => c.label !== null),
      abstentions: cast.filter((c) => c.label === null),
      seed: Number.parseInt(session.id.replace(/-/g, '').slice(0, 8), 16) % 2 ** 31,
    });
    expect(stored.version).toBe(1);
    expect(stored.statsVersion).toBe(expected.statsVersion);
    expect(stored.confusionMatrix).toEqual(expected.confusionMatrix);
    expect(stored.overall).toMatchObject({
      votes: cast.filter((c) => c.label !== null).length,
      items: 3,
      raters: voters.length,
      percentAgreement: { value: expected.overall.percentAgreement.value },
      // Each coefficient with its reading, as the statistics library places it (ScoreBand).
      fleissKappa: {
        value: expected.overall.fleissKappa.value,
        band: landisKochBand(expected.overall.fleissKappa.value),
      },
      gwetAC1: { value: expected.overall.gwetAC1.value, band: landisKochBand(expected.overall.gwetAC1.value) },
      krippendorffAlpha: {
        value: expected.overall.krippendorffAlpha.value,
        band: alphaBand(expected.overall.krippendorffAlpha.value),
      },
      krippendorffAlphaOrdinal: {
        value: expected.overall.krippendorffAlphaOrdinal!.value,
        band: alphaBand(expected.overall.krippendorffAlphaOrdinal!.value),
      },
      accuracy: { value: expected.overall.accuracy.value, correct: expected.overall.accuracy.correct },
      alphaCI95: { low: expected.overall.alphaCI95.low, high: expected.overall.alphaCI95.high },
    });
    expect(stored.items.map((i: any) => i.distribution)).toEqual(expected.items.map((i) => i.distribution));
    expect(stored.items.map((i: any) => i.abstentions)).toEqual([1, 1, 1]);
    expect(stored.markets.map((m: any) => m.market)).toEqual([markets.de, markets.it, markets.ko]);
    expect(stored.participants).toHaveLength(voters.length);

    // A voter (a moderator) gets the figures but not the per-participant accuracy.
    const asVoter = await s.gql(
      'query($id: ID!) { calibrationSession(id: $id) { result { participants { userId } overall { votes } } } }',
      { id: session.id },
      voterToken,
    );
    expect((asVoter.data!.calibrationSession as any).result).toMatchObject({
      participants: null,
      overall: { votes: stored.overall.votes },
    });

    voterFeed.dispose();
    facilitatorFeed.dispose();
    expect(voterFeed.errors).toEqual([]);
  });

  it('refuses votes from outsiders, unknown labels, and voting on an item that is not open', async () => {
    const s = server();
    const { session, voters, facilitator, tokens } = await setUp(s, 2, 1);
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const item = session.items[0]!;
    const voter = tokens.get(voters[0]!.user.id)!;
    expect(codeOf(await s.gql(VOTE, { input: { itemId: item.id, label: 'violating' } }, voter))).toBe('CONFLICT');
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: item.id },
      facilitator,
    );
    // A moderator of another vendor, in a market not invited.
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const pt = await createMarket(em, 'pt');
    const elsewhere = await createTeam(em, { market: pt, vendor: await createVendor(em) });
    const outsider = await s.signIn((await createUser(em, Role.MODERATOR, pt, { team: elsewhere })).email);
    expect(codeOf(await s.gql(VOTE, { input: { itemId: item.id, label: 'violating' } }, outsider))).toBe('FORBIDDEN');
    const unknown = await s.gql(VOTE, { input: { itemId: item.id, label: 'spam' } }, voter);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.message).toContain('no_violation, borderline, violating, severe');
    expect(unknown.errors![0]!.extensions).toMatchObject({
      feature: 'calibration',
      reason: 'UNKNOWN_LABEL',
      labels: ['no_violation', 'borderline', 'violating', 'severe'],
    });
    expect(codeOf(await s.gql(VOTE, { input: { itemId: 'not-a-uuid', label: 'violating' } }, voter))).toBe(
      'BAD_USER_INPUT',
    );
    // An outsider cannot read the session either, nor learn that it exists.
    const read = await s.gql('query($id: ID!) { calibrationSession(id: $id) { id } }', { id: session.id }, outsider);
    expect(codeOf(read)).toBe('NOT_FOUND');
    const sub = listen(s.wsClient({ authorization: `Bearer ${outsider}` }), session.id);
    await expect.poll(() => sub.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
  });
});
