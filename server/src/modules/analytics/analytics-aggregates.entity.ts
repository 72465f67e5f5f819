import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/*
 * Aggregates kept for manager analytics, written once per closed session (in the close
 * transaction, and again when a gold change stores a new result) and by the demo
 * generator; read only by analytics.service.ts. Why they exist and how they add up is
 * in analytics-aggregates.ts. Ids are plain uuid columns, not relations: these rows are
 * derived data written in bulk, and foreign keys (with their indexes) would only slow
 * the writes.
 *
 * `level` says which voters a row counts (a bit set, see ScopeLevel): 0 all of the
 * session's voters; 1 one market's (market_id); 2 one vendor's (vendor_id, null: the
 * platform's own staff); 3 market and vendor; 6 one team's (team_id, with its
 * vendor_id); 7 market and team. The session's policy, version, facilitator and close
 * time are repeated on every row so that a query filters and groups one table.
 */

abstract class ScopedRow {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'smallint' })
  level!: number;

  @Property({ type: 'uuid', nullable: true })
  marketId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  vendorId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  policyVersionId!: string;

  @Property({ type: 'uuid' })
  facilitatorId!: string;

  @Property({ type: 'datetime' })
  closedAt!: Date;
}

/** The sufficient statistics of one session's votes in one scope (see analytics-aggregates.ts). */
@Entity()
@Index({ properties: ['level', 'closedAt'] })
@Index({ properties: ['sessionId'] })
export class AnalyticsScopeStat extends ScopedRow {
  /** Units (items) with at least one vote: n1. */
  @Property({ type: 'integer' }) units!: number;
  @Property({ type: 'integer' }) pairableUnits!: number;
  @Property({ type: 'integer' }) votes!: number;
  /** Votes on pairable units: Krippendorff's n. */
  @Property({ type: 'integer' }) pairableVotes!: number;
  /** Σ over pairable units of P_u. */
  @Property({ type: 'double' }) sumUnitAgreement!: number;
  /** Σ over pairable units of (m_u² − Σ_k n_uk²) / (m_u − 1): alpha's observed coincidences off the diagonal. */
  @Property({ type: 'double' }) observedDisagreement!: number;
  @Property({ type: 'integer' }) goldUnits!: number;
  @Property({ type: 'integer' }) goldVotes!: number;
  @Property({ type: 'integer' }) correctVotes!: number;
  /** Gold units whose unique majority is the gold. */
  @Property({ type: 'integer' }) majorityMatched!: number;
}

/** Per label of one scope row: the additive parts of the chance terms. */
@Entity()
@Index({ properties: ['level', 'closedAt'] })
@Index({ properties: ['sessionId'] })
export class AnalyticsLabelStat extends ScopedRow {
  @Property({ length: 100 }) label!: string;
  /** Σ over rated units of n_uk / m_u (π_k times n1). */
  @Property({ type: 'double' }) unitShare!: number;
  /** Σ over pairable units of n_uk: alpha's n_c. */
  @Property({ type: 'integer' }) pairableVotes!: number;
}

/** Two labels (label_a < label_b) voters split between, per scope row (levels 0-3). */
@Entity()
@Index({ properties: ['level', 'closedAt'] })
@Index({ properties: ['sessionId'] })
export class AnalyticsLabelPair extends ScopedRow {
  @Property({ length: 100 }) labelA!: string;
  @Property({ length: 100 }) labelB!: string;
  /** Σ over units of n_ua × n_ub: pairs of votes on one item, one for each. */
  @Property({ type: 'integer' }) disagreements!: number;
  @Property({ type: 'integer', fieldName: 'gold_a_chose_b' }) goldAChoseB!: number;
  @Property({ type: 'integer', fieldName: 'gold_b_chose_a' }) goldBChoseA!: number;
}

