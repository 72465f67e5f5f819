import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';

/** Seeded by the server on its first start; every demo password is `concord`. */
export const DEMO_PASSWORD = 'concord';
export const demoUsers = {
  qaSpecialist: { email: 'qa.specialist@concord.demo', name: 'Luca Ferrari' },
  qaManager: { email: 'qa.manager@concord.demo', name: 'Marta Bianchi' },
  admin: { email: 'admin@concord.demo', name: 'Alex Admin' },
  moderatorDe: { email: 'moderator.de@concord.demo', name: 'Jonas Weber' },
} as const;
export type DemoUser = (typeof demoUsers)[keyof typeof demoUsers];

// Must match client/src/features/auth/token-store.ts.
const SESSION_STORAGE_KEY = 'concord.session';

const screenshotDir = path.resolve(import.meta.dirname, 'screenshots');

/** Where a screenshot named `name` is saved (e2e/screenshots is gitignored). */
export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${name}.png`);
}

type Fixtures = {
  /** Fails the test when a page of its context reports a Content-Security-Policy violation. */
  contentSecurityPolicy: void;
  signInPage: SignInPage;
  shell: ShellPage;
  /** Signs in through the API (not the page) and opens the app with that session. */
  signInAs: (user: DemoUser) => Promise<void>;
  /** Calls the GraphQL API directly, as a script would. */
  graphql: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLReply>;
  /** Saves a full-page screenshot to e2e/screenshots/<name>.png. */
  capture: (name: string) => Promise<void>;
};

type GraphQLReply = {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

export const test = base.extend<Fixtures>({
  // The server sends a strict CSP (scripts, styles and connections from its own origin only):
  // anything the client does that the policy blocks shows here, in every test.
  contentSecurityPolicy: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  shell: async ({ page }, use) => use(new ShellPage(page)),
  graphql: async ({ request }, use) =>
    use(async (query, variables) => {
      const response = await request.post('/graphql', { data: { query, variables } });
      return (await response.json()) as GraphQLReply;
    }),
  signInAs: async ({ page, graphql }, use) =>
    use(async (user) => {
      const reply = await graphql(
        'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt } }',
        { input: { email: user.email, password: DEMO_PASSWORD } },
      );
      const session = reply.data?.['signIn'] as { token: string; expiresAt: string } | undefined;
      expect(session, JSON.stringify(reply.errors)).toBeDefined();
      await storeSession(page, session!);
    }),
  capture: async ({ page }, use) =>
    use(async (name) => {
      await page.screenshot({ path: screenshotPath(name), fullPage: true });
    }),
});

/**
 * Puts a session where the client keeps it, before the first page script runs. Only once per
 * tab: init scripts run on every navigation, and a reload after signing out must stay signed out.
 */
export async function storeSession(page: Page, session: { token: string; expiresAt: string }): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (window.sessionStorage.getItem('e2e.session-stored')) return;
      window.sessionStorage.setItem('e2e.session-stored', '1');
      window.localStorage.setItem(key!, value!);
    },
    [SESSION_STORAGE_KEY, JSON.stringify(session)],
  );
}

export { expect };
