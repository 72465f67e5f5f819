import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden, notFound, unauthenticated } from '../../app/errors.js';
import { policyVersionScope, teamScope, userScope } from '../../app/scope.js';
import type { Viewer } from '../../app/viewer.js';
import { chanceCorrected, defined, type Stat, undefinedStat } from '../../stats/index.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { ScopeLevel } from './session-aggregates.js';
import { toCsv } from './analytics-csv.js';
import { AnalyticsDimension, AnalyticsTable, TrendInterval } from './analytics.enums.js';
import type { AnalyticsExportInput, AnalyticsFilter } from './analytics.inputs.js';
import type {
  AgreementRateRow,
  AgreementRates,
  AnalyticsItem,
  AnalyticsOptions,
  ConfusedLabelPair,
  DivergentItem,
  LowAccuracyParticipant,
  MarketDrift,
  VendorComparisonRow,
} from './analytics.types.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

/** A filter after the viewer's scope is applied: a vendor's staff always carry their vendor. */
type Scoped = AnalyticsFilter & { vendorIds?: string[] };

/** The SQL of a dimension's group key over the aggregate tables. */
const KEY_SQL: Record<AnalyticsDimension, string> = {
  MARKET: 'market_id',
  POLICY: 'policy_id',
  POLICY_VERSION: 'policy_version_id',
  VENDOR: 'vendor_id',
  TEAM: 'team_id',
  FACILITATOR: 'facilitator_id',
  MONTH: "date_trunc('month', closed_at, 'UTC')",
  WEEK: "date_trunc('week', closed_at, 'UTC')",
};

type Sums = {
  keys: unknown[];
  sessions: number;
  units: number;
  pairableUnits: number;
  votes: number;
  pairableVotes: number;
  sumUnitAgreement: number;
  observedDisagreement: number;
  goldUnits: number;
  goldVotes: number;
  correctVotes: number;
  majorityMatched: number;
  versions: string[];
};

type LabelSums = { keys: unknown[]; label: string; unitShare: number; pairableVotes: number };

type Figures = Omit<
  AgreementRateRow,
  'market' | 'policy' | 'policyVersion' | 'vendor' | 'team' | 'facilitator' | 'period'
>;

const stat = (s: Stat) => ({ value: s.value, reason: s.reason ?? null });
const ratio = (part: number, whole: number, reason: 'no gold' | 'no pairable unit') =>
  stat(whole > 0 ? defined(part / whole) : undefinedStat(reason));

/**
 * STATS.md's figures from pooled sums (see analytics-aggregates.ts): the same formulas
 * as the statistics library, finished from the additive parts. `categories` is q, the
 * size of the union of the taxonomies involved.
 */
export function figuresOf(sums: Omit<Sums, 'keys' | 'versions'>, labels: LabelSums[], categories: number): Figures {
  const pa = sums.pairableUnits > 0 ? sums.sumUnitAgreement / sums.pairableUnits : null;
  let fleiss: Stat = undefinedStat('no pairable unit');
  let gwet: Stat = undefinedStat('no pairable unit');
  if (pa !== null) {
    let squares = 0;
    for (const l of labels) squares += (l.unitShare / sums.units) ** 2;
    fleiss = chanceCorrected(pa, squares);
    gwet =
      categories < 2 ? undefinedStat('fewer than 2 categories') : chanceCorrected(pa, (1 - squares) / (categories - 1));
  }
  const n = sums.pairableVotes;
  let alpha: Stat;
  const used = labels.filter((l) => l.pairableVotes > 0);
  if (n < 2) alpha = undefinedStat('too few values');
  else if (used.length < 2) alpha = undefinedStat('no variation');
  else {
    const expected = n * n - used.reduce((sum, l) => sum + l.pairableVotes * l.pairableVotes, 0);
    alpha =
      expected > 0 ? defined(1 - ((n - 1) * sums.observedDisagreement) / expected) : undefinedStat('no variation');
  }
  return {
    sessions: sums.sessions,
    items: sums.units,
    pairableItems: sums.pairableUnits,
    votes: sums.votes,
    pairableVotes: sums.pairableVotes,
    percentAgreement: stat(pa === null ? undefinedStat('no pairable unit') : defined(pa)),
    fleissKappa: stat(fleiss),
    krippendorffAlpha: stat(alpha),
    gwetAC1: stat(gwet),
    accuracy: ratio(sums.correctVotes, sums.goldVotes, 'no gold'),
    goldVotes: sums.goldVotes,
    correctVotes: sums.correctVotes,
    majorityMatchesGold: ratio(sums.majorityMatched, sums.goldUnits, 'no gold'),
    goldItems: sums.goldUnits,
    majorityMatchedItems: sums.majorityMatched,
  };
}

const ZERO: Omit<Sums, 'keys' | 'versions'> = {
  sessions: 0,
  units: 0,
  pairableUnits: 0,
  votes: 0,
  pairableVotes: 0,
  sumUnitAgreement: 0,
  observedDisagreement: 0,
  goldUnits: 0,
  goldVotes: 0,
  correctVotes: 0,
  majorityMatched: 0,
};

const keyString = (keys: unknown[]) =>
  keys.map((k) => (k instanceof Date ? k.toISOString() : k === null ? '' : String(k))).join('|');

type Group = { sums: Sums; labels: LabelSums[] };

