import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { FileRejected, sortLineErrors } from '../shared/csv-file.js';
import { canSeeCase, canSeeDrafts, userScope } from '../shared/visibility/scopes.js';
import type { Viewer } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import type { CaseFileFormat } from './case.enums.js';
import { caseError } from './case.errors.js';
import { parseCaseFile, type CaseRow, type LineError } from './case-file.js';

export type CaseImportReport = {
  /** Rows in the file. */
  rows: number;
  created: number;
  updated: number;
  /** Rows whose case exists with exactly the same values. */
  unchanged: number;
  /** Nothing was written: the counts say what an import would do. */
  dryRun: boolean;
};

export type ImportProgress = { phase: 'check' | 'write'; done: number; total: number };

export type ImportOptions = {
  /** Whose import it is; null (the command line) sees every moderator and case. */
  viewer?: Viewer | null;
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** Problems already found in the file: reported together with those of the rows. */
  fileErrors?: readonly LineError[];
};

/** A case file with bad lines: nothing was imported. */
export class CaseFileRejected extends FileRejected {
  constructor(
    lineErrors: LineError[],
    readonly rows: number,
  ) {
    super(lineErrors, (values) => caseError.details('FILE_HAS_BAD_LINES', values), 'imported');
  }
}

/** Parses, checks and imports a whole case file: all rows or, if any line is bad, none. */
export async function importCaseFile(
  em: EntityManager,
  content: string,
  format: CaseFileFormat,
  options: ImportOptions = {},
): Promise<CaseImportReport> {
  const parsed = parseCaseFile(content, format);
  return importCaseRows(em, parsed.rows, { ...options, fileErrors: parsed.errors });
}

/**
 * Checks the rows' references against the database (markets, published policy
 * versions, labels, moderators the viewer may see), then upserts every row by
 * (source, externalId) in one transaction, in multi-row statements. Throws
 * `CaseFileRejected`, with these problems and `fileErrors`, before writing anything
 * when any row is bad.
 */
export async function importCaseRows(
  em: EntityManager,
  rows: readonly CaseRow[],
  options: ImportOptions = {},
): Promise<CaseImportReport> {
  const total = rows.length;
  options.onProgress?.({ phase: 'check', done: 0, total });
  const { resolved, errors } = await resolveRows(em, rows, options.viewer ?? null);
  if (errors.length === 0 && options.viewer?.vendorId) {
    errors.push(...(await foreignCases(em, resolved, rows, options.viewer.vendorId)));
  }
  errors.push(...(options.fileErrors ?? []));
  if (errors.length > 0) throw new CaseFileRejected(sortLineErrors(errors), total);
  options.onProgress?.({ phase: 'check', done: total, total });

  const batchSize = options.batchSize ?? 5_000;
  const counts = { created: 0, updated: 0 };
  const write = async (tx: EntityManager) => {
    options.onProgress?.({ phase: 'write', done: 0, total });
    for (let start = 0; start < resolved.length; start += batchSize) {
      const batch = resolved.slice(start, start + batchSize);
      const result = await raw<{ created: string; updated: string }>(tx, UPSERT_SQL, [JSON.stringify(batch)]);
      counts.created += Number(result[0]!.created);
      counts.updated += Number(result[0]!.updated);
      options.onProgress?.({ phase: 'write', done: start + batch.length, total });
    }
  };
  if (options.dryRun) {
    // The same statements, rolled back: the counts are exactly what an import would do.
    const fork = em.fork();
    await fork.begin();
    try {
      await write(fork);
    } finally {
      await fork.rollback();
    }
  } else {
    await em.transactional(write);
  }
  return {
    rows: total,
    ...counts,
    unchanged: total - counts.created - counts.updated,
    dryRun: options.dryRun ?? false,
  };
}

/** One row as the INSERT reads it (snake_case: the keys are the recordset's columns). */
type ResolvedCase = {
  source: string;
  external_id: string;
  market_id: string;
  queue: string;
  content_type: string;
  text: string | null;
  media_url: string | null;
  sensitivity_tags: string[];
  policy_version_id: string;
  policy_id: string;
  decision: string;
  moderator_id: string;
  team_id: string;
  decided_at: string;
};

