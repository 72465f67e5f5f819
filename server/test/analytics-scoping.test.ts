// Who sees which analytics, the drill-downs and the CSV export, on a history of the file's own
// (support/analytics-fixtures.ts); the pooled figures themselves are in analytics-pooling.
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { createAnalyticsHistory, HISTORY_CLOSINGS } from './support/analytics-fixtures.js';
import { expected, expectSame, RATES, sessionCount, votesOf, type VoteRow } from './support/analytics-figures.js';
import { codeOf, testUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createVendor } from './support/users.js';

const server = useTestServer();

const EXPORT = 'query($input: AnalyticsExportInput!) { analyticsExport(input: $input) }';

/** The label counts of each item's votes. */
function distributions(votes: VoteRow[]) {
  const items = new Map<string, Map<string, number>>();
  for (const v of votes) {
    const counts = items.get(v.itemId) ?? new Map<string, number>();
    counts.set(v.label, (counts.get(v.label) ?? 0) + 1);
    items.set(v.itemId, counts);
  }
  return items;
}

/** An item's share of agreeing vote pairs: Σ n(n−1) / m(m−1). */
function agreement(counts: number[]) {
  const m = counts.reduce((a, b) => a + b, 0);
  return counts.reduce((a, n) => a + n * (n - 1), 0) / (m * (m - 1));
}

