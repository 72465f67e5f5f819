import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The page's sections (test ids), each showing data or one of the empty states below. */
const SECTIONS = [
  'headline',
  'trend',
  'market-policy-heat-map',
  'breakdown',
  'confused-pairs',
  'market-drift',
  'contested-items',
  'divergent-items',
  'low-accuracy',
  'version-comparison',
  'vendor-comparison',
];

/** What a section says when the filters select nothing for it (client/src/i18n/en.json). */
const EMPTY_STATES = [
  'No closed session matches these filters.',
  'The markets agree on every item these filters select.',
  'Choose at least two markets to compare their majorities',
  'Nobody is below the threshold.',
  'No gold items were voted on by more than one vendor.',
  'Choose a policy in the filters to compare its versions.',
];

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

  /**
   * Opens the page and waits until the server has answered its analytics queries (on a busy
   * machine the first, unfiltered answers can take longer than an expectation's timeout).
   */
  async gotoAnswered(query = ''): Promise<void> {
    const operations = ['AnalyticsRates', 'AnalyticsDrillDowns', 'AnalyticsComparisons', 'AnalyticsParticipants'];
    const answered = Promise.all(
      operations.map((name) =>
        this.page.waitForResponse(
          (response) =>
            response.url().endsWith('/graphql') &&
            (response.request().postDataJSON() as { operationName?: string } | null)?.operationName === name,
          { timeout: 0 },
        ),
      ),
    );
    await this.goto(query);
    await answered;
    await this.expectLoaded();
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

  /**
   * Every query has answered the filters now in the address: nothing loading or busy
   * (a section keeps the previous filter's rows, marked aria-busy, while the new ones load).
   */
  async expectSettled(): Promise<void> {
    await expect(this.page.locator('[aria-busy="true"]').or(this.page.getByText('Loading analytics…'))).toHaveCount(0);
  }

  /**
   * No section failed, and each shows its data or its empty state. Read in one pass once
   * settled (one round trip rather than two per section), retried until it holds.
   */
  async expectEverySectionAnswers(): Promise<void> {
    await this.expectSettled();
    await expect(this.page.getByRole('alert')).toHaveCount(0);
    await expect
      .poll(() =>
        this.page.evaluate(
          ({ sections, empty }) =>
            Object.fromEntries(
              sections.map((id) => {
                const section = document.querySelector(`[data-testid="${id}"]`);
                const shows =
                  !!section?.querySelector('table, svg[role="img"], [data-testid="headline-counts"]') ||
                  Array.from(section?.querySelectorAll('p') ?? []).some((p) =>
                    empty.some((text) => (p.textContent ?? '').trim().startsWith(text)),
                  );
                return [id, shows];
              }),
            ),
          { sections: SECTIONS, empty: EMPTY_STATES },
        ),
      )
      .toEqual(Object.fromEntries(SECTIONS.map((id) => [id, true])));
  }

  /** The texts of one column (0-based, row header included) of a section's table; none when it is empty. */
  async column(section: Locator, index: number): Promise<string[]> {
    const texts = await section
      .locator('tbody tr')
      .locator(`:scope > :nth-child(${index + 1})`)
      .allTextContents();
    return texts.map((text) => text.trim());
  }

  /** The options of a filter's select, but its "all" choice, as label and value. */
  async options(label: string): Promise<{ label: string; value: string }[]> {
    return this.select(label)
      .locator('option')
      .evaluateAll((options) =>
        options
          .map((o) => ({ label: (o.textContent ?? '').trim(), value: (o as HTMLOptionElement).value }))
          .filter((o) => o.value !== ''),
      );
  }

  /** Picks a filter's option and waits until the page shows it (the address, then the control). */
  async choose(label: string, option: { label: string; value: string }, param: string): Promise<void> {
    await this.select(label).selectOption(option.value);
    await expect(this.page).toHaveURL(new RegExp(`[?&]${param}=${option.value}(&|$)`));
    await expect(this.select(label)).toHaveValue(option.value);
  }

  async reset(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Reset filters', exact: true }).click();
    await expect(this.page).toHaveURL(/\/analytics$/);
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
