import AxeBuilder from '@axe-core/playwright';
import { request as apiRequest, type Browser } from '@playwright/test';
import { DEMO_PASSWORD, expect, storeSession, test } from '../fixtures';
import { ShellPage } from '../pages/shell.page';

/**
 * Every page for every role: the page itself or the plain "not available for your role" state,
 * never an error; no sideways scroll on a 390 px phone; no serious or critical axe violation at
 * 1280 px. One browser context per role, signed in through the API.
 */

type Role = 'ADMIN' | 'POLICY_OWNER' | 'QA_MANAGER' | 'QA_SPECIALIST' | 'MODERATOR';
const ROLES: readonly Role[] = ['ADMIN', 'POLICY_OWNER', 'QA_MANAGER', 'QA_SPECIALIST', 'MODERATOR'];
const SIGN_IN: Record<Role, string> = {
  ADMIN: 'admin@concord.demo',
  POLICY_OWNER: 'policy@concord.demo',
  QA_MANAGER: 'qa.manager@concord.demo',
  QA_SPECIALIST: 'qa.specialist@concord.demo',
  MODERATOR: 'moderator.it@concord.demo',
};

// Who may use which page, as the product states it (the server's rules and the README); the
// client's route table must agree.
const EVERYONE = ROLES;
const QA: readonly Role[] = ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST'];
const ANALYSTS: readonly Role[] = [...QA, 'POLICY_OWNER'];
const POLICY_WRITERS: readonly Role[] = ['ADMIN', 'POLICY_OWNER'];

type Ids = {
  policy: string;
  draft: string;
  case: string;
  closedSession: string;
  scheduledSession: string;
  briefing: string;
  audit: string;
  quiz: string;
};

const routesFor = (ids: Ids): { path: string; roles: readonly Role[] }[] => [
  { path: '/', roles: EVERYONE },
  { path: '/policies', roles: EVERYONE },
  { path: `/policies/${ids.policy}`, roles: EVERYONE },
  { path: `/policies/${ids.policy}/compare`, roles: EVERYONE },
  { path: `/policies/${ids.policy}/versions/${ids.draft}/edit`, roles: POLICY_WRITERS },
  { path: '/cases', roles: EVERYONE },
  { path: `/cases/${ids.case}`, roles: EVERYONE },
  { path: '/calibration', roles: EVERYONE },
  { path: `/calibration/${ids.scheduledSession}`, roles: EVERYONE },
  { path: `/calibration/${ids.closedSession}/results`, roles: EVERYONE },
  { path: '/briefings', roles: EVERYONE },
  { path: `/briefings/${ids.briefing}`, roles: EVERYONE },
  { path: '/audits', roles: QA },
  { path: '/audits/plans', roles: QA },
  { path: `/audits/${ids.audit}`, roles: QA },
  { path: '/my-audits', roles: ['MODERATOR'] },
  { path: '/my-audits/team', roles: ['MODERATOR'] },
  { path: '/appeals', roles: QA },
  { path: '/quality', roles: QA },
  { path: '/rca', roles: QA },
  { path: '/quizzes', roles: EVERYONE },
  { path: `/quizzes/${ids.quiz}`, roles: EVERYONE },
  { path: `/quizzes/${ids.quiz}/results`, roles: QA },
  { path: '/analytics', roles: ANALYSTS },
];

// Pages for everyone open what that role can see; the rest are the same for every role.
const SHARED_IDS = `query PagesSpecSharedIds {
  policies { id versions { id status } }
  calibrationSessions { id title status }
  audits(page: { first: 1 }) { edges { node { id } } }
}`;
const OWN_IDS = `query PagesSpecOwnIds {
  cases(page: { first: 1 }) { edges { node { id } } }
  briefings(status: ENDED) { id }
  quizzes { id }
}`;

const sessions = new Map<Role, { token: string; expiresAt: string }>();
const ids = new Map<Role, Ids>();

test.beforeAll(async () => {
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
});

/** The role that runs axe on a page: the first of ROLES that may use it, so each page is checked once. */
const axeRoleOf = (roles: readonly Role[]) => ROLES.find((role) => roles.includes(role));

async function visitEveryPage(browser: Browser, role: Role): Promise<void> {
  const context = await browser.newContext({
    baseURL: process.env['CONCORD_E2E_BASE_URL'],
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await storeSession(page, sessions.get(role)!);
  const shell = new ShellPage(page);

  await page.goto('/');
  for (const route of routesFor(ids.get(role)!)) {
    const allowed = route.roles.includes(role);
    await test.step(`${route.path} (${allowed ? 'page' : 'not for this role'})`, async () => {
      await shell.open(route.path);
      await shell.expectSettled();
      await expect.soft(shell.errors, `no error on ${route.path}`).toHaveCount(0);
      if (allowed) await expect.soft(shell.notForRole).toHaveCount(0);
      else await expect.soft(shell.notForRole).toBeVisible();

      const sideways = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect
        .soft(sideways.scrollWidth, `${route.path} scrolls sideways at 390 px`)
        .toBeLessThanOrEqual(sideways.innerWidth);

      if (axeRoleOf(route.roles) === role) {
        await page.setViewportSize({ width: 1280, height: 800 });
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect.soft(serious, `axe on ${route.path}`).toEqual([]);
        await page.setViewportSize({ width: 390, height: 844 });
      }
    });
  }
  await context.close();
}

test.describe('every page, for every role', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const role of ROLES) {
    test(`${role}: the page or "not available for your role", no sideways scroll, no axe violation`, async ({
      browser,
    }) => {
      await visitEveryPage(browser, role);
    });
  }
});
