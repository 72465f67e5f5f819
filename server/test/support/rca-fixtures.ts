import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCategory, Verdict } from '../../src/modules/audit/audit.enums.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { Role } from '../../src/modules/identity/role.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { type AuditSpec } from './audit-history.js';
import { createPolicyWithCases } from './calibration-fixtures.js';
import { type TestServer } from './test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './users.js';

// Shared by the RCA tests: the operations, audits in a queue of the tests' own, and a world
// of their own to file escalations in.

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

type Person = { id: string; email: string; token: string };

/**
 * An RCA test's world, nothing of it shared: three markets of its own (Italian, German,
 * Korean); a vendor ("Lumen") with a team in the first two, another ("Harbor") with one in
 * the third,
 * each team with a moderator who decided `casesPerTeam` cases in its market (in
 * `cases`, by team key, oldest first); an internal QA team with a specialist and a manager;
 * a policy owner. People are signed in.
 */
export async function rcaWorld(s: TestServer, casesPerTeam = 10) {
  const em = ems(s);
  const [it, de, ko] = [await createMarket(em, 'it'), await createMarket(em, 'de'), await createMarket(em, 'ko')];
  const [lumen, harbor] = [await createVendor(em, `Lumen ${unique()}`), await createVendor(em, `Harbor ${unique()}`)];
  const teams = {
    lumenIt: await createTeam(em, { market: it, vendor: lumen }),
    lumenDe: await createTeam(em, { market: de, vendor: lumen }),
    harborKo: await createTeam(em, { market: ko, vendor: harbor }),
    staff: await createTeam(em, { market: it }),
  };
  const signedIn = async (role: Role, team: (typeof teams)[keyof typeof teams] | null) => {
    const user = await createUser(em, role, it, { team });
    return { id: user.id, email: user.email, token: await s.signIn(user.email) } as Person;
  };
  const people = {
    specialist: await signedIn(Role.QA_SPECIALIST, teams.staff),
    manager: await signedIn(Role.QA_MANAGER, teams.staff),
    owner: await signedIn(Role.POLICY_OWNER, null),
    moderator: await signedIn(Role.MODERATOR, teams.lumenIt),
  };
  const cases: Record<'lumenIt' | 'lumenDe' | 'harborKo', { id: string }[]> = {
    lumenIt: [],
    lumenDe: [],
    harborKo: [],
  };
  for (const key of ['lumenIt', 'lumenDe', 'harborKo'] as const) {
    const team = teams[key];
    const moderator =
      key === 'lumenIt'
        ? await em.findOneOrFail(User, people.moderator.id, { populate: ['team'] })
        : await createUser(em, Role.MODERATOR, team.market, { team });
    const made = await createPolicyWithCases(em, [team.market.code], casesPerTeam, moderator);
    cases[key] = made.cases.map((c) => ({ id: c.id }));
  }
  const ref = (t: (typeof teams)[keyof typeof teams]) => ({ id: t.id, name: t.name, marketCode: t.market.code });
  return {
    markets: { it: { id: it.id, code: it.code }, de: { id: de.id, code: de.code }, ko: { id: ko.id, code: ko.code } },
    teams: { lumenIt: ref(teams.lumenIt), lumenDe: ref(teams.lumenDe), harborKo: ref(teams.harborKo) },
    people,
    cases,
  };
}
