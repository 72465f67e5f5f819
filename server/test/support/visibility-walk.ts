/**
 * The schema walk of visibility-walk.test.ts: the world, what each viewer must not
 * learn, and the queries and subscriptions that look for it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Client } from 'graphql-ws';
import { buildConcordSchema } from '../../src/app/schema.js';
import { LABELS } from './audit-fixtures.js';
import { argumentSets, coordinateOf, objectsOf, operationFor, type Candidates } from './schema-walk.js';
import type { GraphQLResponse, TestServer } from './test-server.js';
import { buildWorld, VOTERS, type Person, type World } from './visibility-world.js';

let schema: GraphQLSchema;
export let world: World;
/** Every vendor user, team and vendor of the database (the demo's too), by vendor id. */
let vendorOfUser: Map<string, string>;
let vendorOfTeam: Map<string, string>;
let vendorIds: Set<string>;

/** Filter fields over something the blind rule hides: a blind case must never match them. */
const HIDDEN_FILTERS = new Set(['decision', 'search', 'verdict', 'errorCategory', 'expectedLabel']);

/** Builds the walk's world in an emptied database: the demo's rows would push the world's off the first page. */
export async function prepareWalk(s: TestServer) {
  schema = await buildConcordSchema();
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  // The walk's own world only: the demo's rows would push the world's off the first page.
  const tables = await em.execute<{ name: string }[]>(
    `select tablename as name from pg_tables where schemaname = 'public' and tablename not in ('market', 'mikro_orm_migrations')`,
  );
  // The audit log refuses TRUNCATE (append-only); its owner may switch that off for one
  // transaction, as only someone with the database's own rights can.
  await em.transactional(async (tx) => {
    await tx.execute('alter table audit_log_entry disable trigger user');
    await tx.execute(`truncate ${tables.map((t) => `"${t.name}"`).join(', ')} cascade`);
    await tx.execute('alter table audit_log_entry enable trigger user');
  });
  world = await buildWorld(s);
  const users = await em.execute<{ id: string; vendor: string }[]>(
    'select u.id, t.vendor_id as vendor from app_user u join team t on t.id = u.team_id where t.vendor_id is not null',
  );
  vendorOfUser = new Map(users.map((u) => [u.id, u.vendor]));
  const teams = await em.execute<{ id: string; vendor: string }[]>(
    'select id, vendor_id as vendor from team where vendor_id is not null',
  );
  vendorOfTeam = new Map(teams.map((t) => [t.id, t.vendor]));
  vendorIds = new Set(teams.map((t) => t.vendor));
}

/** What `viewer` must not learn, given which items are still unrevealed. */
export function secretsFor(viewer: Person, unrevealed: number[], pending: number[]) {
  const ownVendor = viewer.vendor ? world.vendors[viewer.vendor].id : null;
  const voter = (VOTERS as readonly string[]).includes(viewer.key);
  const blindCases = new Set(voter ? unrevealed.map((i) => world.caseIds[i]!) : []);
  const pendingCases = new Set(voter ? pending.map((i) => world.caseIds[i]!) : []);
  const strings: string[] = [];
  if (voter) {
    for (const i of pending) strings.push(world.caseText[world.caseIds[i]!]!);
    for (const caseId of blindCases) strings.push(world.feedbackOfCase[caseId]!);
    if (blindCases.has(world.caseIds[2]!)) strings.push(`Secret-appeal-${world.suffix}`);
    for (const [voterKey, byItem] of Object.entries(world.rationales)) {
      if (voterKey === viewer.key) continue;
      for (const i of unrevealed) if (byItem[i]) strings.push(byItem[i]);
    }
  }
  if (ownVendor) {
    for (const person of Object.values(world.people)) {
      if (person.vendor && person.vendor !== viewer.vendor) strings.push(person.name, person.email);
    }
    const other = world.vendors[viewer.vendor === 'A' ? 'B' : 'A'];
    strings.push(other.name, other.teamName);
  }
  return {
    voter,
    ownVendor,
    blindCases,
    pendingCases,
    strings,
    unrevealedItems: new Set(voter ? unrevealed.map((i) => world.itemIds[i]!) : []),
    blindAudits: new Set([...blindCases].map((c) => world.auditOfCase[c]!)),
  };
}

type Secrets = ReturnType<typeof secretsFor>;
export type Seen = { blindCases: number; maskedPeople: number };

