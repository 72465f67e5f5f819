import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, storeSession, test } from '../fixtures';
import { ShellPage } from '../pages/shell.page';
import { checkingRoleOf, PAGES, pageAt, ROLES, seedSessions, type Ids, type Role, type Session } from '../routes';

/**
 * Every page once, with one role that uses it: no error, no sideways scroll on a 390 px phone,
 * no serious or critical axe violation at 1280 px. Which role may open which page is proved for
 * every route and role by client/src/app/page-routes.test.tsx; here a few pages per role are
 * opened for real, each giving the page or the plain "not available for your role" state.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Pages on each role's boundary, and the ones that open that role's own data. */
const SPOT_CHECKS: Record<Role, readonly string[]> = {
  ADMIN: ['/my-audits'],
  POLICY_OWNER: ['/policies/:policyId/versions/:versionId/edit', '/analytics', '/audits'],
  QA_MANAGER: ['/quality', '/policies/:policyId/versions/:versionId/edit', '/my-audits'],
  QA_SPECIALIST: ['/quizzes/:quizId/results', '/analytics', '/policies/:policyId/versions/:versionId/edit'],
  MODERATOR: ['/cases/:caseId', '/briefings/:id', '/quizzes/:quizId', '/audits', '/analytics'],
};

let sessions: Map<Role, Session>;
let ids: Map<Role, Ids>;

test.beforeAll(async () => {
  ({ sessions, ids } = await seedSessions());
});

/** A tab signed in as `role`, with the app loaded, so every page after it opens client-side. */
async function signedInTab(browser: Browser, role: Role, viewport: typeof PHONE): Promise<ShellPage> {
  const context = await browser.newContext({ baseURL: process.env['CONCORD_E2E_BASE_URL'], viewport });
  const page = await context.newPage();
  await storeSession(page, sessions.get(role)!);
  await page.goto('/');
  return new ShellPage(page);
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  // WCAG 2.x A and AA rules only: the best-practice ones report moderate findings at most, and cost time.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The page's width, and the elements that reach past the window without a box that clips them
 * (one whose overflow is not visible, between the element and the page along its containing
 * blocks: an absolutely positioned element escapes a scroller that is not positioned).
 */
function sidewaysScroll(page: Page): Promise<{ width: number; wider: string[] }> {
  return page.evaluate(() => {
    const clipped = (element: Element): boolean => {
      let position = getComputedStyle(element).position;
      for (let box = element.parentElement; box && position !== 'fixed'; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (position === 'absolute' && style.position === 'static') continue;
        if (style.overflowX !== 'visible') return true;
        position = style.position;
      }
      return false;
    };
    const wider = Array.from(document.body.querySelectorAll('*'))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(element))
      .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`);
    return { width: document.documentElement.scrollWidth, wider: wider.slice(0, 5) };
  });
}

const checkingRoles = [...new Set(PAGES.map(checkingRoleOf))];

for (const role of checkingRoles) {
  // One tab per role for all its pages (they open client-side; a failure's new worker opens a new tab), one test per
  // page so each has its own time and report.
  test.describe(`${role}'s pages fit a 390 px phone and have no serious axe violation`, () => {
    test.describe.configure({ timeout: 60_000 });
    let shell: ShellPage;
    test.beforeAll(async ({ browser }) => {
      shell = await signedInTab(browser, role, PHONE);
    });
    test.afterAll(async () => {
      await shell.page.context().close();
    });

    for (const entry of PAGES.filter((candidate) => checkingRoleOf(candidate) === role)) {
      test(entry.route, async () => {
        const path = entry.path(ids.get(role)!);
        await shell.open(path);
        await shell.expectSettled();
        await expect.soft(shell.errors, `no error on ${path}`).toHaveCount(0);
        await expect.soft(shell.notForRole, `${role} uses ${path}`).toHaveCount(0);

        const { width, wider } = await sidewaysScroll(shell.page);
        expect.soft(width, `${path} scrolls sideways at 390 px: ${wider.join(', ')}`).toBeLessThanOrEqual(PHONE.width);

        await shell.page.setViewportSize(DESKTOP);
        try {
          expect.soft(await seriousAxeViolations(shell.page), `axe on ${path}`).toEqual([]);
        } finally {
          await shell.page.setViewportSize(PHONE);
        }
      });
    }
  });
}

for (const role of ROLES) {
  test(`${role} gets each page it uses, and "not available for your role" for the others`, async ({ browser }) => {
    const shell = await signedInTab(browser, role, DESKTOP);
    for (const route of SPOT_CHECKS[role]) {
      const entry = pageAt(route);
      const uses = entry.roles.includes(role);
      const path = entry.path(ids.get(role)!);
      await test.step(`${route} (${uses ? 'the page' : 'not for this role'})`, async () => {
        await shell.open(path);
        await shell.expectSettled();
        await expect.soft(shell.errors, `no error on ${path}`).toHaveCount(0);
        if (uses) await expect.soft(shell.notForRole).toHaveCount(0);
        else await expect.soft(shell.notForRole).toBeVisible();
      });
    }
    await shell.page.context().close();
  });
}
