import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { computeSessionResult } from '../src/modules/calibration/calibration-result.js';
import { Audit } from '../src/modules/audit/audit.entity.js';
import { AuditStatus, ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import { SamplingPlan } from '../src/modules/audit/sampling-plan.entity.js';
import { SamplingRun } from '../src/modules/audit/sampling-run.entity.js';
import { Case } from '../src/modules/case/case.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { LABELS } from './support/calibration-fixtures.js';
import { codeOf, listen, setUp, VOTE } from './support/calibration-session.js';
import { useTestServer } from './support/test-server.js';
import { alphaBand, landisKochBand } from '../src/stats/index.js';

const server = useTestServer();

describe('a calibration session, end to end over websockets', () => {
  it('runs blind voting through reveal and close, leaks nothing early, and stores what the statistics library computes', async () => {
    const s = server();
    const { session, voters, facilitator, tokens } = await setUp(s);
    const owner = await s.signIn('policy@concord.demo');
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
    expect(stored.markets.map((m: any) => m.market)).toEqual(['de-DE', 'it-IT', 'ko-KR']);
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
    const outsider = await s.signIn('moderator.pt@concord.demo');
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

  it("hides a blind item's moderator decision and a pending item's content from voters, and other vendors' names", async () => {
    const s = server();
    const { session, voters, facilitator, tokens } = await setUp(s, 2, 1);
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const [first, second] = session.items;
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    const italian = voters.find((v) => v.market === 'it-IT')!;
    const korean = voters.find((v) => v.market === 'ko-KR')!;
    for (const v of voters)
      await s.gql(VOTE, { input: { itemId: first!.id, label: 'violating', rationale: 'why' } }, tokens.get(v.user.id));
    const CASES = `query($id: ID!) { calibrationSession(id: $id) {
      participants { user { name } }
      items { id state case { text decision decisionLabel { key } moderator { name } } votes { participantName market } } } }`;
    const asVoter = (await s.gql(CASES, { id: session.id }, tokens.get(italian.user.id))).data!
      .calibrationSession as any;
    const voting = asVoter.items.find((i: any) => i.id === first!.id);
    const pending = asVoter.items.find((i: any) => i.id === second!.id);
    expect(voting.case).toMatchObject({ decision: null, decisionLabel: null, moderator: null });
    expect(voting.case.text).toMatch(/Sample comment/);
    expect(pending.case).toMatchObject({ text: null, decision: null, moderator: null });
    const asFacilitator = (await s.gql(CASES, { id: session.id }, facilitator)).data!.calibrationSession as any;
    expect(asFacilitator.items[0].case.decision).not.toBeNull();
    expect(asFacilitator.items[1].case.text).not.toBeNull();

    // Lumen BPO (it-IT) and Harbor CX (ko-KR) never see each other's people.
    const names = asVoter.participants.map((p: any) => p.user.name);
    expect(names).toContain(italian.user.name);
    expect(names).not.toContain(korean.user.name);
    await s.gql(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    const revealed = (await s.gql(CASES, { id: session.id }, tokens.get(italian.user.id))).data!
      .calibrationSession as any;
    const votes = revealed.items.find((i: any) => i.id === first!.id).votes;
    expect(votes.find((v: any) => v.market === 'ko-KR').participantName).toBe('Reviewer');
    expect(votes.find((v: any) => v.market === 'it-IT').participantName).toBe(italian.user.name);
    expect(revealed.items.find((i: any) => i.id === first!.id).case.decision).not.toBeNull();
    const staffView = (await s.gql(CASES, { id: session.id }, facilitator)).data!.calibrationSession as any;
    expect(staffView.items[0].votes.map((v: any) => v.participantName)).toContain(korean.user.name);
  });

  it("keeps an item's decision hidden from its voters when they reach the case through case(id) or cases", async () => {
    const s = server();
    const { session, voters, facilitator, tokens, version } = await setUp(s, 2, 1);
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const [first] = session.items;
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    const staff = (
      await s.gql(
        'query($id: ID!) { calibrationSession(id: $id) { items { id case { id } } } }',
        { id: session.id },
        facilitator,
      )
    ).data!.calibrationSession as any;
    const [openCase, pendingCase] = staff.items.map((i: any) => i.case.id as string);
    // The Italian voter is on the vendor team whose moderator decided these cases: they may read them...
    const italian = tokens.get(voters.find((v) => v.market === 'it-IT')!.user.id);
    const CASE = 'query($id: ID!) { case(id: $id) { id text decision decisionLabel { key } moderator { name } } }';
    const LIST = `query($policyVersionId: ID!) { cases(filter: { policyVersionId: $policyVersionId }) {
      edges { node { id text decision moderator { name } } } } }`;
    // ...but not the decision while the item waits for their vote, nor a pending item's content.
    expect((await s.gql(CASE, { id: openCase }, italian)).data!.case).toMatchObject({
      id: openCase,
      decision: null,
      decisionLabel: null,
      moderator: null,
    });
    expect((await s.gql(CASE, { id: pendingCase }, italian)).data!.case).toMatchObject({ text: null, decision: null });
    const listed = ((await s.gql(LIST, { policyVersionId: version.id }, italian)).data!.cases as any).edges.map(
      (e: any) => e.node,
    );
    expect(listed).toHaveLength(2);
    for (const node of listed) expect(node).toMatchObject({ decision: null, moderator: null });
    // Nor through an audit of the case (here the voter's own, as its moderator): until the
    // reveal the audit does not exist for its voter (its verdict, labels, feedback, appeal
    // and counts would all hint at the answer).
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const italianUser = voters.find((v) => v.market === 'it-IT')!.user;
    const audited = await em.findOneOrFail(Case, openCase, { populate: ['team'] });
    const manager = await em.findOneOrFail(User, { email: 'qa.manager@concord.demo' });
    const plan = em.create(SamplingPlan, { name: 'blind check', seed: 1, countPerDay: 1, createdBy: manager });
    const day = audited.decidedAt.toISOString().slice(0, 10);
    const run = em.create(SamplingRun, { plan, day, candidates: 1, drawn: 1 });
    const audit = em.create(Audit, {
      run,
      case: audited,
      day,
      moderator: italianUser,
      team: audited.team,
      market: audited.market,
      queue: audited.queue,
      policy: audited.policy,
      decidedLabel: audited.decision,
      status: AuditStatus.COMPLETED,
      verdict: Verdict.INCORRECT,
      expectedLabel: LABELS.find((l) => l.key !== audited.decision)!.key,
      errorCategory: ErrorCategory.MISSED_VIOLATION,
      feedback: 'The expected label is the other one.',
      auditedAt: new Date(),
    });
    await em.flush();
    const AUDIT = `query($id: ID!) { audit(id: $id) { decidedLabel expectedLabel errorCategory feedback
      decidedTaxonomyLabel { key } expectedTaxonomyLabel { key } case { decision moderator { name } } } }`;
    expect(codeOf(await s.gql(AUDIT, { id: audit.id }, italian))).toBe('NOT_FOUND');
    const ownAudits = await s.gql('{ audits { totalCount edges { node { id } } } }', {}, italian);
    expect((ownAudits.data!.audits as any).edges.map((e: any) => e.node.id)).not.toContain(audit.id);
    // Staff who are not voting see it whole; after reveal, so does the voter.
    expect(((await s.gql(AUDIT, { id: audit.id }, facilitator)).data!.audit as any).expectedLabel).not.toBeNull();
    expect(((await s.gql(CASE, { id: openCase }, facilitator)).data!.case as any).decision).not.toBeNull();
    await s.gql(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    expect(((await s.gql(CASE, { id: openCase }, italian)).data!.case as any).decision).not.toBeNull();
    expect(((await s.gql(CASE, { id: pendingCase }, italian)).data!.case as any).decision).toBeNull();
    expect((await s.gql(AUDIT, { id: audit.id }, italian)).data!.audit).toMatchObject({
      decidedLabel: audited.decision,
      feedback: 'The expected label is the other one.',
      case: { decision: audited.decision },
    });
  });
});
