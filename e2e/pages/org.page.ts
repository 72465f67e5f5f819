import { expect, type Locator, type Page } from '@playwright/test';

/** A suffix for names that must be new on every run: the suite may run again on the same server. */
export const runSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** The organisation page (vendors, markets, teams), addressed through its English labels. */
export class OrganisationPage {
  readonly heading: Locator;
  readonly vendors: Locator;
  readonly markets: Locator;
  readonly teams: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Organisation' });
    this.vendors = page.getByTestId('org-vendors');
    this.markets = page.getByTestId('org-markets');
    this.teams = page.getByTestId('org-teams');
  }

  async goto(): Promise<void> {
    await this.page.goto('/organisation');
    await expect(this.heading).toBeVisible();
    await expect(this.teams).toBeVisible();
  }

  vendorRow(name: string): Locator {
    return this.vendors.locator(`tr[data-name="${name}"]`);
  }

  marketRow(code: string): Locator {
    return this.markets.locator(`tr[data-code="${code}"]`);
  }

  teamRow(name: string): Locator {
    return this.teams.locator(`tr[data-name="${name}"]`);
  }

  async addVendor(name: string): Promise<void> {
    const form = this.page.getByTestId('add-vendor');
    await form.getByLabel('New vendor’s name').fill(name);
    await form.getByRole('button', { name: 'Add vendor' }).click();
  }

  async addMarket(market: { code: string; name: string; timeZone: string }): Promise<void> {
    await this.markets.getByRole('button', { name: 'Add a market' }).click();
    const form = this.page.getByTestId('market-form');
    await form.getByLabel('Code', { exact: true }).fill(market.code);
    await form.getByLabel('Name', { exact: true }).fill(market.name);
    await form.getByRole('combobox', { name: /^Time zone/ }).fill(market.timeZone);
    await form.getByRole('button', { name: 'Add market' }).click();
  }

  async addTeam(team: { name: string; market: string; vendor: string }): Promise<void> {
    await this.teams.getByRole('button', { name: 'Add a team' }).click();
    const form = this.page.getByTestId('team-form');
    await form.getByLabel('Team', { exact: true }).fill(team.name);
    const market = form.getByLabel('Market');
    await market.selectOption((await market.locator('option', { hasText: team.market }).getAttribute('value'))!);
    await form.getByLabel('Vendor').selectOption({ label: team.vendor });
    await form.getByRole('button', { name: 'Add team' }).click();
  }
}