describe('analytics scoping, drill-downs and export', () => {
  let manager: string;
  let specialist: string;
  let moderator: string;
  let history: Awaited<ReturnType<typeof createAnalyticsHistory>>;
  let votes: VoteRow[];
  /** Only the file's own policy: other files write sessions to the same database. */
  const own = () => ({ policyIds: [history.policy.id] });
  beforeAll(async () => {
    const s = server();
    history = await createAnalyticsHistory(s.concord.deps.orm.em.fork() as EntityManager);
    manager = await s.signIn(history.manager);
    specialist = await s.signIn(history.facilitators[0]!.email);
    moderator = await s.signIn(history.users.find((u) => u.role === Role.MODERATOR)!.email);
    votes = await votesOf(s, history.sessions);
  });

  it("limits a vendor's staff to their own vendor's votes and people", async () => {
    const s = server();
    const ownVoter = history.voters.find((v) => v.vendorId)!;
    const vendorId = ownVoter.vendorId!;
    const vendorQa = await testUser(s, { role: Role.QA_MANAGER, team: { id: ownVoter.teamId } });
    const other = await createVendor(s.concord.deps.orm.em.fork() as EntityManager);
    // No filter: the vendor is the file's own, so all it may see is the history's vendor votes.
    const r = await s.gql(RATES, { groupBy: ['VENDOR'] }, vendorQa.token);
    expect(r.errors).toBeUndefined();
    const ofVendor = votes.filter((v) => v.vendorId === vendorId);
    expect(ofVendor.length).toBeGreaterThan(0);
    expect(ofVendor.length).toBeLessThan(votes.length);
    expectSame(r.data.agreementRates.total, expected(ofVendor));
    expect(r.data.agreementRates.total.sessions).toBe(sessionCount(ofVendor));
    expect(r.data.agreementRates.rows.map((row: any) => row.vendor?.id)).toEqual([vendorId]);
    expect(codeOf(await s.gql(RATES, { filter: { vendorIds: [other.id] } }, vendorQa.token))).toBe('NOT_FOUND');

    const LOW = `query($filter: AnalyticsFilter) {
      lowAccuracyParticipants(filter: $filter, threshold: 1, minVotes: 1, limit: 1000) { user { id } accuracy } }`;
    const mine = await s.gql(LOW, {}, vendorQa.token);
    expect(mine.errors).toBeUndefined();
    const vendorOf = new Map(votes.map((v) => [v.userId, v.vendorId]));
    expect(mine.data.lowAccuracyParticipants.length).toBeGreaterThan(0);
    for (const p of mine.data.lowAccuracyParticipants) expect(vendorOf.get(p.user.id)).toBe(vendorId);
    const all = await s.gql(LOW, { filter: own() }, manager);
    expect(all.errors).toBeUndefined();
    expect(all.data.lowAccuracyParticipants.length).toBeGreaterThan(mine.data.lowAccuracyParticipants.length);
    // Sessions, gold counts and the latest session's market, against the votes themselves.
    const detailed = await s.gql(
      `query($filter: AnalyticsFilter) { lowAccuracyParticipants(filter: $filter, threshold: 1, minVotes: 1, limit: 1000) {
        user { id } market { id } sessions goldVotes correctVotes accuracy } }`,
      { filter: own() },
      manager,
    );
    expect(detailed.errors).toBeUndefined();
    // Everyone misreads now and then, so everyone is under an accuracy of 1.
    expect(detailed.data.lowAccuracyParticipants).toHaveLength(history.voters.length);
    for (const p of detailed.data.lowAccuracyParticipants) {
      const theirs = votes.filter((v) => v.userId === p.user.id);
      expect(p.sessions).toBe(sessionCount(theirs));
      expect(p.goldVotes).toBe(theirs.filter((v) => v.gold).length);
      expect(p.correctVotes).toBe(theirs.filter((v) => v.gold && v.gold === v.label).length);
      expect(p.accuracy).toBeCloseTo(p.correctVotes / p.goldVotes, 12);
      const last = theirs.reduce((a, b) => (new Date(b.closedAt) > new Date(a.closedAt) ? b : a));
      expect(p.market.id).toBe(last.marketId);
    }

    expect(codeOf(await s.gql(LOW, {}, specialist))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(RATES, {}, moderator))).toBe('FORBIDDEN');

    const vendors = await s.gql('query { vendorComparison { vendor { id } items } }', {}, vendorQa.token);
    expect(vendors.errors).toBeUndefined();
    expect(vendors.data.vendorComparison.length).toBeGreaterThan(0);
    for (const row of vendors.data.vendorComparison) expect(row.vendor?.id).toBe(vendorId);
  });

  it('answers the drill-downs and comparisons, and exports them as CSV', async () => {
    const s = server();
    const r = await s.gql(
      `query($filter: AnalyticsFilter) {
        contestedItems(filter: $filter, limit: 5) { itemId votes percentAgreement distribution { label count } }
        divergentItems(filter: $filter, limit: 5) { itemId divergence markets { market { code } majority } }
        confusedLabelPairs(filter: $filter, limit: 1000) { policy { key } labelA labelB disagreements share goldAChoseB goldBChoseA }
        marketDrift(filter: $filter) { market { code } policy { key } accuracy { value } allMarketsAccuracy { value } drift }
        vendorComparison(filter: $filter) { vendor { name } items accuracy { value } }
        analyticsOptions { markets { code } facilitators { id } firstClosedAt lastClosedAt }
      }`,
      { filter: own() },
      manager,
    );
    expect(r.errors).toBeUndefined();
    const byItem = distributions(votes);
    // The five least agreed items, least first, each with its own votes' distribution.
    const contested = r.data.contestedItems;
    expect(contested.length).toBe(5);
    const lowest = [...byItem.values()].map((counts) => agreement([...counts.values()])).sort((a, b) => a - b);
    for (const [i, item] of contested.entries()) {
      const counts = byItem.get(item.itemId)!;
      expect(Object.fromEntries(item.distribution.map((d: any) => [d.label, d.count]))).toEqual(
        Object.fromEntries(counts),
      );
      expect(item.votes).toBe(votes.filter((v) => v.itemId === item.itemId).length);
      expect(item.percentAgreement).toBeCloseTo(agreement([...counts.values()]), 12);
      expect(item.percentAgreement).toBeCloseTo(lowest[i]!, 12);
    }
    // The German reviewers read each session's first item otherwise: those items diverge.
    expect(r.data.divergentItems.length).toBeGreaterThan(0);
    for (const item of r.data.divergentItems) {
      expect(item.divergence).toBeGreaterThan(0);
      expect(new Set(item.markets.map((m: any) => m.majority ?? `tie-${m.market.code}`)).size).toBeGreaterThan(1);
    }
    // The pairs' disagreements add up to every differing vote pair of an item.
    const pairs = r.data.confusedLabelPairs;
    expect(pairs[0].disagreements).toBeGreaterThan(0);
    let differing = 0;
    for (const counts of byItem.values()) {
      const ns = [...counts.values()];
      for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) differing += ns[a]! * ns[b]!;
    }
    expect(pairs.reduce((n: number, p: any) => n + p.disagreements, 0)).toBe(differing);
    expect(r.data.marketDrift.map((d: any) => d.market.code).sort()).toEqual(
      [history.codes.it, history.codes.de].sort(),
    );
    // The options span every market and facilitator, the file's own among them.
    const options = r.data.analyticsOptions;
    expect(options.markets.map((m: any) => m.code)).toEqual(
      expect.arrayContaining([history.codes.it, history.codes.de]),
    );
    expect(options.facilitators.map((f: any) => f.id)).toEqual(
      expect.arrayContaining(history.facilitators.map((f) => f.id)),
    );
    expect(new Date(options.firstClosedAt).getTime()).toBeLessThanOrEqual(Date.parse(HISTORY_CLOSINGS[0]!));
    expect(new Date(options.lastClosedAt).getTime()).toBeGreaterThanOrEqual(Date.parse(HISTORY_CLOSINGS.at(-1)!));

    const csv = await s.gql(
      EXPORT,
      { input: { table: 'AGREEMENT_RATES', filter: own(), groupBy: ['MARKET'] } },
      manager,
    );
    expect(csv.errors).toBeUndefined();
    const lines = csv.data.analyticsExport.trim().split('\r\n');
    expect(lines[0]).toBe(
      'market,sessions,items,pairable_items,votes,percent_agreement,fleiss_kappa,krippendorff_alpha,gwet_ac1,accuracy,gold_votes,correct_votes,majority_matches_gold',
    );
    const rates = await s.gql(RATES, { filter: own(), groupBy: ['MARKET'] }, manager);
    expect(lines.length - 1).toBe(rates.data.agreementRates.rows.length);
    expect(lines.length - 1).toBe(2);
    const first = rates.data.agreementRates.rows[0];
    expect(lines[1]!.split(',').slice(0, 5)).toEqual(
      [first.market.code, first.sessions, first.items, first.pairableItems, first.votes].map(String),
    );
    // And those figures are the market's own votes'.
    const ofFirst = votes.filter((v) => v.marketId === first.market.id);
    const figures = expected(ofFirst);
    expect(lines[1]!.split(',').slice(1, 5)).toEqual(
      [sessionCount(ofFirst), figures.ratedUnits, figures.pairableUnits, figures.ratings].map(String),
    );
    for (const table of [
      'TREND',
      'CONTESTED_ITEMS',
      'CONFUSED_LABEL_PAIRS',
      'MARKET_DRIFT',
      'DIVERGENT_ITEMS',
      'VENDORS',
    ]) {
      const out = await s.gql(EXPORT, { input: { table, filter: own() } }, manager);
      expect(out.errors).toBeUndefined();
      expect(out.data.analyticsExport.trim().split('\r\n').length, table).toBeGreaterThan(2);
    }
    const refused = await s.gql(EXPORT, { input: { table: 'LOW_ACCURACY_PARTICIPANTS' } }, specialist);
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });
});
