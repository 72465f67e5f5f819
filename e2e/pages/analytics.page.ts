import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The analytics page, addressed through its English labels. */
export class AnalyticsPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly issues: Locator;
  readonly headline: Locator;
  readonly headlineCounts: Locator;
  readonly trend: Locator;
  readonly heatMap: Locator;
  readonly breakdown: Locator;
  readonly contestedItems: Locator;
  readonly divergentItems: Locator;
  readonly confusedPairs: Locator;
  readonly marketDrift: Locator;
  readonly lowAccuracy: Locator;
  readonly versionComparison: Locator;
  readonly vendorComparison: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Analytics' });
    this.filters = page.getByTestId('analytics-filters');
    this.issues = page.getByTestId('filter-issues');
    this.headline = page.getByTestId('headline');
    this.headlineCounts = page.getByTestId('headline-counts');
    this.trend = page.getByTestId('trend');
    this.heatMap = page.getByTestId('market-policy-heat-map');
    this.breakdown = page.getByTestId('breakdown');
    this.contestedItems = page.getByTestId('contested-items');
    this.divergentItems = page.getByTestId('divergent-items');
    this.confusedPairs = page.getByTestId('confused-pairs');
    this.marketDrift = page.getByTestId('market-drift');
    this.lowAccuracy = page.getByTestId('low-accuracy');
    this.versionComparison = page.getByTestId('version-comparison');
    this.vendorComparison = page.getByTestId('vendor-comparison');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/analytics${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** The figures, the trend and the heat map have answered. */
  async expectLoaded(): Promise<void> {
    await expect(this.headlineCounts).toBeVisible();
    await expect(this.trend.locator('svg[role="img"]')).toBeVisible();
    await expect(this.heatMap.getByRole('table')).toBeVisible();
  }

  select(label: string): Locator {
    return this.filters.getByLabel(label, { exact: true });
  }

  market(code: string): Locator {
    return this.filters.getByRole('checkbox', { name: code, exact: true });
  }

  preset(name: string): Locator {
    return this.filters.getByRole('button', { name, exact: true });
  }

  /** Clicks a table's CSV button and returns the file. */
  async exportCsv(table: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Export “${table}” as CSV` }).click();
    return download;
  }

  /** A full-page screenshot from the top (the sticky header would otherwise sit mid-page). */
  async shoot(path: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path, fullPage: true });
  }
}
