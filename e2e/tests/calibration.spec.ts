import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, expect, screenshotPath, storeSession, test } from '../fixtures';
import { CalibrationListPage, CalibrationResultsPage, CalibrationRoomPage } from '../pages/calibration.page';

/** Seeded demo data (server/src/db/seed/demo-calibration.ts). */
const SCHEDULED = 'Bullying calibration — week 48';
const CLOSED = 'Bullying calibration — week 46';
const voterIt = { email: 'moderator.it@concord.demo', name: 'Giulia Rossi' };
const voterDe = { email: demoUsers.moderatorDe.email, name: demoUsers.moderatorDe.name };

type GraphQL = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: Record<string, any> | null }>;

/** A separate browser (its own storage and socket) signed in as `email` through the API. */
async function openAs(browser: Browser, baseURL: string | undefined, graphql: GraphQL, email: string) {
  const reply = await graphql('mutation SignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  const session = reply.data?.['signIn'] as { token: string; expiresAt: string } | undefined;
  expect(session, `sign-in of ${email}`).toBeDefined();
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await storeSession(page, session!);
  return { context, page };
}

/** Calls the API as `email`, as a script with its own token would (the fixture's helper is anonymous). */
async function apiAs(request: APIRequestContext, email: string) {
  const signIn = await request.post('/graphql', {
    data: {
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
  return async (query: string, variables?: Record<string, unknown>) => {
    const response = await request.post('/graphql', {
      data: { query, variables },
      headers: { authorization: `Bearer ${token}` },
    });
    const reply = (await response.json()) as { data?: any; errors?: unknown };
    expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
    return reply.data;
  };
}

/** A full-page screenshot from the top (a scrolled page would show its sticky header mid-page). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

test.describe('a live calibration meeting', () => {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  test('a facilitator and two voters from different markets run a blind item through reveal and close', async ({
    page,
    browser,
    baseURL,
    graphql,
    request,
    signInAs,
  }) => {
    test.setTimeout(120_000);

    // The facilitator finds the scheduled session in the list and opens its room.
    await signInAs(demoUsers.qaSpecialist);
    const list = new CalibrationListPage(page);
    await list.goto();
    await expect(list.group('scheduled')).toContainText(SCHEDULED);
    await expect(list.group('closed')).toContainText(CLOSED);
    await shoot(page, 'calibration-list');
    await list.sessionLink(SCHEDULED).click();
    const facilitator = new CalibrationRoomPage(page);
    await expect(facilitator.heading).toHaveText(SCHEDULED);
    const sessionId = facilitator.sessionId();

    // Two voters, Italy and Germany, each in their own browser, join before it starts.
    const it = await openAs(browser, baseURL, graphql, voterIt.email);
    const de = await openAs(browser, baseURL, graphql, voterDe.email);
    contexts.push(it.context, de.context);
    const voterIT = new CalibrationRoomPage(it.page);
    const voterDE = new CalibrationRoomPage(de.page);
    await voterIT.goto(sessionId);
    await voterDE.goto(sessionId);
    for (const voter of [voterIT, voterDE]) {
      await expect(voter.waiting).toContainText('Waiting for the session to start');
    }
    // Presence: the facilitator sees both voters counted by market. The same event goes to
    // every viewer, so a vendor's people are counted, never named, in it.
    await expect(facilitator.presence).toContainText('3 connected');
    await expect(facilitator.presence).toContainText('and 2 more');
    await expect(facilitator.presence).not.toContainText(voterIt.name);

    await facilitator.button('Start session').click();
    await expect(facilitator.statusBadges).toContainText('Live');
    for (const voter of [voterIT, voterDE]) {
      await expect(voter.waiting).toContainText('Waiting for the first item');
    }

    await facilitator.button('Open item 1').click();
    await expect(facilitator.selectedItem).toContainText('Voting');
    await expect(facilitator.tally).toContainText(/0 of \d+ have voted/);
    // Before the reveal the facilitator knows the gold; the voters do not.
    const goldLine = page.getByTestId('gold-line');
    await expect(goldLine).toContainText('Hidden from voters until the reveal.');
    const gold = (await goldLine.locator('strong').textContent())!.trim();

    for (const voter of [voterIT, voterDE]) {
      await expect(voter.voterItem).toContainText('Item 1 of');
      await expect(voter.voteState).toHaveText('You have not voted on this item yet.');
    }

    // Italy votes with the keyboard (2: the second label); Germany writes a rationale and clicks.
    await expect(voterIT.labelButton('Mild insult')).toHaveAttribute('aria-keyshortcuts', '2');
    await it.page.keyboard.press('2');
    await expect(voterIT.voteState).toHaveText('Voted ✓ — you can change your vote until it is revealed');
    await expect(voterIT.labelButton('Mild insult')).toHaveAttribute('aria-pressed', 'true');

    await voterDE.page.getByLabel('Rationale (optional)').fill('Repeated, and aimed at one person.');
    await voterDE.labelButton('Targeted harassment').click();
    await expect(voterDE.voteState).toHaveText('Voted ✓ — you can change your vote until it is revealed');

    // The facilitator's tally fills; the session is blind, so counts only.
    await expect(facilitator.tally).toContainText(/2 of \d+ have voted/);
    await expect(facilitator.tally).toContainText('the distribution stays hidden');
    await expect(facilitator.tally.getByRole('list')).toHaveCount(0);
    // Nor does a voter see anyone's choice or the gold.
    await expect(voterIT.tally).toContainText(/2 of \d+ have voted/);
    await expect(voterIT.tally.getByRole('list')).toHaveCount(0);
    await expect(voterIT.voterItem).not.toContainText('Expected answer');
    await expect(voterIT.voterItem).not.toContainText('Repeated, and aimed at one person.');

    await shoot(page, 'calibration-room-facilitator-voting');
    await shoot(it.page, 'calibration-room-voter-voting');

    await facilitator.confirmStep('Reveal item 1', 'Reveal now');
    await expect(facilitator.selectedItem).toContainText('Revealed');
    await expect(facilitator.reveal).toContainText(gold);

    // Both voters see the distribution, the gold and the rationale.
    for (const voter of [voterIT, voterDE]) {
      await expect(voter.reveal).toBeVisible();
      await expect(voter.reveal.getByText('Expected answer (gold)')).toBeVisible();
      await expect(voter.reveal).toContainText(gold);
      await expect(voter.reveal.getByRole('list').first()).toContainText('Mild insult');
      await expect(voter.reveal).toContainText('Repeated, and aimed at one person.');
      await expect(voter.reveal).toContainText(voterDe.name);
    }
    // A vote can no longer change: the ballot is gone.
    await expect(voterIT.labelButton('Mild insult')).toHaveCount(0);

    // A voter disputes the gold with a reason.
    await voterDE.button('Challenge gold').click();
    await voterDE.page.getByLabel('Why is the gold label wrong?').fill('The three messages are one thread: targeted.');
    await voterDE.button('Send challenge').click();
    await expect(voterDE.page.getByText('Your challenge was sent to the policy owner.')).toBeVisible();
    await expect(voterDE.voterItem).toContainText('1 gold challenge');

    await shoot(page, 'calibration-room-facilitator-revealed');
    await shoot(it.page, 'calibration-room-voter-revealed');

    await facilitator.confirmStep('Close session', 'Close and compute results');
    await expect(facilitator.statusBadges).toContainText('Closed');
    for (const voter of [voterIT, voterDE]) {
      await expect(voter.statusBadges).toContainText('Closed');
      await expect(voter.page.getByRole('link', { name: 'View results' }).first()).toBeVisible();
    }

    await page.getByRole('link', { name: 'View results' }).first().click();
    const results = new CalibrationResultsPage(page);
    await results.expectRendered(SCHEDULED);
    // One item, two votes in disagreement: the figures say so, and why some are undefined.
    await expect(results.itemAgreement).toContainText('Item 1');
    await expect(results.heatMap).toContainText('it-IT');
    await expect(results.heatMap).toContainText('de-DE');
    await expect(results.confusionMatrix.getByRole('table')).toContainText(gold);
    await expect(results.participants).toContainText(voterIt.name);
    await shoot(page, 'calibration-results-week-48');

    // The policy owner upholds the German challenge by changing the gold: a second result
    // version is computed, the first is kept, and the page offers both.
    const owner = await apiAs(request, 'policy@concord.demo');
    const { calibrationSession } = await owner(
      'query($id: ID!) { calibrationSession(id: $id) { items { position goldChallenges { id } } } }',
      { id: sessionId },
    );
    // Any other label will do; the seeded gold of item 1 is the case's decision.
    const newGold =
      gold === 'Targeted harassment'
        ? { key: 'insult', name: 'Mild insult' }
        : { key: 'targeted_harassment', name: 'Targeted harassment' };
    const challenge = (calibrationSession.items as { position: number; goldChallenges: { id: string }[] }[]).find(
      (item) => item.position === 1,
    )!.goldChallenges[0]!;
    await owner(
      'mutation($input: ResolveGoldChallengeInput!) { resolveGoldChallenge(input: $input) { challenge { status } } }',
      {
        input: { challengeId: challenge.id, newGold: newGold.key, note: 'Agreed: one thread, one target.' },
      },
    );
    await page.reload();
    const picker = page.getByLabel('Result version');
    await expect(picker).toHaveValue('2');
    await expect(
      page.getByText(`recomputed after the gold of item 1 changed from ${gold} to ${newGold.name}`),
    ).toBeVisible();
    await picker.selectOption('1');
    await expect(page).toHaveURL(/\?version=1$/);
    await expect(page.getByText('computed when the session closed')).toBeVisible();
    await expect(results.confusionMatrix.getByRole('table')).toBeVisible();
  });

  test('the results of a closed session: figures with readings, charts, per-participant table and CSV', async ({
    page,
    browser,
    baseURL,
    graphql,
    signInAs,
  }) => {
    await signInAs(demoUsers.qaSpecialist);
    const list = new CalibrationListPage(page);
    await list.goto();
    await list.resultsLink(CLOSED).click();
    const results = new CalibrationResultsPage(page);
    await results.expectRendered(CLOSED);
    await expect(results.kappa).toContainText(/poor|slight|fair|moderate|substantial|almost perfect|—/);
    await expect(results.alpha).toContainText(/reliable|tentative conclusions only|not reliable|—/);
    await expect(results.itemAgreement.getByRole('listitem')).toHaveCount(8);
    await expect(results.heatMap.getByRole('row')).toHaveCount(4); // header + three markets
    await expect(results.participants.getByRole('row')).toHaveCount(16); // header + 15 voters
    await shoot(page, 'calibration-results-week-46');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export items (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bullying-calibration-week-46-v1-items.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFitem,case,gold,majority,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(9);

    // The closed room keeps every revealed item, and points to these results.
    await page.getByRole('link', { name: 'Back to the session' }).click();
    const room = new CalibrationRoomPage(page);
    await expect(room.statusBadges).toContainText('Closed');
    await expect(room.selectedItem).toContainText('Item 8 of 8');
    await expect(room.reveal).toBeVisible();
    await shoot(page, 'calibration-room-closed');
    await page.goBack();
    await results.expectRendered(CLOSED);

    // A moderator sees the same figures, but not how each participant did.
    const moderator = await openAs(browser, baseURL, graphql, voterIt.email);
    try {
      await moderator.page.goto(page.url());
      const theirs = new CalibrationResultsPage(moderator.page);
      await theirs.expectRendered(CLOSED);
      await expect(theirs.participants).toHaveCount(0);
      await expect(moderator.page.getByRole('button', { name: 'Export participants (CSV)' })).toHaveCount(0);
      // In German, figures use the German decimal comma and the readings are translated.
      await moderator.page.getByRole('banner').getByRole('combobox').selectOption('de');
      await expect(theirs.heading).toHaveText(`Ergebnisse: ${CLOSED}`);
      await expect(theirs.kappa).toContainText(/\d,\d\d/);
      await shoot(moderator.page, 'calibration-results-week-46-de');
    } finally {
      await moderator.context.close();
    }
  });
  test('a session created in the form, on a sensitive image: blurred with a content warning until the voter shows it', async ({
    page,
    browser,
    baseURL,
    graphql,
    request,
    signInAs,
  }) => {
    test.setTimeout(90_000);
    // A tagged image of the animal-abuse policy, from Italy, under the version in force.
    const api = await apiAs(request, demoUsers.qaSpecialist.email);
    const { policies } = await api('{ policies { id title currentVersion { id number } } }');
    const policy = (policies as { id: string; title: string; currentVersion: { id: string; number: number } }[]).find(
      (p) => p.title === 'Animal abuse',
    )!;
    const { cases } = await api(
      `query($filter: CasesFilter) { cases(filter: $filter, page: { first: 50 }) {
        edges { node { externalId sensitivityTags market { code } } } } }`,
      { filter: { policyVersionId: policy.currentVersion.id, contentType: 'IMAGE' } },
    );
    const tagged = (
      cases.edges as { node: { externalId: string; sensitivityTags: string[]; market: { code: string } } }[]
    )
      .map((edge) => edge.node)
      .find((node) => node.sensitivityTags.length > 0 && node.market.code === 'it-IT');
    expect(tagged, 'a tagged image case in it-IT').toBeDefined();

    await signInAs(demoUsers.qaSpecialist);
    const list = new CalibrationListPage(page);
    await list.goto();
    await list.newSessionButton.click();
    const title = 'Animal abuse calibration — sensitive media';
    await page.getByLabel('Title').fill(title);
    await page
      .getByLabel('Policy version')
      .selectOption({ label: `${policy.title} · version ${policy.currentVersion.number}` });
    await page.getByRole('checkbox', { name: /it-IT/ }).check();
    await page.getByRole('checkbox', { name: /de-DE/ }).check();
    await page.getByRole('checkbox', { name: voterIt.name, exact: true }).check();
    await page.getByRole('checkbox', { name: voterDe.name, exact: true }).check();
    await page.getByRole('radio', { name: 'Pick cases by hand' }).check();
    await page.getByRole('checkbox', { name: new RegExp(tagged!.externalId) }).check();
    await shoot(page, 'calibration-new-session');
    await page.getByRole('button', { name: 'Create session' }).click();

    const facilitator = new CalibrationRoomPage(page);
    await expect(facilitator.heading).toHaveText(title);
    await facilitator.button('Start session').click();
    await facilitator.button('Open item 1').click();
    await expect(facilitator.selectedItem).toContainText('Voting');

    const voter = await openAs(browser, baseURL, graphql, voterIt.email);
    contexts.push(voter.context);
    const room = new CalibrationRoomPage(voter.page);
    await room.goto(facilitator.sessionId());
    await expect(room.voterItem).toContainText('Content warning:');
    await expect(room.voterItem).toContainText(tagged!.sensitivityTags[0]!);
    const image = room.voterItem.locator('img');
    await expect(image).toHaveAttribute('alt', '');
    await expect(image.locator('xpath=..')).toHaveCSS('filter', /blur\(28px\) grayscale\(1\)/);
    await expect(room.button('Abstain')).toBeVisible();
    await shoot(voter.page, 'calibration-room-voter-sensitive');

    await room.button('Show content').click();
    await expect(room.button('Show content')).toHaveCount(0);
    await expect(image).toHaveAttribute('alt', `Image of case ${tagged!.externalId}`);
    await expect(image.locator('xpath=..')).toHaveCSS('filter', 'none');

    // Opting out: an abstention is a vote without a label.
    await room.button('Abstain').click();
    await expect(room.voteState).toHaveText('Abstained ✓ — you can change this until the item is revealed');
    await expect(facilitator.tally).toContainText('1 abstained');
  });
});