/** One item's votes in one scope (levels 0-3), ranked by the drill-downs through their indexes. */
@Entity()
@Index({ properties: ['level', 'agreement'] })
@Index({ properties: ['level', 'divergence'] })
@Index({ properties: ['sessionId'] })
export class AnalyticsItemStat extends ScopedRow {
  @Property({ type: 'uuid' }) itemId!: string;
  @Property({ type: 'uuid' }) caseId!: string;
  @Property({ type: 'integer' }) position!: number;
  @Property({ length: 100, nullable: true }) gold!: string | null;
  @Property({ type: 'integer' }) votes!: number;
  @Property({ type: 'integer' }) correctVotes!: number;
  /** P_u; null under two votes. */
  @Property({ type: 'double', nullable: true }) agreement!: number | null;
  @Property({ length: 100, nullable: true }) majority!: string | null;
  @Property({ type: 'double' }) majorityShare!: number;
  /** [{label, count}], most chosen first. */
  @Property({ type: 'json' }) distribution!: unknown;
  /** Levels 0 and 2: [{marketId, votes, majority, majorityShare}] per market that voted. */
  @Property({ type: 'json', nullable: true }) markets!: unknown;
  /** Levels 0 and 2: share of markets whose majority is not the most common one; null under two markets. */
  @Property({ type: 'double', nullable: true }) divergence!: number | null;
}

/** One participant's votes in one session, against gold. */
@Entity()
@Index({ properties: ['closedAt'] })
@Index({ properties: ['sessionId'] })
// A participant's latest market in a period: the last row of theirs, found backwards through this index.
@Index({ properties: ['userId', 'closedAt'] })
export class AnalyticsParticipantStat {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' }) sessionId!: string;
  @Property({ type: 'uuid' }) userId!: string;
  @Property({ type: 'uuid' }) marketId!: string;
  @Property({ type: 'uuid', nullable: true }) vendorId!: string | null;
  @Property({ type: 'uuid', nullable: true }) teamId!: string | null;
  @Property({ type: 'uuid' }) policyId!: string;
  @Property({ type: 'uuid' }) policyVersionId!: string;
  @Property({ type: 'uuid' }) facilitatorId!: string;
  @Property({ type: 'datetime' }) closedAt!: Date;
  @Property({ type: 'integer' }) votes!: number;
  @Property({ type: 'integer' }) goldVotes!: number;
  @Property({ type: 'integer' }) correctVotes!: number;
}

/*
 * Monthly roll-ups of the two tables above, for agreement rates: one row per (UTC month,
 * level, market, vendor, team, policy, version, facilitator) with the sums of the
 * session rows in it, and `sessions`, how many sessions they are (a session has one row
 * per scope and level, so within a cell its rows never repeat). Rebuilt per cell from
 * the session rows (analytics-aggregates.ts, refreshMonthlyRollups), never edited in place.
 */
abstract class MonthRow {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  /** date_trunc('month', closed_at, 'UTC'). */
  @Property({ type: 'datetime' })
  month!: Date;

  @Property({ type: 'smallint' })
  level!: number;

  @Property({ type: 'uuid', nullable: true })
  marketId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  vendorId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  policyVersionId!: string;

  @Property({ type: 'uuid' })
  facilitatorId!: string;
}

@Entity()
@Index({ properties: ['level', 'month'] })
@Index({ properties: ['month', 'policyVersionId', 'facilitatorId'] })
export class AnalyticsScopeMonth extends MonthRow {
  @Property({ type: 'integer' }) sessions!: number;
  @Property({ type: 'integer' }) units!: number;
  @Property({ type: 'integer' }) pairableUnits!: number;
  @Property({ type: 'integer' }) votes!: number;
  @Property({ type: 'integer' }) pairableVotes!: number;
  @Property({ type: 'double' }) sumUnitAgreement!: number;
  @Property({ type: 'double' }) observedDisagreement!: number;
  @Property({ type: 'integer' }) goldUnits!: number;
  @Property({ type: 'integer' }) goldVotes!: number;
  @Property({ type: 'integer' }) correctVotes!: number;
  @Property({ type: 'integer' }) majorityMatched!: number;
}

@Entity()
@Index({ properties: ['level', 'month'] })
@Index({ properties: ['month', 'policyVersionId', 'facilitatorId'] })
export class AnalyticsLabelMonth extends MonthRow {
  @Property({ length: 100 }) label!: string;
  @Property({ type: 'double' }) unitShare!: number;
  @Property({ type: 'integer' }) pairableVotes!: number;
}