async function resolveRows(em: EntityManager, rows: readonly CaseRow[], viewer: Viewer | null) {
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const markets = new Map((await em.find(Market, {})).map((m) => [m.code.toLowerCase(), m]));
  const policyKeys = distinct(rows.map((r) => r.policy));
  const policies = new Set(
    (await em.find(Policy, { key: { $in: policyKeys } }, { fields: ['key'] })).map((p) => p.key),
  );
  const pairs = distinct(rows.filter((r) => policies.has(r.policy)).map((r) => `${r.policy}\u0000${r.policyVersion}`));
  const versions = new Map<string, PolicyVersion>();
  for (let i = 0; i < pairs.length; i += 500) {
    const chunk = pairs.slice(i, i + 500).map((pair) => {
      const [key, number] = pair.split('\u0000');
      return { policy: { key: key! }, number: Number(number) };
    });
    for (const version of await em.find(PolicyVersion, { $or: chunk }, { populate: ['policy'] })) {
      versions.set(`${version.policy.key}\u0000${version.number}`, version);
    }
  }
  const emails = distinct(rows.map((r) => r.moderatorEmail));
  const moderators = new Map<string, User>();
  for (let i = 0; i < emails.length; i += 5_000) {
    const where = { $and: [viewer ? userScope(viewer) : {}, { email: { $in: emails.slice(i, i + 5_000) } }] };
    for (const user of await em.find(User, where, { populate: ['team.vendor'] })) moderators.set(user.email, user);
  }

  const labelKeys = new Map([...versions.values()].map((v) => [v.id, new Set(v.labels.map((l) => l.key))]));
  const draftsVisible = viewer === null || canSeeDrafts(viewer);
  const errors: LineError[] = [];
  const resolved: ResolvedCase[] = [];
  for (const row of rows) {
    const before = errors.length;
    const fail = (field: string, message: string) => errors.push({ line: row.line, field, message });
    const market = markets.get(row.market.toLowerCase());
    if (!market)
      fail('market', `unknown market "${row.market}" (known: ${[...markets.values()].map((m) => m.code).join(', ')})`);
    const version = versions.get(`${row.policy}\u0000${row.policyVersion}`);
    if (!policies.has(row.policy)) fail('policy', `unknown policy "${row.policy}"`);
    else if (!version || (version.status === PolicyVersionStatus.DRAFT && !draftsVisible)) {
      fail('policyVersion', `policy "${row.policy}" has no version ${row.policyVersion}`);
    } else if (version.status === PolicyVersionStatus.DRAFT) {
      fail(
        'policyVersion',
        `version ${row.policyVersion} of "${row.policy}" is a draft: decisions are made under published versions`,
      );
    } else if (!labelKeys.get(version.id)!.has(row.decision)) {
      fail(
        'decision',
        `"${row.decision}" is not a label of "${row.policy}" version ${row.policyVersion} (its labels: ${version.labels.map((l) => l.key).join(', ')})`,
      );
    }
    const moderator = moderators.get(row.moderatorEmail);
    // A vendor's importer may only name its own vendor's moderators; anyone else is unknown to it.
    if (!moderator || (viewer && moderator.team && !canSeeCase(viewer, moderator.team))) {
      fail('moderatorEmail', `no moderator with the email ${row.moderatorEmail}`);
    } else if (!moderator.team) {
      fail('moderatorEmail', `${row.moderatorEmail} is not in a team: cases are decided by members of a team`);
    }
    if (errors.length > before) continue;
    resolved.push({
      source: row.source,
      external_id: row.externalId,
      market_id: market!.id,
      queue: row.queue,
      content_type: row.contentType,
      text: row.text,
      media_url: row.mediaUrl,
      sensitivity_tags: row.sensitivityTags,
      policy_version_id: version!.id,
      policy_id: version!.policy.id,
      decision: row.decision,
      moderator_id: moderator!.id,
      team_id: moderator!.team!.id,
      decided_at: row.decidedAt.toISOString(),
    });
  }
  return { resolved, errors };
}

/**
 * A vendor's importer must not overwrite a case of another vendor or of the platform
 * that happens to share a (source, externalId): such rows are refused.
 */
async function foreignCases(em: EntityManager, resolved: ResolvedCase[], rows: readonly CaseRow[], vendorId: string) {
  const keys = resolved.map((r, i) => ({ line: rows[i]!.line, source: r.source, external_id: r.external_id }));
  const clashes = await raw<{ line: number }>(
    em,
    `select x.line from json_to_recordset(?::json) as x(line int, source text, external_id text)
     join moderation_case c on c.source = x.source and c.external_id = x.external_id
     join team t on t.id = c.team_id
     where t.vendor_id is distinct from ?::uuid`,
    [JSON.stringify(keys), vendorId],
  );
  return clashes.map(({ line }) => ({
    line,
    field: 'externalId',
    message: 'this source and externalId belong to a case outside your vendor: use another externalId',
  }));
}

const COLUMNS =
  'market_id, queue, content_type, text, media_url, sensitivity_tags, policy_version_id, policy_id, decision, moderator_id, team_id, decided_at';
const excluded = (columns: string) =>
  columns
    .split(', ')
    .map((c) => `excluded.${c}`)
    .join(', ');
const current = (columns: string) =>
  columns
    .split(', ')
    .map((c) => `c.${c}`)
    .join(', ');

/**
 * One multi-row upsert: the batch travels as one JSON parameter (no limit on bind
 * parameters, one round trip), an unchanged case is left alone, and the counts come
 * back from PostgreSQL (`xmax = 0` marks a row the statement inserted).
 */
const UPSERT_SQL = `
with input as (
  select * from json_to_recordset(?::json) as x(
    source text, external_id text, market_id uuid, queue text, content_type content_type, text text,
    media_url text, sensitivity_tags text[], policy_version_id uuid, policy_id uuid, decision text,
    moderator_id uuid, team_id uuid, decided_at timestamptz)
), written as (
  insert into moderation_case as c (id, source, external_id, ${COLUMNS})
  select gen_random_uuid(), source, external_id, ${COLUMNS} from input
  on conflict (source, external_id) do update set
    (${COLUMNS}, updated_at) = (${excluded(COLUMNS)}, now())
  where (${current(COLUMNS)}) is distinct from (${excluded(COLUMNS)})
  returning (xmax = 0) as created
)
select count(*) filter (where created) as created, count(*) filter (where not created) as updated from written`;

/** A raw statement with real bind parameters, inside `em`'s transaction if it has one. */
async function raw<T>(em: EntityManager, sql: string, bindings: readonly (string | number)[]): Promise<T[]> {
  const query = em.getKnex().raw(sql, bindings as Knex.RawBinding[]);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