/** Every leak in one answer of `field` (its type) to the viewer with these secrets. */
export function leaksIn(
  type: Parameters<typeof objectsOf>[1],
  data: unknown,
  secrets: Secrets,
  seen: Seen,
  hiddenFilter: boolean,
) {
  const leaks: string[] = [];
  const text = JSON.stringify(data) ?? '';
  for (const secret of secrets.strings) if (text.includes(secret)) leaks.push(`says "${secret}"`);
  const otherVendor = (vendor: string | undefined) =>
    secrets.ownVendor !== null && vendor !== undefined && vendor !== secrets.ownVendor;
  for (const { type: name, object } of objectsOf(schema, type, data)) {
    const id = object['id'] as string | undefined;
    switch (name) {
      case 'Case':
        if (id && secrets.blindCases.has(id)) {
          seen.blindCases++;
          if (hiddenFilter) leaks.push(`blind case ${id} matched a filter on a hidden field`);
          for (const f of ['decision', 'decisionLabel', 'moderator'])
            if (object[f] != null) leaks.push(`blind case ${id}.${f}`);
          if (secrets.pendingCases.has(id))
            for (const f of ['text', 'mediaUrl']) if (object[f] != null) leaks.push(`pending case ${id}.${f}`);
        }
        break;
      case 'CalibrationItem':
        if (id && secrets.unrevealedItems.has(id) && object['gold'] != null) leaks.push(`gold of item ${id}`);
        if (id && secrets.unrevealedItems.has(id) && object['votes'] != null) leaks.push(`votes of item ${id}`);
        break;
      case 'Tally':
        if (secrets.unrevealedItems.has(object['itemId'] as string) && object['distribution'] != null)
          leaks.push(`distribution of item ${String(object['itemId'])}`);
        break;
      case 'Audit':
        if (id && secrets.blindAudits.has(id)) leaks.push(`audit ${id} of a blind case`);
        break;
      case 'User':
        if (id && otherVendor(vendorOfUser.get(id))) leaks.push(`user ${id} of another vendor`);
        if (id && secrets.ownVendor !== null && !vendorOfUser.has(id) && object['anonymous'] === true)
          seen.maskedPeople++;
        break;
      case 'Team':
        if (id && otherVendor(vendorOfTeam.get(id))) leaks.push(`team ${id} of another vendor`);
        break;
      case 'Vendor':
        if (id && vendorIds.has(id) && otherVendor(id)) leaks.push(`vendor ${id}`);
        break;
      default:
    }
  }
  return leaks;
}

/** Values the world offers for an argument or input field, by name and type. */
function candidates(viewer: Person): Candidates {
  const p = (...keys: string[]) => keys.map((k) => world.people[k]!.id);
  const byName: Record<string, unknown[]> = {
    marketId: world.marketIds,
    marketIds: [world.marketIds],
    teamId: [world.vendors.A.teamId, world.vendors.B.teamId, world.internalTeamId],
    teamIds: [[world.vendors.A.teamId, world.vendors.B.teamId]],
    vendorId: [world.vendors.A.id, world.vendors.B.id],
    moderatorId: p('modA2', 'modB2'),
    userId: p('modA1', 'modB1', 'modA2', 'modB2'),
    facilitatorId: p('qaManager'),
    ownerId: p('managerA', 'managerB'),
    policyId: [world.policyId],
    policyVersionId: [world.versionId],
    versionId: [world.versionId],
    sessionId: [world.sessionId],
    planId: [world.planId],
    decision: LABELS.map((l) => l.key),
    expectedLabel: LABELS.map((l) => l.key),
    label: LABELS.map((l) => l.key),
    search: ['Secret-text', world.caseText[world.caseIds[4]!], world.caseText[world.caseIds[5]!]],
    queue: [world.queue],
    dayFrom: ['2026-11-01'],
    dayTo: ['2026-11-30'],
    from: ['2026-11-01'],
    to: ['2026-11-30'],
    decidedFrom: ['2026-11-01T00:00:00Z'],
    decidedTo: ['2026-11-30T00:00:00Z'],
    first: [100],
    limit: [100],
    minVotes: [1],
    threshold: [1],
  };
  const idsByField: Record<string, unknown[]> = {
    audit: world.auditIds,
    case: world.caseIds,
    calibrationSession: [world.sessionId],
    briefing: [world.briefingId],
    briefingQuestion: world.questionIds,
    policy: [world.policyId],
    policyVersion: [world.versionId],
    rcaEscalation: [world.escalationId],
    samplingPlan: [world.planId],
    quiz: [world.quizId],
    policyVersionComparison: [world.policyId],
  };
  void viewer;
  return (name: string, type: GraphQLInputType, parent: string) => {
    if (name === 'page') return [{ first: 100 }];
    if (name === 'after') return undefined;
    if (name === 'id' || (name === 'policyId' && idsByField[parent])) return idsByField[parent];
    if (name === 'fromId' || name === 'toId') return [world.versionId];
    if (byName[name]) return byName[name];
    const named = getNamedType(type);
    const list = isListType(getNullableType(type));
    if (isEnumType(named)) {
      const values = named.getValues().map((v) => v.value as string);
      return list ? values.map((v) => [v]) : values;
    }
    if (named.name === 'Boolean') return [true];
    if (isNonNullType(type)) {
      if (named.name === 'Int') return [10];
      if (named.name === 'Float') return [0.5];
      if (named.name === 'String') return ['x'];
    }
    return undefined;
  };
}

/**
 * Runs every query of the schema as `viewer` and returns every leak found. A field the
 * viewer's role may not read (FORBIDDEN below the root) is left out of their selections,
 * so the rest of the answer is still walked; a query refused at its root is asked once.
 */
