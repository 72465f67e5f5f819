import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCategory, Verdict } from '../../src/modules/audit/audit.enums.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { type AuditSpec } from './audit-history.js';
import { type TestServer } from './test-server.js';

// Shared by the RCA tests: the operations, and audits in a queue of the tests' own.

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

export const FIELDS = `id title state origin rootCause errorCategory queue startedAt resolvedAt resolutionNote
  market { code } team { name } filedBy { email } owner { email }
  linkedAudits { id } linkedCases { id }
  actionItems { id title dueDate status overdue owner { email } }
  trend { audited errors previousErrors rate }
  effectiveness { weeks before { audits errors rate complete } after { audits errors rate complete } change }`;
export const CREATE = `mutation($input: CreateRcaEscalationInput!) { createRcaEscalation(input: $input) { escalation { ${FIELDS} } } }`;
export const GET = `query($id: ID!) { rcaEscalation(id: $id) { ${FIELDS} } }`;
export const START =
  'mutation($id: ID!) { startRcaEscalation(input: { escalationId: $id }) { escalation { state startedAt owner { email } } } }';
export const RESOLVE =
  'mutation($input: ResolveRcaEscalationInput!) { resolveRcaEscalation(input: $input) { escalation { state resolvedAt resolutionNote } } }';
export const ADD_ITEM =
  'mutation($input: AddRcaActionItemInput!) { addRcaActionItem(input: $input) { actionItem { id status overdue owner { email } } } }';
export const SET_ITEM =
  'mutation($input: SetRcaActionItemStatusInput!) { setRcaActionItemStatus(input: $input) { actionItem { id status } } }';
export const OVERDUE = '{ overdueRcaActionItems { id title dueDate escalation { id } } }';

/** The tests' audits are in a queue of their own, apart from the demo's. */
export const QUEUE = 'rca-test-comments';

export const ems = (s: TestServer) => s.concord.deps.orm.em.fork() as EntityManager;
export const idOf = async (s: TestServer, email: string) => (await ems(s).findOneOrFail(User, { email })).id;
export const marketId = async (s: TestServer, code: string) => (await ems(s).findOneOrFail(Market, { code })).id;

/** n audits on `day`: the first `errors` incorrect of `category`, the rest correct. */
export const audits = (day: string, n: number, errors = 0, category = ErrorCategory.MISSED_VIOLATION): AuditSpec[] =>
  Array.from({ length: n }, (_, i) =>
    i < errors ? { day, verdict: Verdict.INCORRECT, errorCategory: category } : { day, verdict: Verdict.CORRECT },
  );
