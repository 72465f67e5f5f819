import AxeBuilder from '@axe-core/playwright';
import { demoUsers, expect, test } from '../fixtures';

// The run's server signs in by SSO at an OpenID Provider that global-setup.ts starts
// (oidc-idp.ts): its development login form takes any email with any password.
test.describe('single sign-on', () => {
  test("a person signs in with their organisation's SSO and lands signed in", async ({ page, shell, capture }) => {
    await page.goto('/audits');
    const sso = page.getByRole('link', { name: "Sign in with your organisation's SSO" });
    await expect(sso).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Password' })).toBeVisible(); // passwords stay on beside it
    await capture('sign-in-sso');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await sso.click();
    // At the IdP: its own login form.
    await page.locator('input[name="login"]').fill(demoUsers.qaManager.email);
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();

    await expect(page).toHaveURL(/\/audits$/);
    await shell.expectSignedInAs(demoUsers.qaManager.name);
    const stored = await page.evaluate(() => window.localStorage.getItem('concord.session'));
    expect(JSON.parse(stored ?? '{}')).toHaveProperty('token');
  });

  test('a refused SSO sign-in is explained on the sign-in page', async ({ page }) => {
    await page.goto('/sign-in?sso=UNKNOWN_USER');
    await expect(page.getByRole('alert')).toContainText('There is no Concord account for you yet.');
  });
});
