import { demoUsers, expect, test } from '../fixtures';
import { OrganisationPage, runSuffix } from '../pages/org.page';
import { PeoplePage } from '../pages/people.page';
import { apiAs } from '../pages/policy.page';

const admin = demoUsers.admin;

test('an admin adds a vendor, a market and a team, then imports people into them from CSV', async ({
  page,
  request,
  signInAs,
  capture,
}) => {
  const suffix = runSuffix();
  const vendor = `E2E Vendor ${suffix}`;
  // A variant subtag keeps the code a valid BCP 47 tag and new on every run.
  const code = `it-IT-e${suffix.slice(-7).padStart(7, '0')}`;
  const marketName = `E2E Market ${suffix}`;
  const team = `E2E Team ${suffix}`;

  await signInAs(admin);
  const org = new OrganisationPage(page);
  await org.goto();

  await org.addVendor(vendor);
  await expect(org.vendorRow(vendor)).toContainText('Password or SSO');

  await org.addMarket({ code, name: marketName, timeZone: 'Europe/Rome' });
  await expect(org.marketRow(code)).toContainText('Europe/Rome');
  await expect(org.marketRow(code)).toContainText(marketName);

  await org.addTeam({ name: team, market: code, vendor });
  await expect(org.teamRow(team)).toContainText(vendor);
  await expect(org.teamRow(team)).toContainText(code);
  await capture('organisation');

  // Three people on the new team; the third line's role is misspelt.
  const email = (n: number) => `e2e.import${n}.${suffix}@example.test`;
  const line = (n: number, role: string) => `${email(n)},Imported ${n} ${suffix},${role},${code},${team},it|en,it-IT`;
  const header = 'email,name,role,market,team,languages,other_markets';
  const bad = [header, line(1, 'MODERATOR'), line(2, 'MODERATOR'), line(3, 'MODERATR'), ''].join('\n');
  const good = [header, line(1, 'MODERATOR'), line(2, 'MODERATOR'), line(3, 'MODERATOR'), ''].join('\n');

  const people = new PeoplePage(page);
  await people.goto(suffix);
  await expect(people.list).toContainText('No one matches these filters.');
  await page.getByRole('button', { name: 'Import from CSV' }).click();
  const panel = page.getByTestId('people-import');
  const file = panel.getByLabel('CSV file');

  await file.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(panel.getByRole('alert')).toContainText('Nobody was invited: the file has bad lines (1).');
  const errors = panel.getByTestId('import-line-errors');
  await expect(errors).toContainText('role');
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await capture('people-import-errors');
  const api = await apiAs(request, admin.email);
  const nobody = await api.call('query($q: String) { users(filter: { search: $q }) { totalCount } }', { q: suffix });
  expect(nobody.users.totalCount).toBe(0);

  await file.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(panel).toContainText('3 people pass every check.');
  await expect(errors).toBeHidden();
  await panel.getByRole('button', { name: 'Invite 3 people' }).click();
  await expect(panel).toContainText('3 people invited.');
  await capture('people-imported');

  for (const n of [1, 2, 3]) {
    await expect(people.row(email(n))).toContainText('Invited');
    await expect(people.row(email(n))).toContainText('also it-IT');
  }
});
