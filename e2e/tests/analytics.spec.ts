import { readFile } from 'node:fs/promises';
import { demoUsers, expect, screenshotPath, test } from '../fixtures';
import { AnalyticsPage } from '../pages/analytics.page';
import { CalibrationResultsPage } from '../pages/calibration.page';

test.describe('manager analytics', () => {
  test('a QA manager filters through the address, follows an item down to its session and exports a table', async ({
    page,
    shell,
    signInAs,
  }) => {
    test.setTimeout(90_000);
    await signInAs(demoUsers.qaManager);
    await page.goto('/');
    await shell.expectSignedInAs(demoUsers.qaManager.name);

    // The nav leads to the page; the seeded history fills the figures, trend and heat map.
    await shell.navLink('Analytics').click();
    const analytics = new AnalyticsPage(page);
    await expect(analytics.heading).toBeVisible();
    await analytics.expectLoaded();
    await expect(analytics.headlineCounts).toContainText(/\d+ sessions? · \d+ items? · \d+ votes?/);
    await expect(analytics.headline).toContainText("Fleiss' κ");
    await expect(analytics.headline).toContainText("Gwet's AC1");
    await expect(analytics.heatMap.getByRole('rowheader').first()).toBeVisible();
    await expect(analytics.lowAccuracy).toBeVisible();
    await analytics.shoot(screenshotPath('analytics'));

    // Filters go to the address as they change...
    await analytics.select('Group by').selectOption({ label: 'Policy' });
    await expect(page).toHaveURL(/[?&]group=policy(&|$)/);
    // Clicked, not check()ed: the router applies the change in a transition, so the box
    // is ticked a moment after the click rather than during it.
    await analytics.market('it-IT').click();
    await expect(page).toHaveURL(/[?&]markets=it-IT(&|$)/);
    await expect(analytics.market('it-IT')).toBeChecked();
    await analytics.market('de-DE').click();
    await expect(page).toHaveURL(/[?&]markets=de-DE%2Cit-IT(&|$)/);
    await analytics.preset('Last 12 months').click();
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}(&|$)/);
    await analytics.select('Trend by').selectOption({ label: 'Week' });
    await expect(page).toHaveURL(/[?&]interval=week(&|$)/);
    await expect(analytics.trend.getByRole('heading')).toHaveText('Trend by week');
    await expect(analytics.breakdown.getByRole('heading', { name: 'By Policy' })).toBeVisible();

    // ...and a reload (or a colleague opening the link) shows the same view.
    const filteredUrl = page.url();
    await page.reload();
    await analytics.expectLoaded();
    expect(page.url()).toBe(filteredUrl);
    await expect(analytics.select('Group by')).toHaveValue('policy');
    await expect(analytics.select('Trend by')).toHaveValue('week');
    await expect(analytics.market('it-IT')).toBeChecked();
    await expect(analytics.market('de-DE')).toBeChecked();
    await expect(analytics.market('ko-KR')).not.toBeChecked();
    await expect(analytics.preset('Last 12 months')).toHaveAttribute('aria-pressed', 'true');
    // Only the chosen markets are in the heat map's rows.
    const heatRows = analytics.heatMap.locator('tbody th');
    await expect(heatRows.first()).toBeVisible();
    for (const code of await heatRows.allTextContents()) expect(['de-DE', 'it-IT']).toContain(code.trim());
    await analytics.shoot(screenshotPath('analytics-filtered'));

    // A table downloads as CSV, as shown.
    const file = await analytics.exportCsv('By Policy');
    expect(file.suggestedFilename()).toMatch(/^concord-analytics-by-policy-\d{4}-\d{2}-\d{2}-today\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'policy,sessions,items,votes,percent_agreement,fleiss_kappa,gwet_ac1,krippendorff_alpha,accuracy',
    );
    expect(lines.length).toBe((await analytics.breakdown.locator('tbody tr').count()) + 1);

    // The printed report: no filters or buttons, a line saying what it covers.
    await page.emulateMedia({ media: 'print' });
    await expect(analytics.filters).toBeHidden();
    await expect(page.getByText(/^Report for /)).toBeVisible();
    await expect(shell.navigation).toBeHidden();
    await analytics.shoot(screenshotPath('analytics-print'));
    await page.emulateMedia({ media: 'screen' });

    // A contested item links down to its session's results, at the item.
    const itemLink = analytics.contestedItems.getByRole('link', { name: / · Item \d+$/ }).first();
    const linkText = (await itemLink.textContent()) ?? '';
    const position = /Item (\d+)$/.exec(linkText)?.[1];
    await itemLink.click();
    await expect(page).toHaveURL(new RegExp(`/calibration/[^/]+/results#item-${position}$`));
    const results = new CalibrationResultsPage(page);
    await expect(results.heading).toHaveText(`Results: ${linkText.replace(/ · Item \d+$/, '')}`);
    await expect(page.locator(`#item-${position}`)).toHaveAttribute('data-highlighted', 'true');
    await expect(page.locator(`#item-${position}`)).toBeInViewport();

    // Back in history, the filtered view is still there.
    await page.goBack();
    await expect(analytics.market('it-IT')).toBeChecked();
  });

  test('every section answers each filter, and the drill-downs follow it', async ({ page, signInAs }) => {
    // About 20 s on an idle machine (eight filter states, four queries each); room for a loaded one.
    test.setTimeout(60_000);
    await signInAs(demoUsers.qaManager);
    const analytics = new AnalyticsPage(page);
    await analytics.gotoAnswered();
    await analytics.expectEverySectionAnswers();
    // Unfiltered, the demo's history spans several markets in the drill-downs.
    expect(new Set(await analytics.column(analytics.marketDrift, 0)).size).toBeGreaterThan(1);

    // Team: the issue's example, a vendor team that works in one market.
    const teams = await analytics.options('Team');
    const team = teams.find((t) => t.label === 'Lumen BPO de-DE') ?? teams[0]!;
    await analytics.choose('Team', team, 'team');
    await analytics.expectEverySectionAnswers();
    const teamMarket = /[a-z]{2}-[A-Z]{2}$/.exec(team.label)?.[0];
    if (teamMarket) {
      for (const code of await analytics.column(analytics.marketDrift, 0)) expect(code).toBe(teamMarket);
      for (const code of await analytics.column(analytics.breakdown, 0)) expect(code).toBe(teamMarket);
    }
    for (const name of await analytics.column(analytics.lowAccuracy, 2)) expect(name).toBe(team.label);
    // One market alone has no other to drift from: the table says why instead of 0 pp.
    await expect(analytics.marketDrift.getByText('0 pp')).toHaveCount(0);
    if ((await analytics.column(analytics.marketDrift, 0)).length > 0)
      await expect(analytics.marketDrift.getByText('no other market to compare with').first()).toBeVisible();
    await analytics.reset();

    // Vendor: every person and vendor row is the vendor's.
    const [vendor] = await analytics.options('Vendor');
    await analytics.choose('Vendor', vendor!, 'vendor');
    await analytics.expectEverySectionAnswers();
    for (const name of await analytics.column(analytics.vendorComparison, 0)) expect(name).toBe(vendor!.label);
    for (const name of await analytics.column(analytics.lowAccuracy, 2))
      expect(name.startsWith(vendor!.label)).toBe(true);
    await analytics.reset();

    // Facilitator.
    const [facilitator] = await analytics.options('Facilitator');
    await analytics.choose('Facilitator', facilitator!, 'facilitator');
    await analytics.expectEverySectionAnswers();
    await analytics.reset();

    // Version: a policy first (no need to wait on its answers), then one of its versions.
    const [policy] = await analytics.options('Policy');
    await analytics.choose('Policy', policy!, 'policy');
    const [version] = await analytics.options('Version');
    await analytics.choose('Version', version!, 'version');
    await analytics.expectEverySectionAnswers();
    await expect(analytics.versionComparison.getByRole('table')).toBeVisible();
    await analytics.reset();

    // Period: a preset.
    await analytics.preset('Last 90 days').click();
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}(&|$)/);
    await expect(analytics.preset('Last 90 days')).toHaveAttribute('aria-pressed', 'true');
    await analytics.expectEverySectionAnswers();
    await analytics.reset();

    // Markets: one market, then two; the drill-downs show only the chosen ones.
    await analytics.market('de-DE').click();
    await expect(page).toHaveURL(/[?&]markets=de-DE(&|$)/);
    await expect(analytics.market('de-DE')).toBeChecked();
    await analytics.expectEverySectionAnswers();
    await expect(analytics.marketDrift.getByRole('table')).toBeVisible();
    for (const code of await analytics.column(analytics.marketDrift, 0)) expect(code).toBe('de-DE');
    for (const code of await analytics.column(analytics.breakdown, 0)) expect(code).toBe('de-DE');
    for (const code of await analytics.column(analytics.lowAccuracy, 1)) expect(code).toBe('de-DE');
    await expect(analytics.divergentItems.getByText(/^Choose at least two markets/)).toBeVisible();
    await analytics.market('it-IT').click();
    await expect(page).toHaveURL(/[?&]markets=de-DE%2Cit-IT(&|$)/);
    await expect(analytics.market('it-IT')).toBeChecked();
    await analytics.expectEverySectionAnswers();
    for (const code of await analytics.column(analytics.marketDrift, 0)) expect(['de-DE', 'it-IT']).toContain(code);
    const majorities = await analytics.divergentItems.locator('tbody li code').allTextContents();
    for (const code of majorities) expect(['de-DE', 'it-IT']).toContain(code.trim());
  });

  test('a hand-edited address with bad values still opens, and says what it ignored', async ({ page, signInAs }) => {
    await signInAs(demoUsers.qaManager);
    const analytics = new AnalyticsPage(page);
    await analytics.goto('?from=2026-02-30&markets=it-IT,atlantis&group=colour&threshold=150&vendor=acme');
    await analytics.expectLoaded();
    await expect(analytics.issues).toContainText('From “2026-02-30” is not a date');
    await expect(analytics.issues).toContainText('“atlantis” is not a market code');
    await expect(analytics.issues).toContainText('Grouping “colour” is not one of the choices');
    await expect(analytics.issues).toContainText('Accuracy threshold “150” is not a percentage');
    await expect(analytics.issues).toContainText('Vendor “acme” is not a valid id');
    // The good value is kept beside the bad ones.
    await expect(analytics.market('it-IT')).toBeChecked();
    await expect(analytics.select('Group by')).toHaveValue('market');
  });

  test('a moderator has no analytics: no nav item, the page refuses, and so does the API', async ({
    page,
    shell,
    signInAs,
    request,
  }) => {
    await signInAs(demoUsers.moderatorDe);
    await page.goto('/');
    await shell.expectSignedInAs(demoUsers.moderatorDe.name);
    await expect(shell.navLink('Calibration')).toBeVisible();
    await expect(shell.navLink('Analytics')).toHaveCount(0);

    await page.goto('/analytics');
    await expect(shell.notForRole).toBeVisible();
    await expect(page.getByTestId('headline')).toHaveCount(0);

    // The server refuses as well: hiding the page is a courtesy, not the protection.
    const token = await page.evaluate(
      () => (JSON.parse(window.localStorage.getItem('concord.session') ?? '{}') as { token?: string }).token,
    );
    const response = await request.post('/graphql', {
      data: { query: '{ agreementRates { total { votes } } }' },
      headers: { authorization: `Bearer ${token}` },
    });
    const reply = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
