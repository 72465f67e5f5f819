import { expect, storeSession, test } from '../fixtures';
import { apiAs } from '../pages/policy.page';

test.describe('cases', () => {
  test('filters the case list, and shows sensitive media blurred until revealed', async ({
    page,
    request,
    capture,
    baseURL,
  }) => {
    // The demo works offline: nothing the pages load comes from another host.
    const external: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && url.host !== new URL(baseURL!).host) external.push(r.url());
    });
    const specialist = await apiAs(request, 'qa.specialist@concord.demo');
    await storeSession(page, specialist.session);

    await page.goto('/cases');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Cases');
    await expect(main.getByRole('row')).not.toHaveCount(0);
    const searched = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.variables?.filter?.search === 'gattino',
    );
    await main.getByLabel('Search the text').fill('gattino');
    await searched;
    await expect(page).toHaveURL(/\?q=gattino/);
    const rows = main.getByRole('row').filter({ hasNotText: 'Decided' });
    await expect(rows.first()).toContainText(/gattino/i);
    for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('gattino');
    await capture('cases-search');

    const found = await specialist.call(
      '{ cases(filter: { contentType: IMAGE }, page: { first: 100 }) { edges { node { id externalId sensitive sensitivityTags } } } }',
    );
    const sensitive = found.cases.edges.map((e: { node: any }) => e.node).find((n: any) => n.sensitive);
    await page.goto(`/cases/${sensitive.id}`);
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Case ${sensitive.externalId}`);
    const frame = main.locator('[data-concealed]');
    await expect(frame).toHaveAttribute('data-concealed', 'true');
    await expect(main.getByText('Sensitive content')).toBeVisible();
    await expect(main.locator('img')).toHaveCSS('filter', /blur\(28px\) grayscale\(1\)/);
    await capture('case-sensitive-concealed');

    await main.getByRole('button', { name: 'Show the media' }).click();
    await expect(frame).toHaveAttribute('data-concealed', 'false');
    await expect(main.getByRole('img', { name: `Media of case ${sensitive.externalId}` })).toHaveCSS('filter', 'none');
    await capture('case-sensitive-revealed');
    // The bundled picture, served by Concord itself.
    await expect
      .poll(() => main.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await main.getByRole('button', { name: 'Hide the media' }).click();
    await expect(frame).toHaveAttribute('data-concealed', 'true');
    expect(external).toEqual([]);
  });
});
