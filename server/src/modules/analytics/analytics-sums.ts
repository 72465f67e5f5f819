import type { EntityManager } from '@mikro-orm/postgresql';
import { AnalyticsDimension } from './analytics.enums.js';
import { type Scoped, where } from './analytics-filter.js';
import { type AgreementCounts, NO_COUNTS, ScopeLevel } from './session-aggregates.js';

// The queries that return sums: each group's pooled sums (see "Monthly roll-ups" in
// analytics-aggregates.ts), from the monthly roll-ups where they answer exactly, else from
// the session rows. Everything here adds up; the figures are finished in analytics-figures.ts.

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

export type Sums = AgreementCounts & { keys: unknown[]; sessions: number; versions: string[] };

export type LabelSums = { keys: unknown[]; label: string; unitShare: number; pairableVotes: number };

export const ZERO: Omit<Sums, 'keys' | 'versions'> = { sessions: 0, ...NO_COUNTS };

const keyString = (keys: unknown[]) =>
  keys.map((k) => (k instanceof Date ? k.toISOString() : k === null ? '' : String(k))).join('|');

export type Group = { sums: Sums; labels: LabelSums[] };

/** Several groups' sums added up into one (under `keys`): every part of Sums is additive. */
export function mergeGroups(groups: Group[], keys: unknown[] = []): Group {
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

/**
 * The pooled sums of each group, with its labels' sums and policy versions: from the
 * monthly roll-ups where they answer exactly, else from the session rows (see
 * analytics-aggregates.ts).
 */
export async function groupSums(
  em: EntityManager,
  filter: Scoped,
  dims: AnalyticsDimension[],
  level: number,
  withLabels = true,
): Promise<Group[]> {
  if (dims.includes(AnalyticsDimension.WEEK) || !rollupsExact(filter, dims, level))
    return sessionSums(em, filter, dims, level, withLabels);
  const first = filter.from ? monthCeil(filter.from) : null;
  const last = filter.to ? monthFloor(filter.to) : null;
  if (first && last && first >= last) return sessionSums(em, filter, dims, level, withLabels);
  const parts: Promise<Group[]>[] = [rollupSums(em, filter, dims, level, withLabels, first, last)];
  // The partial months at the edges, from the session rows.
  if (filter.from && first && filter.from < first)
    parts.push(sessionSums(em, { ...filter, to: first }, dims, level, withLabels, false));
  if (filter.to && last && last < filter.to)
    parts.push(sessionSums(em, { ...filter, from: last }, dims, level, withLabels, false));
  const groups = (await Promise.all(parts)).flat();
  const merged = new Map<string, Group[]>();
  for (const g of groups) merged.set(keyString(g.sums.keys), [...(merged.get(keyString(g.sums.keys)) ?? []), g]);
  return [...merged.values()].map((list) => (list.length === 1 ? list[0]! : mergeGroups(list, list[0]!.sums.keys)));
}

/**
 * Whether a cell's session count adds up to the group's distinct sessions: each varying
 * scope column of the level is grouped by, or filtered to one value.
 */
function rollupsExact(filter: Scoped, dims: AnalyticsDimension[], level: number): boolean {
  const fixed = (dim: AnalyticsDimension, ids: string[] | undefined) => dims.includes(dim) || (ids?.length ?? 0) <= 1;
  if (level & ScopeLevel.MARKET && !fixed(AnalyticsDimension.MARKET, filter.marketIds)) return false;
  if ((level & ScopeLevel.TEAM) === ScopeLevel.TEAM) return fixed(AnalyticsDimension.TEAM, filter.teamIds);
  if (level & ScopeLevel.VENDOR && !fixed(AnalyticsDimension.VENDOR, filter.vendorIds)) return false;
  return true;
}

async function rollupSums(
  em: EntityManager,
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
    em.execute<(Record<string, unknown> & Omit<Sums, 'keys' | 'versions'> & { version: string })[]>(
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
      ? em.execute<(Record<string, unknown> & { label: string; unitShare: number; pairableVotes: number })[]>(
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
async function sessionSums(
  em: EntityManager,
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
    em.execute<(Record<string, unknown> & Omit<Sums, 'keys'>)[]>(
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
      ? em.execute<(Record<string, unknown> & { label: string; unitShare: number; pairableVotes: number })[]>(
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

/** array_agg of uuids comes back as a JS array, or as a PostgreSQL array literal with some drivers' settings. */
export function parseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter((v) => v && v !== 'NULL');
  return [];
}
