import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { AggregateInput, SessionAggregates } from './session-aggregates.js';

// The aggregate tables' columns, and bulk inserts into them (and into any table).

/** Column lists of the bulk inserts: name and PostgreSQL type, in json_to_recordset's terms. */
const DIMS = [
  ['session_id', 'uuid'],
  ['level', 'smallint'],
  ['market_id', 'uuid'],
  ['vendor_id', 'uuid'],
  ['team_id', 'uuid'],
  ['policy_id', 'uuid'],
  ['policy_version_id', 'uuid'],
  ['facilitator_id', 'uuid'],
  ['closed_at', 'timestamptz'],
] as const;

export const TABLES = {
  analytics_scope_stat: [
    ...DIMS,
    ['units', 'int'],
    ['pairable_units', 'int'],
    ['votes', 'int'],
    ['pairable_votes', 'int'],
    ['sum_unit_agreement', 'float8'],
    ['observed_disagreement', 'float8'],
    ['gold_units', 'int'],
    ['gold_votes', 'int'],
    ['correct_votes', 'int'],
    ['majority_matched', 'int'],
  ],
  analytics_label_stat: [...DIMS, ['label', 'text'], ['unit_share', 'float8'], ['pairable_votes', 'int']],
  analytics_label_pair: [
    ...DIMS,
    ['label_a', 'text'],
    ['label_b', 'text'],
    ['disagreements', 'int'],
    ['gold_a_chose_b', 'int'],
    ['gold_b_chose_a', 'int'],
  ],
  analytics_item_stat: [
    ...DIMS,
    ['item_id', 'uuid'],
    ['case_id', 'uuid'],
    ['position', 'int'],
    ['gold', 'text'],
    ['votes', 'int'],
    ['correct_votes', 'int'],
    ['agreement', 'float8'],
    ['majority', 'text'],
    ['majority_share', 'float8'],
    ['distribution', 'jsonb'],
    ['markets', 'jsonb'],
    ['divergence', 'float8'],
  ],
  analytics_participant_stat: [
    ['session_id', 'uuid'],
    ['user_id', 'uuid'],
    ['market_id', 'uuid'],
    ['vendor_id', 'uuid'],
    ['team_id', 'uuid'],
    ['policy_id', 'uuid'],
    ['policy_version_id', 'uuid'],
    ['facilitator_id', 'uuid'],
    ['closed_at', 'timestamptz'],
    ['votes', 'int'],
    ['gold_votes', 'int'],
    ['correct_votes', 'int'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

export type AggregateTable = keyof typeof TABLES;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Inserts rows (objects with the columns' camelCase names) in one statement per batch:
 * the rows travel as one JSON parameter and json_to_recordset turns them into a table,
 * which keeps a bulk write to a few round trips without a COPY client.
 */
export async function insertRows(
  em: EntityManager,
  table: AggregateTable | string,
  columns: readonly (readonly [string, string])[],
  rows: Record<string, unknown>[],
  batch = 5000,
) {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
  for (let start = 0; start < rows.length; start += batch) {
    const json = JSON.stringify(
      rows
        .slice(start, start + batch)
        .map((row) => Object.fromEntries(columns.map(([name]) => [name, row[camel(name)] ?? null]))),
    );
    // Through knex with a bound parameter: em.execute would inline (and escape) megabytes of JSON into the SQL.
    const knex = (em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()) as Knex;
    await knex.raw(`insert into "${table}" (${names}) select ${names} from json_to_recordset(?::json) as x(${types})`, [
      json,
    ]);
  }
}

/** The rows of many sessions' aggregates, tagged with each session's dimensions, ready for `insertRows`. */
export function aggregateRows(sessions: { session: AggregateInput['session']; aggregates: SessionAggregates }[]) {
  const rows: Record<AggregateTable, Record<string, unknown>[]> = {
    analytics_scope_stat: [],
    analytics_label_stat: [],
    analytics_label_pair: [],
    analytics_item_stat: [],
    analytics_participant_stat: [],
  };
  for (const { session, aggregates } of sessions) {
    const tag = {
      sessionId: session.id,
      policyId: session.policyId,
      policyVersionId: session.policyVersionId,
      facilitatorId: session.facilitatorId,
      closedAt: session.closedAt.toISOString(),
    };
    for (const r of aggregates.scopes) rows.analytics_scope_stat.push({ ...r, ...tag });
    for (const r of aggregates.labels) rows.analytics_label_stat.push({ ...r, ...tag });
    for (const r of aggregates.pairs) rows.analytics_label_pair.push({ ...r, ...tag });
    for (const r of aggregates.items) rows.analytics_item_stat.push({ ...r, ...tag });
    for (const r of aggregates.participants) rows.analytics_participant_stat.push({ ...r, ...tag });
  }
  return rows;
}

export async function insertAggregateRows(em: EntityManager, rows: ReturnType<typeof aggregateRows>) {
  for (const table of Object.keys(TABLES) as AggregateTable[]) await insertRows(em, table, TABLES[table], rows[table]);
}