async function walkQueries(s: TestServer, viewer: Person, unrevealed: number[], pending: number[]) {
  const secrets = secretsFor(viewer, unrevealed, pending);
  const seen: Seen = { blindCases: 0, maskedPeople: 0 };
  const leaks: string[] = [];
  const failures: string[] = [];
  const pruned = new Set<string>();
  let operations = 0;
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    // A viewer with nothing to hide from (platform staff who do not vote) is walked for
    // errors with each query's required arguments only: no filter could show them a secret.
    const sets = argumentSets(field, candidates(viewer));
    const hidesNothing = !secrets.voter && secrets.ownVendor === null;
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
    for (const args of hidesNothing
      ? sets.filter((set) => Object.keys(set).every((k) => required.includes(k)))
      : sets) {
      let result: GraphQLResponse;
      for (;;) {
        result = await s.gql(cachedOperation(field, args, pruned), args, viewer.token);
        operations++;
        const deep = (result.errors ?? []).filter(
          (e) => e.extensions?.code === 'FORBIDDEN' && (e.path?.length ?? 0) > 1,
        );
        const coordinates = deep.map((e) => coordinateOf(schema, e.path!));
        const fresh = coordinates.filter((c): c is string => c !== null && !pruned.has(c));
        if (fresh.length === 0) break;
        for (const c of fresh) pruned.add(c);
      }
      const label = `${field.name}(${JSON.stringify(args)})`;
      for (const error of result.errors ?? []) {
        const code = error.extensions?.code;
        if (!['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(String(code)))
          failures.push(`${viewer.key}: ${label}: ${String(code)} ${error.message}`);
      }
      const rootForbidden = (result.errors ?? []).some(
        (e) => e.extensions?.code === 'FORBIDDEN' && e.path?.length === 1,
      );
      const hiddenFilter = Object.values(args).some(
        (v) => v !== null && typeof v === 'object' && Object.keys(v).some((k) => HIDDEN_FILTERS.has(k)),
      );
      const data = result.data?.[field.name];
      for (const leak of leaksIn(field.type, data, secrets, seen, hiddenFilter))
        leaks.push(`${viewer.key}: ${label} ${leak}`);
      const connection = data as { totalCount?: number; edges?: unknown[]; pageInfo?: { hasNextPage: boolean } } | null;
      if (connection?.edges && connection.pageInfo && !connection.pageInfo.hasNextPage) {
        if (connection.totalCount !== connection.edges.length)
          leaks.push(`${viewer.key}: ${label} counts ${connection.totalCount} of ${connection.edges.length}`);
      }
      // The role may not ask this query at all: its variants would be refused the same way.
      if (
        rootForbidden &&
        Object.keys(args).every((k) => field.args.find((a) => a.name === k && isNonNullType(a.type)))
      )
        break;
    }
  }
  return { leaks, failures, seen, operations };
}

/**
 * The operation text depends on the arguments' shape, not on the ids in them: built once per shape (building it parses and prices selections at every depth).
 */
const operations = new Map<string, string>();
function cachedOperation(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, pruned: Set<string>) {
  // Ids do not change an operation's cost; enums (a groupBy) and sizes may.
  const shape = JSON.stringify(args).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'id');
  const key = `${field.name}|${shape}|${[...pruned].sort().join(',')}`;
  let text = operations.get(key);
  if (!text) {
    text = operationFor(schema, 'query', field, args, pruned);
    operations.set(key, text);
  }
  return text;
}

/** Walks every viewer at once (each one's queries in turn) and gathers what they found. */
export async function walkAll(s: TestServer, keys: string[], unrevealed: number[], pending: number[]) {
  const results = await Promise.all(keys.map((key) => walkQueries(s, world.people[key]!, unrevealed, pending)));
  return {
    leaks: results.flatMap((r) => r.leaks),
    failures: results.flatMap((r) => r.failures),
    operations: results.reduce((n, r) => n + r.operations, 0),
    seen: Object.fromEntries(keys.map((k, i) => [k, results[i]!.seen])),
  };
}

/** The viewers of the walk: the seven demo roles and each vendor's QA analyst and manager. */
export const VIEWERS = [
  'admin',
  'policyOwner',
  'qaManager',
  'qaSpecialist',
  'modA1',
  'modB1',
  'leadA',
  'analystA',
  'managerA',
  'analystB',
  'managerB',
];

/** Subscribes `viewer` to a live feed with every field selected. */
export function listen(
  s: TestServer,
  viewer: Person,
  field: 'sessionEvents' | 'briefingEvents',
  args: Record<string, unknown>,
) {
  const subscription = schema.getSubscriptionType()!.getFields()[field]!;
  const query = operationFor(schema, 'subscription', subscription, args);
  const client: Client = s.wsClient({ authorization: `Bearer ${viewer.token}` });
  const events: unknown[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe(
    { query, variables: args },
    {
      next: (r) => {
        if (r.errors) errors.push(...r.errors);
        const event = (r.data as Record<string, unknown> | null | undefined)?.[field];
        if (event) events.push(event);
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return { viewer, subscription, events, errors, dispose };
}

export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
