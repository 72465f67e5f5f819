import { readFile } from 'node:fs/promises';
import { demoUsers, expect, test } from '../fixtures';
import { linkTokenMailedTo } from '../mail';
import { AuditLogPage, PeoplePage, uniqueEmail } from '../pages/people.page';
import { apiAs } from '../pages/policy.page';

const admin = demoUsers.admin;
const PASSWORD = 'quiet harbour lantern 42';

test.describe('people administration', () => {
  test('an admin invites a person, who joins from the mailed link and lands signed in', async ({
    page,
    browser,
    request,
    signInAs,
    capture,
  }) => {
    const email = uniqueEmail('invitee');
    const name = `Nina Invitee ${email.slice(4, 17)}`;
    await signInAs(admin);
    const people = new PeoplePage(page);
    await people.goto();
    await people.invite({ email, name, role: 'Moderator', market: 'it-IT' });
    await expect(people.inviteForm.getByRole('status')).toContainText(`Invitation sent to ${email}.`);
    await expect(people.row(email)).toContainText('Invited');
    await capture('people-invited');

    // The same email again: the server's EMAIL_TAKEN, translated.
    await people.invite({ email, name, role: 'Moderator', market: 'it-IT' });
    await expect(people.inviteForm.getByRole('alert')).toContainText(`Someone already has the email ${email}.`);

    // The invitee, in a browser of their own, follows the mailed link.
    const token = await linkTokenMailedTo((await apiAs(request, admin.email)).call, email, 'join');
    const invitee = await browser.newContext();
    const joinPage = await invitee.newPage();
    await joinPage.goto(`/join#${token}`);
    await expect(joinPage.getByText(`${name}, choose a password for ${email}`)).toBeVisible();
    await capture('join');
    await joinPage.getByLabel('New password').fill('too short');
    await joinPage.getByLabel('Repeat the password').fill('too short');
    await joinPage.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(joinPage.getByText('Use at least 12 characters.')).toBeVisible();
    await joinPage.getByLabel('New password').fill(PASSWORD);
    await joinPage.getByLabel('Repeat the password').fill(PASSWORD);
    await joinPage.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(joinPage).toHaveURL(/\/$/);
    await expect(joinPage.getByTestId('user-summary')).toContainText(name);

    // The link works once.
    await joinPage.goto(`/join#${token}`);
    await expect(joinPage.getByRole('alert')).toContainText('This link was already used. Sign in instead.');
    await invitee.close();

    await page.reload();
    await expect(people.row(email)).toContainText('Active');
  });

  test('an admin deactivates someone, who is refused; the audit log shows it and exports CSV', async ({
    page,
    browser,
    request,
    signInAs,
    capture,
  }) => {
    // A person who has joined, built through the API.
    const email = uniqueEmail('leaver');
    const name = `Leo Leaver ${email.slice(4, 17)}`;
    const api = await apiAs(request, admin.email);
    const { markets, teams } = await api.call('{ markets { id code } teams { id market { id } vendor { id } } }');
    const market = markets.find((m: { code: string }) => m.code === 'it-IT');
    const team = teams.find((t: { market: { id: string }; vendor: unknown }) => t.market.id === market.id && t.vendor);
    await api.call('mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }', {
      input: { email, name, role: 'MODERATOR', marketId: market.id, teamId: team.id },
    });
    const token = await linkTokenMailedTo(api.call, email, 'join');
    const joined = await request.post('/graphql', {
      data: {
        query: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }',
        variables: { input: { token, password: PASSWORD } },
      },
    });
    const leaverToken = (await joined.json()).data.acceptInvitation.token as string;

    await signInAs(admin);
    const people = new PeoplePage(page);
    await people.goto(email);
    const row = people.row(email);
    await expect(row).toContainText('Active');
    await row.getByRole('button', { name: `Deactivate ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Deactivate ${name}?` });
    await expect(dialog).toBeVisible();
    await capture('people-deactivate-dialog');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row).toContainText('Deactivated');

    // Their open session is refused, and so is signing in again.
    const refused = await request.post('/graphql', {
      data: { query: '{ me { id } }' },
      headers: { authorization: `Bearer ${leaverToken}` },
    });
    expect(JSON.stringify(await refused.json())).toContain('"errors"');
    const leaver = await browser.newContext();
    const signIn = await leaver.newPage();
    await signIn.goto('/sign-in');
    await signIn.getByLabel('Email').fill(email);
    await signIn.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('alert')).toContainText('This account has been deactivated.');
    await leaver.close();

    // The audit log, narrowed to this person, shows the invitation, the joining and the deactivation.
    const log = new AuditLogPage(page);
    await log.goto(`?q=${encodeURIComponent(email)}`);
    await expect(log.entry('INVITATION_SENT')).toContainText(email);
    await expect(log.entry('INVITATION_ACCEPTED')).toBeVisible();
    await expect(log.entry('USER_DEACTIVATED')).toContainText('Alex Admin');
    await capture('audit-log');

    const download = page.waitForEvent('download');
    await log.exportButton.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^concord-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv).toContain(email);
    expect(csv).toContain('USER_DEACTIVATED');
    await expect(page.getByRole('status').filter({ hasText: /^Exported \d+ entr/ })).toBeVisible();
  });

  test('an admin revokes a pending invitation, and its link stops working', async ({ page, request, signInAs }) => {
    const email = uniqueEmail('revoked');
    const name = `Rita Revoked ${email.slice(4, 17)}`;
    const api = await apiAs(request, admin.email);
    const { markets, teams } = await api.call('{ markets { id code } teams { id market { id } vendor { id } } }');
    const market = markets.find((m: { code: string }) => m.code === 'de-DE');
    const team = teams.find((t: { market: { id: string }; vendor: unknown }) => t.market.id === market.id && t.vendor);
    await api.call('mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }', {
      input: { email, name, role: 'MODERATOR', marketId: market.id, teamId: team.id },
    });
    const token = await linkTokenMailedTo(api.call, email, 'join');

    await signInAs(admin);
    const people = new PeoplePage(page);
    await people.goto(email);
    await expect(people.list.getByTestId('person-row')).toHaveCount(1);
    const row = people.row(email);
    await expect(row).toContainText('Invited');
    await row.getByRole('button', { name: `Revoke the invitation of ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke invitation' }).click();
    await expect(row).toContainText('Invitation revoked');

    await page.goto(`/join#${token}`);
    await expect(page.getByRole('alert')).toContainText('This invitation was withdrawn. Ask for a new one.');
  });
});
