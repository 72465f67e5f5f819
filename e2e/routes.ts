import { request as apiRequest } from '@playwright/test';
import { DEMO_PASSWORD, expect } from './fixtures';

/**
 * Every page inside the shell, with the roles that use it as the product states it (the
 * server's rules and the README), and the seeded ids that open it for each role.
 */

export type Role = 'ADMIN' | 'POLICY_OWNER' | 'QA_MANAGER' | 'QA_SPECIALIST' | 'MODERATOR';
export const ROLES: readonly Role[] = ['ADMIN', 'POLICY_OWNER', 'QA_MANAGER', 'QA_SPECIALIST', 'MODERATOR'];
const SIGN_IN: Record<Role, string> = {
  ADMIN: 'admin@concord.demo',
  POLICY_OWNER: 'policy@concord.demo',
  QA_MANAGER: 'qa.manager@concord.demo',
  QA_SPECIALIST: 'qa.specialist@concord.demo',
  MODERATOR: 'moderator.it@concord.demo',
};

const EVERYONE = ROLES;
const QA: readonly Role[] = ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST'];
const ANALYSTS: readonly Role[] = [...QA, 'POLICY_OWNER'];
const POLICY_WRITERS: readonly Role[] = ['ADMIN', 'POLICY_OWNER'];

export type Ids = {
  policy: string;
  draft: string;
  case: string;
  closedSession: string;
  scheduledSession: string;
  briefing: string;
  audit: string;
  quiz: string;
};

/** A page: its route (as the client's route table spells it), the address to open, who uses it. */
export type PageEntry = { route: string; path: (ids: Ids) => string; roles: readonly Role[] };

export const PAGES: readonly PageEntry[] = [
  { route: '/', path: () => '/', roles: EVERYONE },
  { route: '/policies', path: () => '/policies', roles: EVERYONE },
  { route: '/policies/:policyId', path: (ids) => `/policies/${ids.policy}`, roles: EVERYONE },
  { route: '/policies/:policyId/compare', path: (ids) => `/policies/${ids.policy}/compare`, roles: EVERYONE },
  {
    route: '/policies/:policyId/versions/:versionId/edit',
    path: (ids) => `/policies/${ids.policy}/versions/${ids.draft}/edit`,
    roles: POLICY_WRITERS,
  },
  { route: '/cases', path: () => '/cases', roles: EVERYONE },
  { route: '/cases/:caseId', path: (ids) => `/cases/${ids.case}`, roles: EVERYONE },
  { route: '/calibration', path: () => '/calibration', roles: EVERYONE },
  { route: '/calibration/:id', path: (ids) => `/calibration/${ids.scheduledSession}`, roles: EVERYONE },
  { route: '/calibration/:id/results', path: (ids) => `/calibration/${ids.closedSession}/results`, roles: EVERYONE },
  { route: '/briefings', path: () => '/briefings', roles: EVERYONE },
  { route: '/briefings/:id', path: (ids) => `/briefings/${ids.briefing}`, roles: EVERYONE },
  { route: '/audits', path: () => '/audits', roles: QA },
  { route: '/audits/plans', path: () => '/audits/plans', roles: QA },
  { route: '/audits/:auditId', path: (ids) => `/audits/${ids.audit}`, roles: QA },
  { route: '/my-audits', path: () => '/my-audits', roles: ['MODERATOR'] },
  { route: '/my-audits/team', path: () => '/my-audits/team', roles: ['MODERATOR'] },
  { route: '/appeals', path: () => '/appeals', roles: QA },
  { route: '/quality', path: () => '/quality', roles: QA },
  { route: '/rca', path: () => '/rca', roles: QA },
  { route: '/quizzes', path: () => '/quizzes', roles: EVERYONE },
  { route: '/quizzes/:quizId', path: (ids) => `/quizzes/${ids.quiz}`, roles: EVERYONE },
  { route: '/quizzes/:quizId/results', path: (ids) => `/quizzes/${ids.quiz}/results`, roles: QA },
  { route: '/analytics', path: () => '/analytics', roles: ANALYSTS },
  { route: '/people', path: () => '/people', roles: ['ADMIN', 'QA_MANAGER'] },
  { route: '/organisation', path: () => '/organisation', roles: ['ADMIN', 'QA_MANAGER'] },
  { route: '/audit-log', path: () => '/audit-log', roles: ['ADMIN', 'QA_MANAGER'] },
  { route: '/account', path: () => '/account', roles: EVERYONE },
];

export const pageAt = (route: string): PageEntry => {
  const entry = PAGES.find((candidate) => candidate.route === route);
  if (!entry) throw new Error(`No page at ${route}`);
  return entry;
};

/** The one role that checks a page's layout and accessibility: the first of ROLES that uses it. */
export const checkingRoleOf = (entry: PageEntry): Role => ROLES.find((role) => entry.roles.includes(role))!;

export type Session = { token: string; expiresAt: string };

// Pages for everyone open what that role can see; the rest are the same for every role.
const SHARED_IDS = `query PagesSpecSharedIds {
  policies { id versions { id status } }
  calibrationSessions(first: 200) { id title status }
  audits(page: { first: 1 }) { edges { node { id } } }
}`;
const OWN_IDS = `query PagesSpecOwnIds {
  cases(page: { first: 1 }) { edges { node { id } } }
  briefings(status: ENDED) { id }
  quizzes { id }
}`;

/** Signs every role in through the API and reads the seeded ids each one opens. */
export async function seedSessions(): Promise<{ sessions: Map<Role, Session>; ids: Map<Role, Ids> }> {
  const api = await apiRequest.newContext({ baseURL: process.env['CONCORD_E2E_BASE_URL'] });
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await api.post('/graphql', {
      data: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const reply = (await response.json()) as { data?: any; errors?: unknown };
    expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
    return reply.data;
  };
  const sessions = new Map<Role, Session>();
  const ids = new Map<Role, Ids>();
  for (const role of ROLES) {
    const data = await post('mutation SignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt } }', {
      input: { email: SIGN_IN[role], password: DEMO_PASSWORD },
    });
    sessions.set(role, data.signIn);
  }
  const data = await post(SHARED_IDS, {}, sessions.get('ADMIN')!.token);
  const policy = data.policies.find((p: any) => p.versions.some((v: any) => v.status === 'DRAFT'));
  for (const role of ROLES) {
    const own = await post(OWN_IDS, {}, sessions.get(role)!.token);
    ids.set(role, {
      policy: policy.id,
      draft: policy.versions.find((v: any) => v.status === 'DRAFT').id,
      case: own.cases.edges[0].node.id,
      closedSession: data.calibrationSessions.find((s: any) => /week 46/i.test(s.title)).id,
      scheduledSession: data.calibrationSessions.find((s: any) => /week 48/i.test(s.title)).id,
      briefing: own.briefings[0].id,
      audit: data.audits.edges[0].node.id,
      quiz: own.quizzes[0].id,
    });
  }
  await api.dispose();
  return { sessions, ids };
}
