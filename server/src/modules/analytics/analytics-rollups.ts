import type { EntityManager } from '@mikro-orm/postgresql';

// The monthly roll-ups of the session rows (see "Monthly roll-ups" in analytics-aggregates.ts).

const SCOPE_SUMS = [
  'units',
  'pairable_units',
  'votes',
  'pairable_votes',
  'sum_unit_agreement',
  'observed_disagreement',
  'gold_units',
  'gold_votes',
  'correct_votes',
  'majority_matched',
];
const CELL = 'level, market_id, vendor_id, team_id, policy_id, policy_version_id, facilitator_id';
const MONTH = "date_trunc('month', closed_at, 'UTC')";

/**
 * The SQL that rebuilds the monthly roll-up cells matching a condition (`cells` on the
 * roll-ups, `rows` on the session rows it covers; both true for a full rebuild) from
 * the session rows. Also run by the migration that introduced the roll-ups, to backfill.
 */
export function rollupSql(cells = 'true', rows = 'true') {
  return {
    deletes: [`delete from analytics_scope_month where ${cells}`, `delete from analytics_label_month where ${cells}`],
    inserts: [
      `insert into analytics_scope_month (month, ${CELL}, sessions, ${SCOPE_SUMS.join(', ')})
       select ${MONTH}, ${CELL}, count(*), ${SCOPE_SUMS.map((c) => `sum(${c})`).join(', ')}
         from analytics_scope_stat where ${rows} group by ${MONTH}, ${CELL}`,
      `insert into analytics_label_month (month, ${CELL}, label, unit_share, pairable_votes)
       select ${MONTH}, ${CELL}, label, sum(unit_share), sum(pairable_votes)
         from analytics_label_stat where ${rows} group by ${MONTH}, ${CELL}, label`,
    ],
  };
}

/** Rebuilds every monthly roll-up (after a bulk write such as the demo generator's). */
export async function rebuildMonthlyRollups(em: EntityManager): Promise<void> {
  const { deletes, inserts } = rollupSql();
  for (const sql of [...deletes, ...inserts]) await em.execute(sql);
}

/** Rebuilds the roll-up cells of sessions' months, versions and facilitators, in the caller's transaction. */
export async function refreshMonthlyRollups(
  tx: EntityManager,
  cells: { closedAt: Date | string; policyVersionId: string; facilitatorId: string }[],
) {
  const { deletes, inserts } = rollupSql(
    'month = ?::timestamptz and policy_version_id = ? and facilitator_id = ?',
    'closed_at >= ?::timestamptz and closed_at < ?::timestamptz and policy_version_id = ? and facilitator_id = ?',
  );
  const unique = new Map<string, { start: string; end: string; versionId: string; facilitatorId: string }>();
  for (const cell of cells) {
    const closedAt = new Date(cell.closedAt);
    const start = new Date(Date.UTC(closedAt.getUTCFullYear(), closedAt.getUTCMonth(), 1)).toISOString();
    const end = new Date(Date.UTC(closedAt.getUTCFullYear(), closedAt.getUTCMonth() + 1, 1)).toISOString();
    const key = `${start}|${cell.policyVersionId}|${cell.facilitatorId}`;
    unique.set(key, { start, end, versionId: cell.policyVersionId, facilitatorId: cell.facilitatorId });
  }
  for (const [key, cell] of [...unique].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Two sessions closing into one cell at once would each rebuild it without the other's uncommitted rows:
    // the lock (held to commit, taken in key order) makes the second wait, and its statements then see the first's.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`analytics-month|${key}`]);
    for (const sql of deletes) await tx.execute(sql, [cell.start, cell.versionId, cell.facilitatorId]);
    for (const sql of inserts) await tx.execute(sql, [cell.start, cell.end, cell.versionId, cell.facilitatorId]);
  }
}