/** Several groups' sums added up into one (under `keys`): every part of Sums is additive. */
function mergeGroups(groups: Group[], keys: unknown[] = []): Group {
  const sums: Sums = { ...ZERO, keys, versions: [] };
  const labels = new Map<string, LabelSums>();
  const versions = new Set<string>();
  for (const g of groups) {
    for (const field of Object.keys(ZERO) as (keyof typeof ZERO)[]) sums[field] += g.sums[field];
    for (const v of g.sums.versions) versions.add(v);
    for (const l of g.labels) {
      const had = labels.get(l.label);
      if (had) {
        had.unitShare += l.unitShare;
        had.pairableVotes += l.pairableVotes;
      } else labels.set(l.label, { ...l, keys });
    }
  }
  sums.versions = [...versions];
  return { sums, labels: [...labels.values()] };
}

const monthFloor = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
/** The first whole month at or after `at`. */
const monthCeil = (at: Date) => {
  const floor = monthFloor(at);
  return floor.getTime() === at.getTime() ? floor : new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
};

/** A WHERE clause over one aggregate table (columns optionally prefixed by an alias). */
function where(filter: Scoped, options: { level?: number; alias?: string } = {}) {
  const a = options.alias ? `${options.alias}.` : '';
  const sql: string[] = [];
  const params: unknown[] = [];
  if (options.level !== undefined) {
    sql.push(`${a}level = ?`);
    params.push(options.level);
  }
  if (filter.from) {
    sql.push(`${a}closed_at >= ?::timestamptz`);
    params.push(filter.from.toISOString());
  }
  if (filter.to) {
    sql.push(`${a}closed_at < ?::timestamptz`);
    params.push(filter.to.toISOString());
  }
  const list = (column: string, ids: string[] | undefined) => {
    if (!ids?.length) return;
    sql.push(`${a}${column} in (?)`);
    params.push(ids);
  };
  list('market_id', filter.marketIds);
  list('vendor_id', filter.vendorIds);
  list('team_id', filter.teamIds);
  list('policy_id', filter.policyIds);
  list('policy_version_id', filter.policyVersionIds);
  list('facilitator_id', filter.facilitatorIds);
  return { sql: sql.length ? `where ${sql.join(' and ')}` : '', params };
}

/**
 * Manager analytics over the aggregates kept at close (analytics-aggregates.ts). Who
 * may ask is declared on the resolver; here each query is limited to what the viewer
 * may see: a vendor's staff only ever count their own vendor's votes and people, and
 * naming another vendor's vendor or team answers NOT_FOUND.
 */
