// What the analytics tests expect of a history they built: its votes read back from the vote
// table, and the statistics library's figures on them, to hold the API's answers to.
import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import { computeAgreement, createReliabilityData, goldFromLabels } from '../../src/stats/index.js';
import { LABELS } from './calibration-fixtures.js';
import type { TestServer } from './test-server.js';

export type VoteRow = {
  itemId: string;
  userId: string;
  label: string;
  gold: string | null;
  marketId: string;
  vendorId: string | null;
  versionId: string;
  sessionId: string;
  closedAt: Date;
};

/** Every counted vote of the given (closed) sessions, straight from the vote table. */
export async function votesOf(s: TestServer, sessionIds: string[]): Promise<VoteRow[]> {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  return em.execute<VoteRow[]>(
    `select v.item_id as "itemId", v.user_id as "userId", v.label, i.gold_label as gold, p.market_id as "marketId",
            t.vendor_id as "vendorId", s.policy_version_id as "versionId",
            v.session_id as "sessionId", s.closed_at as "closedAt"
       from vote v join calibration_item i on i.id = v.item_id join calibration_session s on s.id = v.session_id
       join calibration_participant p on p.session_id = v.session_id and p.user_id = v.user_id
       join app_user u on u.id = v.user_id left join team t on t.id = u.team_id
      where s.status = 'CLOSED' and v.label is not null and s.id in (?)`,
    [sessionIds],
  );
}

/** How many sessions the votes come from. */
export const sessionCount = (votes: VoteRow[]) => new Set(votes.map((v) => v.sessionId)).size;

/**
 * The statistics library on pooled votes: each item one unit, the categories the fixtures'
 * taxonomy (every version of their policies has it).
 */
export function expected(votes: VoteRow[]) {
  const units = [...new Set(votes.map((v) => v.itemId))];
  const data = createReliabilityData({
    categories: [...new Set([...LABELS.map((l) => l.key), ...votes.map((v) => v.label)])],
    units,
    raters: [...new Set(votes.map((v) => v.userId))],
    ratings: votes.map((v) => ({ unit: v.itemId, rater: v.userId, value: v.label })),
  });
  const goldOf = new Map(votes.map((v) => [v.itemId, v.gold]));
  const gold = goldFromLabels(
    data,
    units.filter((u) => goldOf.get(u)).map((u) => [u, goldOf.get(u)!] as const),
  );
  return computeAgreement(data, { gold, bootstrap: false, perRater: false });
}

export const FIGURES = `sessions items pairableItems votes pairableVotes goldVotes correctVotes goldItems majorityMatchedItems
  percentAgreement { value reason } fleissKappa { value reason } krippendorffAlpha { value reason }
  gwetAC1 { value reason } accuracy { value reason } majorityMatchesGold { value reason }`;

export const RATES = `query($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!]) {
  agreementRates(filter: $filter, groupBy: $groupBy) {
    total { ${FIGURES} }
    rows { market { id code } vendor { id } policy { id } period ${FIGURES} }
    trend { period votes }
  } }`;

/** An agreement-rates row (or total) holds the library's figures on the same votes. */
export function expectSame(row: any, result: ReturnType<typeof expected>) {
  expect(row.items).toBe(result.ratedUnits);
  expect(row.pairableItems).toBe(result.pairableUnits);
  expect(row.votes).toBe(result.ratings);
  expect(row.pairableVotes).toBe(result.pairableValues);
  expect(row.percentAgreement.value).toBeCloseTo(result.percentAgreement.value!, 10);
  expect(row.fleissKappa.value).toBeCloseTo(result.fleissKappa.value!, 10);
  expect(row.krippendorffAlpha.value).toBeCloseTo(result.krippendorffAlpha.value!, 10);
  expect(row.gwetAC1.value).toBeCloseTo(result.gwetAC1.value!, 10);
  expect(row.accuracy.value).toBeCloseTo(result.gold!.accuracy.value!, 10);
  expect(row.goldVotes).toBe(result.gold!.accuracy.total);
  expect(row.correctVotes).toBe(result.gold!.accuracy.correct);
  expect(row.majorityMatchesGold.value).toBeCloseTo(result.gold!.majorityVsGold.share.value!, 10);
}
