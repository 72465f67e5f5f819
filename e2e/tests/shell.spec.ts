import { demoUsers, expect, screenshotPath, storeSession, test } from '../fixtures';

test.describe('the application shell', () => {
  test('switching to Italian translates the navigation, and the choice is kept', async ({
    page,
    shell,
    signInAs,
    capture,
  }) => {
    await signInAs(demoUsers.qaSpecialist);
    await page.goto('/');
    await shell.expectSignedInAs(demoUsers.qaSpecialist.name);
    await expect(shell.navLink('Dashboard')).toBeVisible();

    await shell.chooseLanguage('it');
    await expect(shell.navLink('Panoramica')).toBeVisible();
    await expect(shell.navLink('Dashboard')).toHaveCount(0);
    await expect(shell.navigation).toHaveAttribute('aria-label', 'Navigazione principale');
    await expect(shell.header.getByRole('button', { name: 'Esci' })).toBeVisible();
    await expect(shell.userSummary).toContainText('Specialista QA');
    await expect(shell.pageHeading).toHaveText(`Ti diamo il benvenuto, ${demoUsers.qaSpecialist.name}`);
    await expect(page).toHaveTitle('Panoramica · Concord');
    await capture('dashboard-it');

    await page.reload();
    await expect(shell.navLink('Panoramica')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });

  test('German and Korean are offered too', async ({ page, shell, signInAs, capture }) => {
    await signInAs(demoUsers.moderatorDe);
    await page.goto('/');
    await shell.expectSignedInAs(demoUsers.moderatorDe.name);

    await shell.chooseLanguage('de');
    await expect(shell.navLink('Übersicht')).toBeVisible();
    await expect(shell.main.getByRole('heading', { name: 'Sichtbare Teams' })).toBeVisible();
    await capture('dashboard-de');

    await shell.chooseLanguage('ko');
    await expect(shell.navLink('대시보드')).toBeVisible();
    await expect(shell.userSummary).toContainText('모더레이터');
    await capture('dashboard-ko');
  });

  test('the browser language is the default', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'de-DE', baseURL, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bei Concord anmelden');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Anmelden · Concord');
    await page.screenshot({ path: screenshotPath('sign-in-mobile-de'), fullPage: true });
    await context.close();
  });

  test('signing out returns to sign-in and stays signed out', async ({ page, shell, signInAs, signInPage }) => {
    await signInAs(demoUsers.admin);
    await page.goto('/');
    await shell.expectSignedInAs(demoUsers.admin.name);
    await expect(shell.main.getByText('No team: your role works across teams.')).toBeVisible();

    await shell.signOutButton.click();
    await signInPage.expectShown();
    await expect(signInPage.notice).toHaveCount(0); // a sign-out is not an expiry
    await page.reload();
    await signInPage.expectShown();
  });

  test('a session the server no longer accepts returns to sign-in with a notice', async ({ page, signInPage }) => {
    await storeSession(page, { token: 'forged.token.value', expiresAt: '2999-01-01T00:00:00.000Z' });
    // The shell and the dashboard query at once; whichever answer comes first ends the session.
    const rejected = page.waitForResponse((response) => response.url().endsWith('/graphql'));
    await page.goto('/');
    const answer = await rejected;
    expect(answer.status()).toBe(401);
    expect((await answer.json()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await signInPage.expectShown();
    await expect(signInPage.notice).toContainText('Your session has ended. Sign in again to continue.');
  });

  test('on a phone the navigation folds behind the menu button', async ({ page, shell, signInAs, capture }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(demoUsers.qaSpecialist);
    await page.goto('/');
    await expect(shell.pageHeading).toHaveText(`Welcome, ${demoUsers.qaSpecialist.name}`);
    await expect(shell.navigation).toBeHidden();
    await capture('dashboard-mobile');

    await shell.menuButton.click();
    await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(shell.navLink('Dashboard')).toBeVisible();
    await capture('dashboard-mobile-menu');

    await page.keyboard.press('Escape');
    await expect(shell.navigation).toBeHidden();
  });
});
