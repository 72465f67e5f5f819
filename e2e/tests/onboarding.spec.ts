import { spawnSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { cliMain, type ConcordProcess, freePort, repoRoot, startConcord } from '../concord-process';
import { expect, test } from '../fixtures';
import { E2E_OIDC_CLIENT, startE2eIdp } from '../oidc-idp';
import { CalibrationRoomPage } from '../pages/calibration.page';
import { OrganisationPage } from '../pages/org.page';
import { PeoplePage } from '../pages/people.page';
import { ShellPage } from '../pages/shell.page';
import { type Smtp, startSmtp } from '../smtp';

// Issue #15's "done when": a new organisation set up from an empty database with the demo
// seeding off. A Concord of its own (SEED_DEMO=false) mails through an SMTP server and signs
// in through an OpenID Provider, both started here; nothing of the shared demo server is used.
const DOMAIN = 'northwind.example';
const PASSWORD = 'lanterns over the harbour';
const MODERATORS = 200;

let org: ConcordProcess;
let smtp: Smtp;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await startSmtp();
  const port = await freePort();
  const idp = await startE2eIdp(`http://127.0.0.1:${port}/auth/oidc/callback`);
  org = await startConcord(
    {
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Concord <concord@northwind.example>',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: E2E_OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: E2E_OIDC_CLIENT.secret,
      OIDC_ALLOWED_DOMAINS: `${DOMAIN},lumen.${DOMAIN}`,
    },
    { port, onStopped: async () => Promise.all([idp.close(), smtp.close()]).then(() => undefined) },
  );
});

test.afterAll(async () => {
  await org?.stop();
});

/** GraphQL against the organisation's server, as `email` (signed in by password) or nobody. */
async function apiOf(email?: string) {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${org.baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const token = email
    ? (
        await post('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
          input: { email, password: PASSWORD },
        })
      ).signIn.token
    : undefined;
  return (query: string, variables: Record<string, unknown> = {}) => post(query, variables, token);
}

/** Opens a mailed one-time link in a browser of its own, chooses the password and lands signed in. */
async function joinByLink(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: org.baseURL })).newPage();
  await page.goto(link);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await new ShellPage(page).expectSignedInAs(name);
  return page;
}

