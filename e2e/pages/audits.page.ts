import { expect, type Browser, type BrowserContext, type Locator, type Page, type Response } from '@playwright/test';
import { DEMO_PASSWORD, screenshotPath, storeSession } from '../fixtures';

/** The answer to the GraphQL operation `name` that the page sends next. */
export function operation(page: Page, name: string): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === name,
  );
}

/** A full-page screenshot from the top, so the sticky header is not painted mid-page. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** A browser of its own (storage, cache) signed in as `email` through the API. */
export async function openAs(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1280, height: 800 },
  });
  const reply = await context.request.post('/graphql', {
    data: {
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const session = (await reply.json()).data?.signIn as { token: string; expiresAt: string } | undefined;
  expect(session, `sign-in of ${email}`).toBeDefined();
  const page = await context.newPage();
  await storeSession(page, session!);
  return { context, page };
}

/** The QA specialist's queue and the audit form, addressed through their English labels. */
export class AuditPages {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async openQueue(): Promise<void> {
    await this.page.goto('/audits');
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Audit queue');
  }

  /** The queue's link to one task (by id: the same case may be drawn by another plan too). */
  taskLink(auditId: string): Locator {
    return this.main.locator(`a[href="/audits/${auditId}"]`);
  }

  async openTask(auditId: string, externalId: string): Promise<void> {
    await expect(this.taskLink(auditId)).toHaveAccessibleName(`Audit case ${externalId}`);
    await this.taskLink(auditId).click();
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText(`Audit of case ${externalId}`);
  }

  async fillIncorrect(values: { expectedLabel: string; category: string; feedback: string }): Promise<void> {
    await this.main.getByRole('radio', { name: 'Incorrect' }).check();
    await this.main.getByLabel('Expected label').selectOption(values.expectedLabel);
    await this.main.getByLabel('Error category').selectOption({ label: values.category });
    await this.main.getByLabel('Feedback for the moderator').fill(values.feedback);
  }

  async save(): Promise<void> {
    const saved = operation(this.page, 'SubmitAudit');
    await this.main.getByRole('button', { name: 'Save verdict' }).click();
    expect((await (await saved).json()).errors).toBeUndefined();
  }
}

/** The moderator's own audits and the appeal form. */
export class MyAuditsPage {
  readonly main: Locator;
  readonly accuracy: Locator;
  readonly against: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    const figures = this.main.getByTestId('my-quality');
    this.accuracy = figures.locator('div').filter({ hasText: 'Your accuracy' }).locator('dd');
    this.against = figures.locator('div').filter({ hasText: 'Counting against you' }).locator('dd');
  }

  async goto(): Promise<void> {
    await this.page.goto('/my-audits');
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('My audits');
    await expect(this.accuracy).not.toBeEmpty();
  }

  audit(externalId: string): Locator {
    return this.main.getByRole('article', { name: `Case ${externalId}` });
  }

  async appeal(externalId: string, reason: string): Promise<void> {
    const card = this.audit(externalId);
    await card.getByRole('button', { name: 'Appeal this verdict' }).click();
    await card.getByLabel('Why the verdict is wrong').fill(reason);
    const sent = operation(this.page, 'FileAppeal');
    await card.getByRole('button', { name: 'Send appeal' }).click();
    expect((await (await sent).json()).errors).toBeUndefined();
  }
}

/** The QA lead's appeal decisions. */
export class AppealsPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async goto(): Promise<void> {
    await this.page.goto('/appeals');
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Appeals');
  }

  appeal(externalId: string, moderator: string): Locator {
    return this.main.getByRole('article', { name: `Case ${externalId} · ${moderator}` });
  }

  async choose(card: Locator, decision: 'Uphold the verdict' | 'Overturn the verdict', note: string): Promise<void> {
    await card.getByRole('radio', { name: decision }).check();
    await card.getByLabel('Note for both sides').fill(note);
  }

  async decide(card: Locator): Promise<void> {
    const decided = operation(this.page, 'DecideAppeal');
    await card.getByRole('button', { name: 'Decide' }).click();
    expect((await (await decided).json()).errors).toBeUndefined();
  }
}

/** The managers' quality dashboard. */
export class QualityPage {
  readonly main: Locator;
  readonly overall: Locator;
  readonly groups: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.overall = this.main.getByTestId('quality-overall');
    this.groups = this.main.getByTestId('quality-groups');
  }

  async goto(): Promise<void> {
    const loaded = operation(this.page, 'QualityDashboard');
    await this.page.goto('/quality');
    await loaded;
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Quality');
    await expect(this.overall).toBeVisible();
  }

  figure(name: 'Accuracy' | 'Audits' | 'Incorrect' | 'Overturned'): Locator {
    return this.overall
      .locator('div')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .locator('dd');
  }

  /** The row of one group (a moderator, a market…) in the breakdown table. */
  row(name: string): Locator {
    return this.groups.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
