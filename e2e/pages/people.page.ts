import { expect, type Locator, type Page } from '@playwright/test';

/** A unique address for this run and test: the suite may run again, or beside itself. */
export const uniqueEmail = (who: string) =>
  `e2e.${who}.${Date.now()}.${Math.floor(Math.random() * 1_000_000)}@example.test`;

/** The people page, addressed through its English labels. */
export class PeoplePage {
  readonly heading: Locator;
  readonly openInvite: Locator;
  readonly inviteForm: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'People' });
    this.openInvite = page.getByRole('button', { name: 'Invite someone' });
    this.inviteForm = page.getByTestId('invite-form');
    this.list = page.getByTestId('people-list');
  }

  /** Opens the list, narrowed to a name or email when given (`?q=`). */
  async goto(search?: string): Promise<void> {
    await this.page.goto(search ? `/people?q=${encodeURIComponent(search)}` : '/people');
    await expect(this.heading).toBeVisible();
    await expect(this.list).toBeVisible();
  }

  row(email: string): Locator {
    return this.list.locator(`tr[data-email="${email}"]`);
  }

  /** Fills the invite form (opening it when closed) with the market's first vendor team, and sends it. */
  async invite(person: { email: string; name: string; role: string; market: string }): Promise<void> {
    if (!(await this.inviteForm.isVisible())) await this.openInvite.click();
    const form = this.inviteForm;
    await form.getByLabel('Email').fill(person.email);
    await form.getByLabel('Name').fill(person.name);
    await form.locator('select[name="role"]').selectOption({ label: person.role });
    // By name: the languages field's hint mentions the market too.
    const market = form.locator('select[name="market"]');
    await market.selectOption(
      (await market.locator('option', { hasText: person.market }).first().getAttribute('value'))!,
    );
    // A vendor team's label names its vendor ("Team · Vendor").
    const team = form.locator('select[name="team"]');
    await team.selectOption((await team.locator('option', { hasText: ' · ' }).first().getAttribute('value'))!);
    await form.getByRole('button', { name: 'Send invitation' }).click();
  }
}

/** The audit log page, addressed through its English labels. */
export class AuditLogPage {
  readonly heading: Locator;
  readonly entries: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Audit log' });
    this.entries = page.getByTestId('audit-log-entry');
    this.exportButton = page.getByRole('button', { name: 'Export CSV' });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/audit-log${query}`);
    await expect(this.heading).toBeVisible();
  }

  entry(action: string): Locator {
    return this.page.locator(`[data-testid="audit-log-entry"][data-action="${action}"]`);
  }
}
