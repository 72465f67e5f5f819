import { expect, storeSession, test } from '../fixtures';
import { apiAs } from '../pages/policy.page';

// The demo cases' images live on picsum.photos; the test serves its own instead, so it needs
// no network and its screenshots are the same on every run.
const PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
  <rect width="640" height="400" fill="#f4d35e"/><circle cx="200" cy="200" r="120" fill="#ee964b"/>
  <rect x="340" y="90" width="220" height="220" rx="24" fill="#0d3b66"/><circle cx="450" cy="200" r="60" fill="#f95738"/>
</svg>`;

test.describe('cases', () => {
  test('filters the case list, and shows sensitive media blurred until revealed', async ({
    page,
    request,
    capture,
  }) => {
    await page.route(/picsum\.photos/, (route) => route.fulfill({ contentType: 'image/svg+xml', body: PICTURE }));
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
    await main.getByRole('button', { name: 'Hide the media' }).click();
    await expect(frame).toHaveAttribute('data-concealed', 'true');
  });
});