export class AnalyticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  // ---- agreement rates ----

  async agreementRates(
    filter: AnalyticsFilter,
    groupBy: AnalyticsDimension[],
    interval: TrendInterval,
  ): Promise<AgreementRates> {
    if (groupBy.length > 2) throw badInput('Group by at most two dimensions.');
    if (new Set(groupBy).size !== groupBy.length) throw badInput('Each dimension may appear once in groupBy.');
    const scoped = await this.scope(filter);
    const trendBy = interval === TrendInterval.WEEK ? AnalyticsDimension.WEEK : AnalyticsDimension.MONTH;
    const trendLevel = this.levelFor(scoped, [trendBy]);
    const [rows, periods] = await Promise.all([
      groupBy.length ? this.rates(scoped, groupBy) : Promise.resolve([]),
      this.sums(scoped, [trendBy], trendLevel),
    ]);
    // Every session closes in one period, so the total is the trend's periods added up (no scan of its own).
    const [total] = await this.finish(
      [mergeGroups(periods)].filter((g) => g.sums.units > 0),
      [],
    );
    const trend = await this.finish(periods, [trendBy]);
    return { groupBy, rows, total: total ?? this.emptyRow(), trend };
  }

  async policyVersionComparison(policyId: string, filter: AnalyticsFilter): Promise<AgreementRateRow[]> {
    const policy = await this.em.findOne(Policy, policyId);
    if (!policy) throw notFound('Policy', policyId);
    const scoped = await this.scope({ ...filter, policyIds: [policyId] });
    const rows = await this.rates(scoped, [AnalyticsDimension.POLICY_VERSION]);
    const versions = await this.em.find(
      PolicyVersion,
      { $and: [{ policy }, policyVersionScope(this.me)] },
      { orderBy: { number: 'asc' }, populate: ['policy'] },
    );
    // Every version the viewer may see, those without closed sessions too, so the client can set them side by side.
    return versions
      .filter((v) => !filter.policyVersionIds?.length || filter.policyVersionIds.includes(v.id))
      .map((v) => rows.find((r) => r.policyVersion?.id === v.id) ?? { ...this.emptyRow(), policyVersion: v });
  }

  private emptyRow(): AgreementRateRow {
    return {
      ...figuresOf(ZERO, [], 0),
      market: null,
      policy: null,
      policyVersion: null,
      vendor: null,
      team: null,
      facilitator: null,
      period: null,
    };
  }

  /** Which aggregate level answers a query: the voters it must tell apart. */
  private levelFor(filter: Scoped, dims: AnalyticsDimension[]): number {
    const market = dims.includes(AnalyticsDimension.MARKET) || !!filter.marketIds?.length;
    const team = dims.includes(AnalyticsDimension.TEAM) || !!filter.teamIds?.length;
    const vendor = dims.includes(AnalyticsDimension.VENDOR) || !!filter.vendorIds?.length;
    return (market ? ScopeLevel.MARKET : 0) | (team ? ScopeLevel.TEAM : vendor ? ScopeLevel.VENDOR : 0);
  }

  /**
   * The pooled sums of each group, with its labels' sums and policy versions: from the
   * monthly roll-ups where they answer exactly, else from the session rows (see
   * analytics-aggregates.ts).
   */
  private async sums(filter: Scoped, dims: AnalyticsDimension[], level: number, withLabels = true): Promise<Group[]> {
    if (dims.includes(AnalyticsDimension.WEEK) || !this.rollupsExact(filter, dims, level))
      return this.sessionSums(filter, dims, level, withLabels);
    const first = filter.from ? monthCeil(filter.from) : null;
    const last = filter.to ? monthFloor(filter.to) : null;
    if (first && last && first >= last) return this.sessionSums(filter, dims, level, withLabels);
    const parts: Promise<Group[]>[] = [this.rollupSums(filter, dims, level, withLabels, first, last)];
    // The partial months at the edges, from the session rows.
    if (filter.from && first && filter.from < first)
      parts.push(this.sessionSums({ ...filter, to: first }, dims, level, withLabels, false));
    if (filter.to && last && last < filter.to)
      parts.push(this.sessionSums({ ...filter, from: last }, dims, level, withLabels, false));
    const groups = (await Promise.all(parts)).flat();
    const merged = new Map<string, Group[]>();
    for (const g of groups) merged.set(keyString(g.sums.keys), [...(merged.get(keyString(g.sums.keys)) ?? []), g]);
    return [...merged.values()].map((list) => (list.length === 1 ? list[0]! : mergeGroups(list, list[0]!.sums.keys)));
  }

  /**
   * Whether a cell's session count adds up to the group's distinct sessions: each varying
   * scope column of the level is grouped by, or filtered to one value.
   */
  private rollupsExact(filter: Scoped, dims: AnalyticsDimension[], level: number): boolean {
    const fixed = (dim: AnalyticsDimension, ids: string[] | undefined) => dims.includes(dim) || (ids?.length ?? 0) <= 1;
    if (level & ScopeLevel.MARKET && !fixed(AnalyticsDimension.MARKET, filter.marketIds)) return false;
    if ((level & ScopeLevel.TEAM) === ScopeLevel.TEAM) return fixed(AnalyticsDimension.TEAM, filter.teamIds);
    if (level & ScopeLevel.VENDOR && !fixed(AnalyticsDimension.VENDOR, filter.vendorIds)) return false;
    return true;
  }

  private async rollupSums(
    filter: Scoped,
    dims: AnalyticsDimension[],
    level: number,
    withLabels: boolean,
    first: Date | null,
    last: Date | null,
  ): Promise<Group[]> {
    const keys = dims.map((d, i) => `${d === AnalyticsDimension.MONTH ? 'month' : KEY_SQL[d]} as k${i}`);
    const w = where({ ...filter, from: undefined, to: undefined }, { level });
    const sql = [w.sql || 'where true'];
    const params = [...w.params];
    if (first) {
      sql.push('and month >= ?::timestamptz');
      params.push(first.toISOString());
    }
    if (last) {
      sql.push('and month < ?::timestamptz');
      params.push(last.toISOString());
    }
    const groupKeys = dims.map((_, i) => `k${i}, `).join('');
    const select = keys.length ? `${keys.join(', ')}, ` : '';
    const [scalars, labels] = await Promise.all([
      this.em.execute<(Record<string, unknown> & Omit<Sums, 'keys' | 'versions'> & { version: string })[]>(
        `select ${select} policy_version_id as version,
                sum(sessions)::int as sessions, sum(units)::int as units,
                sum(pairable_units)::int as "pairableUnits", sum(votes)::int as votes,
                sum(pairable_votes)::int as "pairableVotes",
                sum(sum_unit_agreement)::float8 as "sumUnitAgreement",
                sum(observed_disagreement)::float8 as "observedDisagreement",
                sum(gold_units)::int as "goldUnits", sum(gold_votes)::int as "goldVotes",
                sum(correct_votes)::int as "correctVotes", sum(majority_matched)::int as "majorityMatched"
           from analytics_scope_month ${sql.join(' ')} group by ${groupKeys}policy_version_id`,
        params,
      ),
      withLabels
        ? this.em.execute<(Record<string, unknown> & { label: string; unitShare: number; pairableVotes: number })[]>(
            `select ${select} label, sum(unit_share)::float8 as "unitShare", sum(pairable_votes)::int as "pairableVotes"
               from analytics_label_month ${sql.join(' ')} group by ${groupKeys}label`,
            params,
          )
        : Promise.resolve([]),
    ]);
    const keysOf = (row: Record<string, unknown>) => dims.map((_, i) => row[`k${i}`] ?? null);
    const groups = new Map<string, Group>();
    for (const row of scalars) {
      const k = keysOf(row);
      const { version, ...sums } = row;
      const part: Group = { sums: { ...sums, keys: k, versions: [version] } as Sums, labels: [] };
      const had = groups.get(keyString(k));
      groups.set(keyString(k), had ? mergeGroups([had, part], k) : part);
    }
    for (const row of labels) {
      const k = keysOf(row);
      groups
        .get(keyString(k))
        ?.labels.push({ keys: k, label: row.label, unitShare: row.unitShare, pairableVotes: row.pairableVotes });
    }
    return [...groups.values()].filter((g) => g.sums.units > 0);
  }

  /** The sums from the session rows; `distinct` false when each session has one row per group (see rollupsExact). */
  private async sessionSums(
    filter: Scoped,
    dims: AnalyticsDimension[],
    level: number,
    withLabels = true,
    distinct = true,
  ): Promise<Group[]> {
    const keys = dims.map((d, i) => `${KEY_SQL[d]} as k${i}`);
    const groupSql = dims.length ? `group by ${dims.map((_, i) => `k${i}`).join(', ')}` : '';
    const w = where(filter, { level });
    const select = keys.length ? `${keys.join(', ')}, ` : '';
    const [scalars, labels] = await Promise.all([
      this.em.execute<(Record<string, unknown> & Omit<Sums, 'keys'>)[]>(
        `select ${select}
                ${distinct ? 'count(distinct session_id)' : 'count(*)'}::int as sessions, coalesce(sum(units), 0)::int as units,
                coalesce(sum(pairable_units), 0)::int as "pairableUnits", coalesce(sum(votes), 0)::int as votes,
                coalesce(sum(pairable_votes), 0)::int as "pairableVotes",
                coalesce(sum(sum_unit_agreement), 0)::float8 as "sumUnitAgreement",
                coalesce(sum(observed_disagreement), 0)::float8 as "observedDisagreement",
                coalesce(sum(gold_units), 0)::int as "goldUnits", coalesce(sum(gold_votes), 0)::int as "goldVotes",
                coalesce(sum(correct_votes), 0)::int as "correctVotes",
                coalesce(sum(majority_matched), 0)::int as "majorityMatched",
                array_agg(distinct policy_version_id) as versions
           from analytics_scope_stat ${w.sql} ${groupSql}`,
        w.params,
      ),
      withLabels
        ? this.em.execute<(Record<string, unknown> & { label: string; unitShare: number; pairableVotes: number })[]>(
            `select ${select} label, sum(unit_share)::float8 as "unitShare", sum(pairable_votes)::int as "pairableVotes"
               from analytics_label_stat ${w.sql} group by ${dims.map((_, i) => `k${i}, `).join('')}label`,
            w.params,
          )
        : Promise.resolve([]),
    ]);
    const keysOf = (row: Record<string, unknown>) => dims.map((_, i) => row[`k${i}`] ?? null);
    const labelsByKey = new Map<string, LabelSums[]>();
    for (const row of labels) {
      const k = keysOf(row);
      const list = labelsByKey.get(keyString(k)) ?? [];
      list.push({ keys: k, label: row.label, unitShare: row.unitShare, pairableVotes: row.pairableVotes });
      labelsByKey.set(keyString(k), list);
    }
    return scalars
      .filter((row) => row.units > 0)
      .map((row) => ({
        sums: { ...row, keys: keysOf(row), versions: parseUuidArray(row.versions) } as Sums,
        labels: labelsByKey.get(keyString(keysOf(row))) ?? [],
      }));
  }

  private async rates(filter: Scoped, dims: AnalyticsDimension[]): Promise<AgreementRateRow[]> {
    return this.finish(await this.sums(filter, dims, this.levelFor(filter, dims)), dims);
  }

  /** The figures of each group (q from its versions' taxonomies), as rows labelled with their entities. */
  private async finish(groups: Group[], dims: AnalyticsDimension[]): Promise<AgreementRateRow[]> {
    const taxonomies = await this.taxonomies(groups.flatMap((g) => g.sums.versions));
    const rows = groups.map(({ sums, labels }) => {
      const categories = new Set(sums.versions.flatMap((v) => taxonomies.get(v) ?? []));
      // A label chosen but no longer in a taxonomy still counts as a category.
      for (const l of labels) categories.add(l.label);
      return { keys: sums.keys, figures: figuresOf(sums, labels, categories.size) };
    });
    return this.labelRows(rows, dims);
  }

  /** Turns group keys into the row's entities (one query per dimension) and orders the rows by them. */
  private async labelRows(rows: { keys: unknown[]; figures: Figures }[], dims: AnalyticsDimension[]) {
    const ids = (i: number) => [
      ...new Set(rows.map((r) => r.keys[i]).filter((k): k is string => typeof k === 'string')),
    ];
    const lookups = await Promise.all(
      dims.map(async (dim, i): Promise<Map<string, object>> => {
        const list = ids(i);
        if (!list.length) return new Map();
        const byId = <T extends { id: string }>(xs: T[]) => new Map<string, object>(xs.map((x) => [x.id, x]));
        switch (dim) {
          case AnalyticsDimension.MARKET:
            return byId(await this.em.find(Market, { id: { $in: list } }));
          case AnalyticsDimension.POLICY:
            return byId(await this.em.find(Policy, { id: { $in: list } }));
          case AnalyticsDimension.POLICY_VERSION:
            return byId(await this.em.find(PolicyVersion, { id: { $in: list } }, { populate: ['policy'] }));
          case AnalyticsDimension.VENDOR:
            return byId(await this.em.find(Vendor, { id: { $in: list } }));
          case AnalyticsDimension.TEAM:
            return byId(await this.em.find(Team, { id: { $in: list } }));
          case AnalyticsDimension.FACILITATOR:
            return byId(await this.em.find(User, { $and: [{ id: { $in: list } }, userScope(this.me)] }));
          default:
            return new Map();
        }
      }),
    );
    const out = rows.map(({ keys, figures }) => {
      const row: AgreementRateRow = {
        ...figures,
        market: null,
        policy: null,
        policyVersion: null,
        vendor: null,
        team: null,
        facilitator: null,
        period: null,
      };
      dims.forEach((dim, i) => {
        const key = keys[i];
        const entity = typeof key === 'string' ? lookups[i]!.get(key) : undefined;
        switch (dim) {
          case AnalyticsDimension.MARKET:
            row.market = (entity as Market | undefined) ?? null;
            break;
          case AnalyticsDimension.POLICY:
            row.policy = (entity as Policy | undefined) ?? null;
            break;
          case AnalyticsDimension.POLICY_VERSION:
            row.policyVersion = (entity as PolicyVersion | undefined) ?? null;
            row.policy = row.policyVersion?.policy ?? null;
            break;
          case AnalyticsDimension.VENDOR:
            row.vendor = (entity as Vendor | undefined) ?? null;
            break;
          case AnalyticsDimension.TEAM:
            row.team = (entity as Team | undefined) ?? null;
            break;
          case AnalyticsDimension.FACILITATOR:
            row.facilitator = (entity as User | undefined) ?? null;
            break;
          case AnalyticsDimension.MONTH:
          case AnalyticsDimension.WEEK:
            row.period = key instanceof Date ? key : key ? new Date(String(key)) : null;
            break;
        }
      });
      return row;
    });
    const sortKey = (row: AgreementRateRow) =>
      dims.map((dim) => {
        switch (dim) {
          case AnalyticsDimension.MARKET:
            return row.market?.code ?? '';
          case AnalyticsDimension.POLICY:
            return row.policy?.key ?? '';
          case AnalyticsDimension.POLICY_VERSION:
            return `${row.policyVersion?.policy.key ?? ''}\u0000${String(row.policyVersion?.number ?? 0).padStart(6, '0')}`;
          case AnalyticsDimension.VENDOR:
            return row.vendor?.name ?? '';
          case AnalyticsDimension.TEAM:
            return row.team?.name ?? '';
          case AnalyticsDimension.FACILITATOR:
            return row.facilitator?.name ?? '';
          default:
            return row.period?.toISOString() ?? '';
        }
      });
    return out.sort((a, b) => {
      const [ka, kb] = [sortKey(a), sortKey(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
      return 0;
    });
  }

  /** Each policy version's label keys (q counts every label of the taxonomy, chosen or not). */
  private async taxonomies(versionIds: string[]): Promise<Map<string, string[]>> {
    const ids = [...new Set(versionIds)];
    if (!ids.length) return new Map();
    const rows = await this.em.execute<{ id: string; labels: { key: string }[] | string }[]>(
      'select id, labels from policy_version where id in (?)',
      [ids],
    );
    return new Map(
      rows.map((r) => {
        const labels = (typeof r.labels === 'string' ? JSON.parse(r.labels) : r.labels) as { key: string }[];
        return [r.id, labels.map((l) => l.key)];
      }),
    );
  }

  // ---- drill-downs ----

  /** The item-level aggregates' level for a filter: the voters it must tell apart (a team implies its vendor). */
  private itemLevel(filter: Scoped, withMarkets: boolean) {
    return (
      (withMarkets && filter.marketIds?.length ? ScopeLevel.MARKET : 0) |
      (filter.teamIds?.length ? ScopeLevel.TEAM : filter.vendorIds?.length ? ScopeLevel.VENDOR : 0)
    );
  }

  async contestedItems(filter: AnalyticsFilter, limit?: number): Promise<AnalyticsItem[]> {
    const scoped = await this.scope(filter);
    const w = where(scoped, { level: this.itemLevel(scoped, true), alias: 'a' });
    const rows = await this.em.execute<ItemRow[]>(
      `${ITEM_SELECT} ${w.sql} and a.agreement is not null
        order by a.agreement asc, a.votes desc, a.closed_at desc, a.item_id limit ?`,
      [...w.params, limitOf(limit)],
    );
    return this.items(rows);
  }

  /**
   * Items whose markets' majorities differ. With a market filter, only the chosen markets
   * are compared (their divergence, votes and split): one market alone has nothing to
   * compare with, so the answer is empty.
   */
  async divergentItems(filter: AnalyticsFilter, limit?: number): Promise<DivergentItem[]> {
    const scoped = await this.scope(filter);
    const chosen = scoped.marketIds ?? [];
    if (chosen.length === 1) return [];
    // The rows that carry every market's majority (all voters, a vendor's, a team's) have no market of their own.
    const w = where({ ...scoped, marketIds: undefined }, { level: this.itemLevel(scoped, false), alias: 'a' });
    // Divergence among the chosen markets: a tied market is its own answer, as computeSessionAggregates counts it.
    // Any two chosen markets that differ make the item differ across all markets, so `a.divergence > 0` still holds.
    const rows = chosen.length
      ? await this.em.execute<ItemRow[]>(
          `select * from (
             select d.*, (select case when sum(n) >= 2 then 1 - max(n)::float8 / sum(n) end
                            from (select count(*) as n from jsonb_array_elements(d.markets) m
                                   where m->>'marketId' in (?)
                                   group by coalesce('L' || (m->>'majority'), 'T' || (m->>'marketId'))) x) as chosen
               from (${ITEM_SELECT} ${w.sql} and a.divergence > 0) d) c
            where c.chosen > 0
            order by c.chosen desc, c.votes desc, c."closedAt" desc, c."itemId" limit ?`,
          [chosen, ...w.params, limitOf(limit)],
        )
      : await this.em.execute<ItemRow[]>(
          `${ITEM_SELECT} ${w.sql} and a.divergence > 0
            order by a.divergence desc, a.votes desc, a.closed_at desc, a.item_id limit ?`,
          [...w.params, limitOf(limit)],
        );
    const splits = chosen.length ? await this.marketSplits(scoped, rows) : null;
    const items = await this.items(rows);
    const marketIds = [
      ...new Set(rows.flatMap((r) => parseJson<MarketJson[]>(r.markets)?.map((m) => m.marketId) ?? [])),
    ];
    const markets = new Map((await this.em.find(Market, { id: { $in: marketIds } })).map((m) => [m.id, m]));
    return items.map((item, i) => {
      const row = rows[i] as ItemRow & { chosen?: number };
      const shown = (parseJson<MarketJson[]>(row.markets) ?? []).filter(
        (m) => !chosen.length || chosen.includes(m.marketId),
      );
      const split = splits?.get(`${row.sessionId}|${row.itemId}`);
      return {
        ...item,
        ...(split ?? {}),
        divergence: row.chosen ?? row.divergence ?? 0,
        markets: shown.map((m) => ({
          market: markets.get(m.marketId)!,
          votes: m.votes,
          majority: m.majority,
          majorityShare: m.majorityShare,
          matchesGold: row.gold === null || m.majority === null ? null : m.majority === row.gold,
        })),
      };
    });
  }

  /** The chosen markets' votes on each item, added up: its votes, split and majority within those markets. */
  private async marketSplits(scoped: Scoped, rows: ItemRow[]) {
    const out = new Map<string, Pick<AnalyticsItem, 'votes' | 'distribution' | 'majority' | 'majorityShare'>>();
    if (!rows.length) return out;
    const w = where({ ...scoped, from: undefined, to: undefined }, { level: this.itemLevel(scoped, true), alias: 'a' });
    const parts = await this.em.execute<{ sessionId: string; itemId: string; distribution: unknown }[]>(
      `select a.session_id as "sessionId", a.item_id as "itemId", a.distribution
         from analytics_item_stat a ${w.sql} and a.item_id in (?)`,
      [...w.params, rows.map((r) => r.itemId)],
    );
    const counts = new Map<string, Map<string, number>>();
    for (const part of parts) {
      const key = `${part.sessionId}|${part.itemId}`;
      const split = counts.get(key) ?? new Map<string, number>();
      for (const d of parseJson<{ label: string; count: number }[]>(part.distribution) ?? [])
        split.set(d.label, (split.get(d.label) ?? 0) + d.count);
      counts.set(key, split);
    }
    for (const [key, split] of counts) {
      const distribution = [...split]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
      const votes = distribution.reduce((sum, d) => sum + d.count, 0);
      const top = distribution[0]?.count ?? 0;
      const unique = distribution.filter((d) => d.count === top).length === 1;
      out.set(key, {
        votes,
        distribution,
        majority: unique ? distribution[0]!.label : null,
        majorityShare: votes > 0 ? top / votes : 0,
      });
    }
    return out;
  }

  private async items(rows: ItemRow[]): Promise<AnalyticsItem[]> {
    const versionIds = [...new Set(rows.map((r) => r.policyVersionId))];
    const versions = new Map(
      (await this.em.find(PolicyVersion, { id: { $in: versionIds } }, { populate: ['policy'] })).map((v) => [v.id, v]),
    );
    return rows.map((r) => ({
      sessionId: r.sessionId,
      sessionTitle: r.sessionTitle,
      closedAt: new Date(r.closedAt),
      itemId: r.itemId,
      position: r.position,
      caseId: r.caseId,
      policyVersion: versions.get(r.policyVersionId)!,
      gold: r.gold,
      votes: r.votes,
      percentAgreement: r.agreement,
      majority: r.majority,
      majorityShare: r.majorityShare,
      distribution: parseJson<{ label: string; count: number }[]>(r.distribution) ?? [],
    }));
  }

  async confusedLabelPairs(filter: AnalyticsFilter, limit?: number): Promise<ConfusedLabelPair[]> {
    const scoped = await this.scope(filter);
    const w = where(scoped, { level: this.itemLevel(scoped, true) });
    const rows = await this.em.execute<
      { policyId: string; labelA: string; labelB: string; d: number; ga: number; gb: number; total: number }[]
    >(
      `select policy_id as "policyId", label_a as "labelA", label_b as "labelB",
              sum(disagreements)::int as d, sum(gold_a_chose_b)::int as ga, sum(gold_b_chose_a)::int as gb,
              (sum(sum(disagreements)) over (partition by policy_id))::float8 as total
         from analytics_label_pair ${w.sql}
        group by policy_id, label_a, label_b
        order by d desc, sum(gold_a_chose_b) + sum(gold_b_chose_a) desc, label_a, label_b limit ?`,
      [...w.params, limitOf(limit)],
    );
    const policies = new Map(
      (await this.em.find(Policy, { id: { $in: [...new Set(rows.map((r) => r.policyId))] } })).map((p) => [p.id, p]),
    );
    return rows.map((r) => ({
      policy: policies.get(r.policyId)!,
      labelA: r.labelA,
      labelB: r.labelB,
      disagreements: r.d,
      share: r.total > 0 ? r.d / r.total : 0,
      goldAChoseB: r.ga,
      goldBChoseA: r.gb,
    }));
  }

  async marketDrift(filter: AnalyticsFilter): Promise<MarketDrift[]> {
    const scoped = await this.scope(filter);
    const vendor = scoped.vendorIds?.length ? ScopeLevel.VENDOR : 0;
    const team = scoped.teamIds?.length ? ScopeLevel.TEAM : vendor;
    const dims = [AnalyticsDimension.MARKET, AnalyticsDimension.POLICY];
    const [byMarket, byPolicy] = await Promise.all([
      this.sums(scoped, dims, ScopeLevel.MARKET | team, false),
      // Every market of the same policy and voters, whatever the market filter: a market is set beside
      // the others, so one chosen market is not compared with itself.
      this.sums({ ...scoped, marketIds: undefined }, [AnalyticsDimension.POLICY], team, false),
    ]);
    const all = new Map(byPolicy.map(({ sums }) => [sums.keys[0] as string, sums]));
    const rows = await this.labelRows(
      byMarket.map(({ sums }) => ({ keys: sums.keys, figures: figuresOf(sums, [], 0) })),
      dims,
    );
    return rows
      .map((row) => {
        const overall = all.get(row.policy!.id)!;
        const otherGold = overall.goldVotes - row.goldVotes;
        // Votes are additive over markets (each voter votes in one market), so the rest is the whole less the market.
        const others = stat(
          otherGold > 0
            ? defined((overall.correctVotes - row.correctVotes) / otherGold)
            : undefinedStat('no other market'),
        );
        return {
          market: row.market!,
          policy: row.policy!,
          goldVotes: row.goldVotes,
          accuracy: row.accuracy,
          allMarketsAccuracy: ratio(overall.correctVotes, overall.goldVotes, 'no gold'),
          otherMarketsAccuracy: others,
          drift: row.accuracy.value === null || others.value === null ? null : row.accuracy.value - others.value,
          majorityMatchesGold: row.majorityMatchesGold,
        };
      })
      .filter((r) => r.goldVotes > 0);
  }

  async lowAccuracyParticipants(
    filter: AnalyticsFilter,
    threshold = 0.8,
    minVotes = 20,
    limit?: number,
  ): Promise<LowAccuracyParticipant[]> {
    // Also reached through the CSV export, whose resolver admits every analyst.
    if (this.me.role !== Role.QA_MANAGER) throw forbidden('Only QA managers see participants below a threshold.');
    if (!(threshold >= 0 && threshold <= 1)) throw badInput('threshold is a share: between 0 and 1.');
    if (!Number.isInteger(minVotes) || minVotes < 1) throw badInput('minVotes is a whole number, at least 1.');
    const scoped = await this.scope(filter);
    const w = where(scoped);
    const latest = where(scoped, { alias: 'p' });
    // A participant has one row per session, so count(*) counts sessions; their latest market is looked up
    // for the rows returned only (an index scan each) instead of an ordered array_agg sorting every row.
    const rows = await this.em.execute<
      { userId: string; sessions: number; goldVotes: number; correctVotes: number; marketId: string }[]
    >(
      `with low as (
         select user_id, count(*)::int as sessions, sum(gold_votes)::int as "goldVotes",
                sum(correct_votes)::int as "correctVotes"
           from analytics_participant_stat ${w.sql}
          group by user_id
         having sum(gold_votes) >= ? and sum(correct_votes) < ? * sum(gold_votes)
          order by sum(correct_votes)::float8 / sum(gold_votes), user_id limit ?)
       select low.user_id as "userId", low.sessions, low."goldVotes", low."correctVotes", m.market_id as "marketId"
         from low cross join lateral (
           select p.market_id from analytics_participant_stat p
             ${latest.sql ? `${latest.sql} and` : 'where'} p.user_id = low.user_id
            order by p.closed_at desc limit 1) m
        order by low."correctVotes"::float8 / low."goldVotes", low.user_id`,
      [...w.params, minVotes, threshold, limitOf(limit), ...latest.params],
    );
    const users = new Map(
      (
        await this.em.find(
          User,
          { $and: [{ id: { $in: rows.map((r) => r.userId) } }, userScope(this.me)] },
          { populate: ['team'] },
        )
      ).map((u) => [u.id, u]),
    );
    const markets = new Map(
      (await this.em.find(Market, { id: { $in: [...new Set(rows.map((r) => r.marketId))] } })).map((m) => [m.id, m]),
    );
    return rows
      .filter((r) => users.has(r.userId))
      .map((r) => {
        const user = users.get(r.userId)!;
        return {
          user,
          market: markets.get(r.marketId)!,
          team: user.team ?? null,
          sessions: r.sessions,
          goldVotes: r.goldVotes,
          correctVotes: r.correctVotes,
          accuracy: r.correctVotes / r.goldVotes,
        } as LowAccuracyParticipant;
      });
  }

  async vendorComparison(filter: AnalyticsFilter): Promise<VendorComparisonRow[]> {
    const own = this.me.vendorId;
    const scoped = await this.scope(filter);
    // Which items are shared needs every vendor's rows; a vendor's staff then get only their own row.
    const across: Scoped = own === null ? scoped : { ...scoped, vendorIds: undefined };
    // A team filter counts the teams' voters only (a team's rows carry its vendor), as a vendor filter does.
    const level =
      (across.teamIds?.length ? ScopeLevel.TEAM : ScopeLevel.VENDOR) |
      (across.marketIds?.length ? ScopeLevel.MARKET : 0);
    const w = where({ ...across, vendorIds: undefined }, { level });
    const vendorSql = across.vendorIds?.length ? ` and vendor_id in (?)` : '';
    const rows = await this.em.execute<
      { vendorId: string | null; items: number; votes: number; correct: number; agreed: number; pairable: number }[]
    >(
      `with rows as (select item_id, vendor_id, votes, correct_votes, agreement
                       from analytics_item_stat ${w.sql} and gold is not null${vendorSql}),
            shared as (select item_id from rows group by item_id having count(distinct coalesce(vendor_id::text, '')) >= 2)
       select vendor_id as "vendorId", count(distinct item_id)::int as items, sum(votes)::int as votes,
              sum(correct_votes)::int as correct, coalesce(sum(agreement), 0)::float8 as agreed,
              count(agreement)::int as pairable
         from rows join shared using (item_id)
        group by vendor_id`,
      across.vendorIds?.length ? [...w.params, across.vendorIds] : w.params,
    );
    const visible = rows.filter((r) => own === null || r.vendorId === own);
    const vendors = new Map(
      (
        await this.em.find(Vendor, {
          id: { $in: visible.map((r) => r.vendorId).filter((id): id is string => id !== null) },
        })
      ).map((v) => [v.id, v]),
    );
    return visible
      .map((r) => ({
        vendor: r.vendorId ? vendors.get(r.vendorId)! : null,
        items: r.items,
        votes: r.votes,
        correctVotes: r.correct,
        accuracy: ratio(r.correct, r.votes, 'no gold'),
        percentAgreement: ratio(r.agreed, r.pairable, 'no pairable unit'),
      }))
      .sort((a, b) => (a.vendor?.name ?? '').localeCompare(b.vendor?.name ?? ''));
  }

  // ---- options and export ----

  async options(): Promise<AnalyticsOptions> {
    const me = this.me;
    const level = me.vendorId === null ? ScopeLevel.ALL : ScopeLevel.VENDOR;
    const w = where(await this.scope({}), { level });
    const [markets, vendors, teams, policies, policyVersions, span] = await Promise.all([
      this.em.find(Market, {}, { orderBy: { code: 'asc' } }),
      this.em.find(Vendor, me.vendorId === null ? {} : { id: me.vendorId }, { orderBy: { name: 'asc' } }),
      this.em.find(Team, teamScope(me), { orderBy: { name: 'asc' } }),
      this.em.find(Policy, {}, { orderBy: { key: 'asc' } }),
      this.em.find(PolicyVersion, policyVersionScope(me), { orderBy: { policy: { key: 'asc' }, number: 'asc' } }),
      this.em.execute<{ first: Date | null; last: Date | null; facilitators: string | string[] | null }[]>(
        `select min(closed_at) as first, max(closed_at) as last, array_agg(distinct facilitator_id) as facilitators
           from analytics_scope_stat ${w.sql}`,
        w.params,
      ),
    ]);
    const facilitatorIds = parseUuidArray(span[0]?.facilitators ?? null);
    const facilitators = facilitatorIds.length
      ? await this.em.find(
          User,
          { $and: [{ id: { $in: facilitatorIds } }, userScope(me)] },
          { orderBy: { name: 'asc' } },
        )
      : [];
    return {
      markets,
      vendors,
      teams,
      policies,
      policyVersions,
      facilitators,
      firstClosedAt: span[0]?.first ? new Date(span[0].first) : null,
      lastClosedAt: span[0]?.last ? new Date(span[0].last) : null,
    };
  }

  async exportCsv(input: AnalyticsExportInput): Promise<string> {
    const filter = input.filter ?? {};
    switch (input.table) {
      case AnalyticsTable.AGREEMENT_RATES: {
        const rates = await this.agreementRates(filter, input.groupBy ?? [], TrendInterval.MONTH);
        return toCsv.rates(input.groupBy?.length ? rates.rows : [rates.total], input.groupBy ?? []);
      }
      case AnalyticsTable.TREND: {
        const interval = input.interval ?? TrendInterval.MONTH;
        const rates = await this.agreementRates(filter, [], interval);
        return toCsv.rates(rates.trend, [
          interval === TrendInterval.WEEK ? AnalyticsDimension.WEEK : AnalyticsDimension.MONTH,
        ]);
      }
      case AnalyticsTable.CONTESTED_ITEMS:
        return toCsv.items(await this.contestedItems(filter, input.limit));
      case AnalyticsTable.DIVERGENT_ITEMS:
        return toCsv.divergent(await this.divergentItems(filter, input.limit));
      case AnalyticsTable.CONFUSED_LABEL_PAIRS:
        return toCsv.pairs(await this.confusedLabelPairs(filter, input.limit));
      case AnalyticsTable.MARKET_DRIFT:
        return toCsv.drift(await this.marketDrift(filter));
      case AnalyticsTable.LOW_ACCURACY_PARTICIPANTS:
        return toCsv.participants(
          await this.lowAccuracyParticipants(filter, input.threshold, input.minVotes, input.limit),
        );
      case AnalyticsTable.POLICY_VERSIONS:
        if (!input.policyId) throw badInput('POLICY_VERSIONS needs policyId.');
        return toCsv.rates(await this.policyVersionComparison(input.policyId, filter), [
          AnalyticsDimension.POLICY_VERSION,
        ]);
      case AnalyticsTable.VENDORS:
        return toCsv.vendors(await this.vendorComparison(filter));
    }
  }

  // ---- scope ----

  /**
   * The filter as the viewer may ask it: checks the period, and pins a vendor's staff to
   * their own vendor (another vendor, or a team of one, is NOT_FOUND for them).
   */
  private async scope(filter: AnalyticsFilter): Promise<Scoped> {
    const me = this.me;
    if (filter.from && filter.to && filter.from >= filter.to) throw badInput('`from` must be before `to`.');
    if (me.vendorId === null) return filter;
    const other = filter.vendorIds?.find((id) => id !== me.vendorId);
    if (other) throw notFound('Vendor', other);
    if (filter.teamIds?.length) {
      const teams = await this.em.find(Team, { id: { $in: filter.teamIds } });
      const foreign = filter.teamIds.find((id) => teams.find((t) => t.id === id)?.vendor?.id !== me.vendorId);
      if (foreign) throw notFound('Team', foreign);
    }
    return { ...filter, vendorIds: [me.vendorId] };
  }
}

type MarketJson = { marketId: string; votes: number; majority: string | null; majorityShare: number };

type ItemRow = {
  sessionId: string;
  sessionTitle: string;
  closedAt: Date | string;
  itemId: string;
  caseId: string;
  position: number;
  policyVersionId: string;
  gold: string | null;
  votes: number;
  agreement: number | null;
  majority: string | null;
  majorityShare: number;
  distribution: unknown;
  markets: unknown;
  divergence: number | null;
};

const ITEM_SELECT = `select a.session_id as "sessionId", s.title as "sessionTitle", a.closed_at as "closedAt",
       a.item_id as "itemId", a.case_id as "caseId", a.position, a.policy_version_id as "policyVersionId",
       a.gold, a.votes, a.agreement, a.majority, a.majority_share as "majorityShare",
       a.distribution, a.markets, a.divergence
  from analytics_item_stat a join calibration_session s on s.id = a.session_id`;

const limitOf = (limit: number | undefined) => {
  if (limit === undefined || limit === null) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badInput(`limit is 1 to ${MAX_LIMIT}.`);
  return limit;
};

const parseJson = <T>(value: unknown): T | null =>
  value === null || value === undefined ? null : ((typeof value === 'string' ? JSON.parse(value) : value) as T);

/** array_agg of uuids comes back as a JS array, or as a PostgreSQL array literal with some drivers' settings. */
function parseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter((v) => v && v !== 'NULL');
  return [];
}
