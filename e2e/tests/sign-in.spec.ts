import { demoUsers, DEMO_PASSWORD, expect, test } from '../fixtures';

test.describe('signing in', () => {
  test('a demo user signs in through the page and sees the shell', async ({ page, signInPage, shell, capture }) => {
    await page.goto('/');
    await signInPage.expectShown(); // signed out: the app sends everyone to sign-in
    await expect(page).toHaveTitle('Sign in · Concord');
    await capture('sign-in');

    const answer = await signInPage.signIn(demoUsers.qaSpecialist.email, DEMO_PASSWORD);
    expect(answer.ok()).toBe(true);

    await expect(page).toHaveURL(/\/$/);
    await shell.expectSignedInAs(demoUsers.qaSpecialist.name);
    await expect(shell.userSummary).toContainText('QA specialist');
    await expect(shell.userSummary).toContainText('Italian (Italy)');
    await expect(shell.pageHeading).toHaveText(`Welcome, ${demoUsers.qaSpecialist.name}`);
    await expect(shell.navLink('Dashboard')).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle('Dashboard · Concord');
    await expect(shell.main.getByRole('heading', { name: 'Markets' })).toBeVisible();
    // A count, not the demo's six: other specs add markets to the shared server (organisation.spec).
    await expect(shell.main.getByText(/\b\d+ markets\b/)).toBeVisible();
    await capture('dashboard');

    // The session survives a reload.
    await page.reload();
    await shell.expectSignedInAs(demoUsers.qaSpecialist.name);
  });

  test('a wrong password shows the error and stays on sign-in', async ({ page, signInPage, capture }) => {
    await signInPage.goto();
    const answer = await signInPage.signIn(demoUsers.qaSpecialist.email, 'not-the-password');
    expect((await answer.json()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await expect(signInPage.error).toContainText('Sign-in failed');
    await expect(signInPage.error).toContainText('The email or password is wrong.');
    await expect(signInPage.submit).toBeEnabled();
    await signInPage.expectShown();
    await expect(signInPage.email).toHaveValue(demoUsers.qaSpecialist.email);
    expect(await page.evaluate(() => window.localStorage.getItem('concord.session'))).toBeNull();
    await capture('sign-in-wrong-password');
  });

  test('the form explains empty fields without calling the server', async ({ page, signInPage }) => {
    await signInPage.goto();
    let calls = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) calls += 1;
    });
    await signInPage.submit.click();
    await expect(page.getByText('Enter your email address.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
    await expect(signInPage.email).toBeFocused();
    expect(calls).toBe(0);
  });

  test('too many attempts are refused with the wait time', async ({ signInPage, graphql, capture }) => {
    const email = 'no.such.user@concord.demo';
    // Use up the attempts the server allows for this address from this machine (10 a minute by default).
    let code: unknown;
    for (let attempt = 0; attempt < 50 && code !== 'RATE_LIMITED'; attempt += 1) {
      const reply = await graphql('mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }', {
        input: { email, password: 'wrong' },
      });
      code = reply.errors?.[0]?.extensions?.['code'];
    }
    expect(code).toBe('RATE_LIMITED');

    await signInPage.goto();
    await signInPage.signIn(email, 'wrong');
    await expect(signInPage.error).toContainText(/Too many sign-in attempts\. Try again in \d+ seconds?\./);
    await signInPage.expectShown();
    await capture('sign-in-rate-limited');
  });

  test('a server that cannot be reached is named as such', async ({ page, signInPage, capture }) => {
    await signInPage.goto();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await signInPage.email.fill(demoUsers.qaSpecialist.email);
    await signInPage.password.fill(DEMO_PASSWORD);
    await signInPage.submit.click();

    await expect(signInPage.error).toContainText("Concord's server cannot be reached.");
    await expect(signInPage.submit).toBeEnabled();
    await capture('sign-in-network-down');
  });

  test('after signing in, the user lands on the page they asked for', async ({ page, signInPage, shell }) => {
    await page.goto('/no/such/page');
    await signInPage.expectShown();
    await signInPage.signIn(demoUsers.admin.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/no\/such\/page$/);
    await shell.expectSignedInAs(demoUsers.admin.name);
    await expect(shell.pageHeading).toHaveText('Page not found');
  });
});
