import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../identity/user.entity.js';
import type { SamplingPlan } from './sampling-plan.entity.js';
import { SamplingRun } from './sampling-run.entity.js';
import { auditError } from './audit.errors.js';

/**
 * How many cases a plan draws from `candidates`: a count (all, when fewer), or the rate
 * rounded up so any day with a case gets at least one audit. The epsilon keeps
 * 0.1 × 30 (= 3.0000000000000004 in floating point) at 3.
 */
export function sampleSize(plan: Pick<SamplingPlan, 'rate' | 'countPerDay'>, candidates: number): number {
  if (plan.countPerDay !== null) return Math.min(plan.countPerDay, candidates);
  return Math.max(0, Math.min(candidates, Math.ceil((plan.rate ?? 0) * candidates - 1e-9)));
}

/**
 * Splits `size` over strata in proportion to their counts (Hamilton's largest remainder:
 * floors first, then the leftover to the largest fractions; ties to the stratum that
 * sorts first), so each decision gets its share of the day's audits.
 */
export function allocate(counts: ReadonlyMap<string, number>, size: number): Map<string, number> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const out = new Map<string, number>();
  if (total === 0) return out;
  const shares = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, n]) => ({ key, exact: (size * n) / total, n }));
  let left = size;
  for (const s of shares) {
    const floor = Math.min(s.n, Math.floor(s.exact));
    out.set(s.key, floor);
    left -= floor;
  }
  const byRemainder = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)));
  for (const s of byRemainder) {
    if (left === 0) break;
    if (out.get(s.key)! < s.n) {
      out.set(s.key, out.get(s.key)! + 1);
      left--;
    }
  }
  return out;
}

/**
 * The SQL conditions of a plan's candidates on `day` (alias `c` = moderation_case), and their
 * parameters. A decision that already has an audit (drawn by another plan, or this one on a
 * run since forgotten) is no candidate: auditing it again would give its moderator two
 * verdicts for one decision, count it twice in quality, and spend QA time twice.
 */
export function candidateWhere(plan: SamplingPlan, day: string): { sql: string; params: unknown[] } {
  const parts = [
    'c.decided_at >= ?::date',
    "c.decided_at < ?::date + interval '1 day'",
    'not exists (select 1 from audit a where a.case_id = c.id)',
  ];
  const params: unknown[] = [day, day];
  if (plan.queue !== null) {
    parts.push('c.queue = ?');
    params.push(plan.queue);
  }
  if (plan.market !== null) {
    parts.push('c.market_id = ?');
    params.push(plan.market.id);
  }
  if (plan.team !== null) {
    parts.push('c.team_id = ?');
    params.push(plan.team.id);
  }
  if (plan.moderator !== null) {
    parts.push('c.moderator_id = ?');
    params.push(plan.moderator.id);
  }
  if (plan.vendor !== null) {
    parts.push('c.team_id in (select t.id from team t where t.vendor_id = ?)');
    params.push(plan.vendor.id);
  }
  return { sql: parts.join(' and '), params };
}

/**
 * The draw order: a hash of (seed, plan, day, case id). It depends on nothing else (not
 * on insertion order or on other cases), so the same plan, day and seed always draw the
 * same cases, and another seed or plan an unrelated set.
 */
const DRAW_KEY = "md5(?::text || ':' || ?::text || ':' || ?::text || ':' || c.id::text)";

const AUDIT_COLUMNS =
  'id, run_id, case_id, day, moderator_id, team_id, market_id, queue, policy_id, decided_label, created_at, updated_at';
const AUDIT_VALUES =
  'gen_random_uuid(), ?, c.id, ?::date, c.moderator_id, c.team_id, c.market_id, c.queue, c.policy_id, c.decision, now(), now()';

/**
 * The SELECT of a draw: the audit rows of the first `size` candidates in draw order or,
 * stratified, the first of each decision up to its quota. Exported so the benchmark can
 * EXPLAIN the very query the draw runs.
 */
export function drawSelect(
  plan: SamplingPlan,
  day: string,
  runId: string,
  byDecision: ReadonlyMap<string, number>,
  size: number,
): { sql: string; params: unknown[] } {
  const where = candidateWhere(plan, day);
  const key = [plan.seed, plan.id, day];
  if (!plan.stratifyByDecision) {
    return {
      sql: `select ${AUDIT_VALUES} from moderation_case c where ${where.sql} order by ${DRAW_KEY}, c.id limit ?`,
      params: [runId, day, ...where.params, ...key, size],
    };
  }
  const quotas = [...allocate(byDecision, size).entries()].filter(([, n]) => n > 0);
  return {
    sql: `select ${AUDIT_VALUES} from (
        select c.*, row_number() over (partition by c.decision order by ${DRAW_KEY}, c.id) as draw_rank
        from moderation_case c where ${where.sql}
      ) c join json_to_recordset(?::json) as q(decision text, quota int) on q.decision = c.decision
      where c.draw_rank <= q.quota`,
    params: [
      runId,
      day,
      ...key,
      ...where.params,
      JSON.stringify(quotas.map(([decision, quota]) => ({ decision, quota }))),
    ],
  };
}

export type DrawProgress = (step: 'counted' | 'drawn', figures: { candidates: number; drawn?: number }) => void;

/**
 * Runs `plan` for `day` in one transaction: records the run (unique per plan and day,
 * so a day is sampled once; a second run is a CONFLICT and changes nothing) and inserts
 * the drawn audit tasks with one INSERT … SELECT (unique per run and case). Callers check
 * who may run it; the command line runs it with `ranBy` null.
 */
export async function drawDay(
  em: EntityManager,
  plan: SamplingPlan,
  day: string,
  ranBy: string | null,
  progress: DrawProgress = () => {},
): Promise<SamplingRun> {
  try {
    return await em.transactional(async (tx) => {
      const existing = await tx.findOne(SamplingRun, { plan, day });
      if (existing) throw alreadySampled(plan, day);
      const where = candidateWhere(plan, day);
      // One pass over the day's candidates counts them per decision (for stratified quotas).
      const counts = await tx.execute<{ decision: string; n: string }[]>(
        `select c.decision, count(*) as n from moderation_case c where ${where.sql} group by c.decision`,
        where.params,
      );
      const byDecision = new Map(counts.map((r) => [r.decision, Number(r.n)]));
      const candidates = [...byDecision.values()].reduce((a, b) => a + b, 0);
      progress('counted', { candidates });
      const size = sampleSize(plan, candidates);
      const run = tx.create(SamplingRun, {
        plan,
        day,
        candidates,
        drawn: 0,
        ranBy: ranBy === null ? null : tx.getReference(User, ranBy),
      });
      await tx.flush();
      let drawn = 0;
      if (size > 0) {
        const select = drawSelect(plan, day, run.id, byDecision, size);
        const result = await tx.execute(`insert into audit (${AUDIT_COLUMNS}) ${select.sql}`, select.params, 'run');
        drawn = (result as unknown as { affectedRows: number }).affectedRows;
      }
      run.drawn = drawn;
      progress('drawn', { candidates, drawn });
      return run;
    });
  } catch (error) {
    // Two runs of one day at once: the unique key lets one through.
    if (error instanceof UniqueConstraintViolationException) throw alreadySampled(plan, day);
    throw error;
  }
}

const alreadySampled = (plan: SamplingPlan, day: string) =>
  auditError(
    'CONFLICT',
    'DAY_ALREADY_SAMPLED',
    `Plan "${plan.name}" has already been sampled for ${day}: a day is drawn once, so its audits stay stable.`,
    { planName: plan.name, day },
  );