test('a new organisation moves in: first admin, a vendor admin, 200 moderators, a session', async ({ browser }) => {
  test.setTimeout(240_000);

  // 1. The first admin, from the command line: it prints a one-time link.
  const adminEmail = `ada@${DOMAIN}`;
  const cli = spawnSync(
    process.execPath,
    [cliMain, 'users', 'create-admin', '--email', adminEmail, '--name', 'Ada Admin', '--market', 'en-GB'],
    { cwd: repoRoot, env: { ...org.env, SEED_DEMO: 'false' }, encoding: 'utf8' },
  );
  expect(cli.status, cli.stderr).toBe(0);
  const adminLink = cli.stdout.trim();
  expect(adminLink).toMatch(new RegExp(`^${org.baseURL}/join#[\\w-]{20,}$`));
  const adminPage = await joinByLink(browser, adminLink, 'Ada Admin');

  // 2. The organisation's shape, on the organisation page: a market, a vendor and its team.
  const orgPage = new OrganisationPage(adminPage);
  await orgPage.goto();
  await orgPage.addMarket({ code: 'it-IT', name: 'Italian (Italy)', timeZone: 'Europe/Rome' });
  await expect(orgPage.marketRow('it-IT')).toContainText('Europe/Rome');
  await orgPage.addVendor('Lumen BPO');
  await expect(orgPage.vendorRow('Lumen BPO')).toBeVisible();
  await orgPage.addTeam({ name: 'Lumen Milan', market: 'it-IT', vendor: 'Lumen BPO' });
  await expect(orgPage.teamRow('Lumen Milan')).toContainText('Lumen BPO');
  const admin = await apiOf(adminEmail);
  const { markets } = await admin('{ markets { id code } }');
  const market = markets.find((m: { code: string }) => m.code === 'it-IT');

  // 3. The admin invites the vendor's admin (their QA manager) on the people page.
  const vendorAdminEmail = `marta@lumen.${DOMAIN}`;
  const people = new PeoplePage(adminPage);
  await people.goto();
  await people.invite({ email: vendorAdminEmail, name: 'Marta Lumen', role: 'QA manager', market: 'it-IT' });
  await expect(people.inviteForm.getByRole('status')).toContainText(`Invitation sent to ${vendorAdminEmail}.`);
  const vendorAdminPage = await joinByLink(browser, await smtp.linkTo(vendorAdminEmail, 'join'), 'Marta Lumen');

  // 4. The vendor's admin uploads 200 moderators on the people page: a file with one bad line
  // (a role above their own) invites nobody; the good file invites all 200.
  const rows = Array.from(
    { length: MODERATORS },
    (_, i) => `mod${i}@lumen.${DOMAIN},Moderator ${i},MODERATOR,it-IT,Lumen Milan`,
  );
  const file = (lines: string[]) => Buffer.from(['email,name,role,market,team', ...lines].join('\n'));
  await vendorAdminPage.goto('/people');
  await vendorAdminPage.getByRole('button', { name: 'Import from CSV' }).click();
  const panel = vendorAdminPage.getByTestId('people-import');
  const input = panel.getByLabel('CSV file');
  const withBoss = file([...rows, `boss@lumen.${DOMAIN},Boss,ADMIN,it-IT,Lumen Milan`]);
  await input.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: withBoss });
  await expect(panel.getByRole('alert')).toContainText('Nobody was invited: the file has bad lines (1).');
  expect((await admin('{ users(filter: { invited: true }) { totalCount } }')).users.totalCount).toBe(0);
  await input.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: file(rows) });
  await expect(panel).toContainText(`${MODERATORS} people pass every check.`);
  await panel.getByRole('button', { name: `Invite ${MODERATORS} people` }).click();
  await expect(panel).toContainText(`${MODERATORS} people invited.`);
  expect((await admin('{ users(filter: { invited: true }) { totalCount } }')).users.totalCount).toBe(MODERATORS);

  // 5. One moderator joins by the mailed link, another signs in by SSO.
  const byLink = await joinByLink(browser, await smtp.linkTo(`mod0@lumen.${DOMAIN}`, 'join'), 'Moderator 0');
  const bySso = await (await browser.newContext({ baseURL: org.baseURL })).newPage();
  await bySso.goto('/sign-in');
  await bySso.getByRole('link', { name: "Sign in with your organisation's SSO" }).click();
  await bySso.locator('input[name="login"]').fill(`mod1@lumen.${DOMAIN}`);
  await bySso.locator('input[name="password"]').fill('anything');
  await bySso.locator('button[type="submit"]').click();
  await new ShellPage(bySso).expectSignedInAs('Moderator 1');

  // 6. A policy, a case decided by one of them, and a live session they both vote in.
  const created = (
    await admin('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } draft { id } } }', {
      input: { key: 'bullying', title: 'Bullying', area: 'BULLYING' },
    })
  ).createPolicy;
  const labels = [
    { key: 'none', name: 'No violation', description: 'Leave it up.', severity: 0 },
    { key: 'insult', name: 'Insult', description: 'A one-off insult.', severity: 1 },
  ];
  await admin('mutation($input: UpdatePolicyVersionInput!) { updatePolicyVersion(input: $input) { version { id } } }', {
    input: {
      versionId: created.draft.id,
      body: '# Rule\n\nNo insults.',
      effectiveDate: '2026-01-01',
      changeSummary: 'First.',
      labels,
    },
  });
  await admin(
    'mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { version { id } } }',
    {
      input: { versionId: created.draft.id },
    },
  );
  const caseFile = [
    'source,externalId,market,queue,contentType,text,policy,policyVersion,decision,moderatorEmail,decidedAt',
    `reports,c-1,it-IT,user-reports,TEXT,Sei un idiota,bullying,1,insult,mod0@lumen.${DOMAIN},2026-11-30T10:00:00Z`,
  ].join('\n');
  await admin('mutation($input: ImportCasesInput!) { importCases(input: $input) { report { created } } }', {
    input: { format: 'CSV', content: caseFile },
  });
  const { cases } = await admin('{ cases { edges { node { id } } } }');
  const { users } = await admin('{ users(filter: { search: "mod1@" }) { edges { node { id name } } } }');
  const { users: first } = await admin('{ users(filter: { search: "mod0@" }) { edges { node { id } } } }');
  const session = (
    await admin(
      'mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id items { id } } } }',
      {
        input: {
          title: 'Northwind first calibration',
          policyVersionId: created.draft.id,
          mode: 'BLIND',
          scheduledAt: new Date().toISOString(),
          marketIds: [market.id],
          participantIds: [first.edges[0].node.id, users.edges[0].node.id],
          caseIds: cases.edges.map((edge: { node: { id: string } }) => edge.node.id),
        },
      },
    )
  ).createCalibrationSession.session;
  await admin('mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }', {
    id: session.id,
  });
  await admin('mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }', {
    id: session.items[0].id,
  });
  for (const page of [byLink, bySso]) {
    const room = new CalibrationRoomPage(page);
    await room.goto(session.id);
    await room.labelButton('Insult').click();
    await expect(room.voteState).toHaveText('Voted ✓ — you can change your vote until it is revealed');
  }
  const tally = await admin('query($id: ID!) { calibrationSession(id: $id) { items { tally { voted } } } }', {
    id: session.id,
  });
  expect(tally.calibrationSession.items[0].tally.voted).toBe(2);
});
