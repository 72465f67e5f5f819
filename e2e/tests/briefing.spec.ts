import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, screenshotPath, storeSession, test } from '../fixtures';
import { BriefingListPage, BriefingRoomPage } from '../pages/briefing.page';
import { apiAs } from '../pages/policy.page';

/** Demo people (server/src/db/seed/demo.ts): the policy owner presents; Lumen BPO moderators attend. */
const presenter = { email: 'policy@concord.demo' };
const attendeeIt = { email: 'moderator.it@concord.demo', name: 'Giulia Rossi' };
const attendeeDe = { email: 'moderator.de@concord.demo', name: 'Jonas Weber' };

const TITLE = 'Policy update — briefing for Italy and Germany';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Is this text?';
const Q_NAMED = 'Does a single insult in a group chat count as targeted harassment now?';
const Q_ANON = 'Are screenshots of private messages treated as evidence?';
const ANSWER = 'Yes: one insult aimed at a named person is targeted harassment under version 2.';

/** A separate browser (its own storage and socket) signed in as `email` through the API. */
async function openAs(browser: Browser, baseURL: string | undefined, email: string, signIn: SignIn) {
  const session = await signIn(email);
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await storeSession(page, session);
  return { context, page };
}

type SignIn = (email: string) => Promise<{ token: string; expiresAt: string }>;

/** A full-page screenshot from the top. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

test.describe('a policy briefing with live Q&A', () => {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  test('a presenter and two attendees from two markets ask, upvote, answer and promote to the FAQ', async ({
    page,
    browser,
    baseURL,
    graphql,
    request,
  }) => {
    test.setTimeout(240_000);
    const signIn: SignIn = async (email) => {
      const reply = await graphql(
        'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt } }',
        {
          input: { email, password: DEMO_PASSWORD },
        },
      );
      const session = reply.data?.['signIn'] as { token: string; expiresAt: string } | undefined;
      expect(session, `sign-in of ${email}`).toBeDefined();
      return session!;
    };

    // The policy owner schedules a briefing of a published version for Italy and Germany, through the API.
    const owner = await apiAs(request, presenter.email);
    const seeded = await owner.call(`{
      policies { id title currentVersion { id number status } }
      markets { id code }
    }`);
    const policy = (
      seeded.policies as { id: string; title: string; currentVersion: { id: string; status: string } | null }[]
    ).find((p) => p.currentVersion?.status === 'PUBLISHED');
    expect(policy, 'a policy with a published version').toBeDefined();
    const markets = seeded.markets as { id: string; code: string }[];
    const marketIds = ['it-IT', 'de-DE'].map((code) => markets.find((m) => m.code === code)!.id);
    const scheduled = await owner.call(
      `mutation Schedule($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id } } }`,
      {
        input: {
          title: TITLE,
          policyVersionId: policy!.currentVersion!.id,
          marketIds,
          scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
          notes: '## Agenda\n\n1. What changed\n2. **Questions**\n\n<script>window.__pwned=1</script>',
        },
      },
    );
    const briefingId = scheduled.scheduleBriefing.briefing.id as string;

    // The presenter finds it among the upcoming briefings and opens its room.
    await storeSession(page, await signIn(presenter.email));
    const list = new BriefingListPage(page);
    await list.goto();
    await expect(list.group('scheduled')).toContainText(TITLE);
    await shoot(page, 'briefing-list');
    // The scheduling form checks what it needs before it sends anything.
    await page.getByRole('button', { name: 'Schedule a briefing' }).click();
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(page.getByText('Give the briefing a title of at least 3 characters.')).toBeVisible();
    await expect(page.getByText('Choose at least one market.')).toBeVisible();
    await shoot(page, 'briefing-schedule-form');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await list.link(TITLE).click();
    const room = new BriefingRoomPage(page);
    await expect(room.heading).toHaveText(TITLE);
    await expect(room.connection).toHaveText('Connected');
    // Notes are Markdown without raw HTML: the heading renders, the script does not.
    await expect(room.version.getByRole('heading', { name: 'Agenda' })).toBeVisible();
    await expect(room.version.getByRole('link', { name: 'See what changed' })).toHaveAttribute(
      'href',
      `/policies/${policy!.id}/compare?to=${policy!.currentVersion!.id}`,
    );
    await room.button('Start briefing').click();
    await expect(room.header).toContainText('Live');

    // Two attendees, Italy and Germany, each in their own browser.
    const it = await openAs(browser, baseURL, attendeeIt.email, signIn);
    const de = await openAs(browser, baseURL, attendeeDe.email, signIn);
    contexts.push(it.context, de.context);
    const roomIt = new BriefingRoomPage(it.page);
    const roomDe = new BriefingRoomPage(de.page);
    await roomIt.goto(briefingId);
    await roomDe.goto(briefingId);
    await expect(roomIt.header).toContainText('Live');

    // Presence by market: the presenter counts both markets.
    await expect(room.presence).toContainText('3 connected');
    await expect(room.presence.getByRole('listitem').filter({ hasText: 'de-DE' })).toContainText('1');

    // Client-side checks: an empty question is not sent; the counter counts.
    await roomIt.askButton.click();
    await expect(roomIt.askForm).toContainText('Write your question first.');
    await roomIt.askField.fill('x'.repeat(1001));
    await expect(roomIt.askForm).toContainText('shorten it by 1');
    await expect(roomIt.askForm).toContainText('1001 / 1000');

    // Italy asks by name, Germany anonymously.
    await roomIt.ask(Q_NAMED);
    await expect(roomIt.question(Q_NAMED)).toBeVisible();
    await roomDe.ask(Q_ANON, { anonymous: true });
    await expect(roomDe.question(Q_ANON)).toContainText('your question');

    // The presenter's list was empty, so the first question showed at once; the second is announced.
    await expect(room.question(Q_NAMED)).toBeVisible();
    await expect(room.newQuestions).toContainText('1 new question');
    await expect(room.question(Q_ANON)).toHaveCount(0);
    await room.newQuestions.getByRole('button', { name: 'Show' }).click();
    // The presenter sees who asked anonymously, for moderation; Italy does not.
    await expect(room.question(Q_ANON)).toContainText(attendeeDe.name);
    await expect(room.question(Q_ANON)).toContainText('asked anonymously');
    await expect(roomIt.newQuestions).toContainText('1 new question');
    await roomIt.newQuestions.getByRole('button', { name: 'Show' }).click();
    await expect(roomIt.question(Q_ANON).getByTestId('question-author')).toHaveText('Anonymous');
    await expect(roomIt.question(Q_ANON)).not.toContainText(attendeeDe.name);
    await expect(roomDe.question(Q_NAMED)).toContainText(attendeeIt.name);

    // Germany upvotes Italy's question; the count reaches everyone. Nobody upvotes their own.
    await expect(roomIt.question(Q_NAMED).getByRole('button', { name: /Upvote/ })).toBeDisabled();
    await roomDe
      .question(Q_NAMED)
      .getByRole('button', { name: /^Upvote/ })
      .click();
    await expect(roomDe.question(Q_NAMED).getByRole('button', { name: /Remove your upvote/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const view of [room, roomIt, roomDe]) {
      await expect(view.question(Q_NAMED).getByTestId('upvote-count')).toHaveText('1');
    }

    // A question with HTML and script is shown as the text it is, everywhere.
    await roomIt.ask(HOSTILE);
    await room.newQuestions.getByRole('button', { name: 'Show' }).click();
    for (const view of [room, roomIt]) {
      await expect(view.question('Is this text?').getByTestId('question-text')).toHaveText(HOSTILE);
      await expect(view.question('Is this text?').locator('img, script')).toHaveCount(0);
    }
    await roomDe.newQuestions.getByRole('button', { name: 'Show' }).click();
    await expect(roomDe.question('Is this text?').getByTestId('question-text')).toHaveText(HOSTILE);
    for (const p of [page, it.page, de.page]) {
      expect(await p.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    }

    // Germany acknowledges the version from the room; the presenter's per-market view moves.
    await expect(room.acknowledgements.getByTestId('ack-de-DE')).toContainText(/0 of \d+/);
    await roomDe.acknowledgements.getByRole('button', { name: 'I have read this version' }).click();
    await expect(roomDe.acknowledgements).toContainText('You acknowledged version');
    await expect(room.acknowledgements.getByTestId('ack-de-DE')).toContainText(/1 of \d+/);

    // The presenter replies, then marks the reply as the official answer: the question is answered.
    const named = room.question(Q_NAMED);
    await room.reply(named, ANSWER);
    await named.getByRole('button', { name: 'Mark as official answer' }).click();
    await expect(named.getByTestId('reply').filter({ hasText: ANSWER })).toContainText('Official answer');
    await expect(named).toContainText('Answered');
    // Italy sees the official answer arrive.
    await expect(roomIt.question(Q_NAMED).getByTestId('reply')).toContainText('Official answer');
    await expect(roomIt.question(Q_NAMED)).toContainText(ANSWER);
    // Germany follows up in the thread of its own question.
    await roomDe.reply(roomDe.question(Q_ANON), 'Asking for the Munich team, thanks.');
    await expect(room.question(Q_ANON).getByTestId('reply')).toContainText('Asking for the Munich team');
    // An abusive reply: the presenter hides it with a reason; Germany loses it live, its author is told why.
    const ABUSIVE = 'Only a lazy team would need to ask this.';
    await roomIt.reply(roomIt.question(Q_ANON), ABUSIVE);
    const abusiveDe = roomDe.question(Q_ANON).getByTestId('reply').filter({ hasText: ABUSIVE });
    await expect(abusiveDe).toBeVisible();
    const abusive = room.question(Q_ANON).getByTestId('reply').filter({ hasText: ABUSIVE });
    await abusive.getByRole('button', { name: 'Hide' }).click();
    await abusive.getByRole('textbox', { name: /Why is it hidden/ }).fill('Insults another market’s team.');
    await abusive.getByRole('button', { name: 'Hide reply' }).click();
    await expect(abusive).toHaveAttribute('data-hidden', 'true');
    await expect(abusive).toContainText('Hidden from attendees: Insults another market’s team.');
    await expect(abusiveDe).toHaveCount(0);
    await expect(roomIt.question(Q_ANON).getByTestId('reply').filter({ hasText: ABUSIVE })).toContainText(
      'The presenter hid this reply from the others: Insults another market’s team.',
    );

    await room.question('Is this text?').getByRole('button', { name: 'Pin' }).click();
    await expect(room.question('Is this text?')).toContainText('Pinned');

    // One step to the FAQ.
    await named.getByRole('button', { name: 'Add to the FAQ' }).click();
    await expect(named).toContainText('In the FAQ');

    await shoot(page, 'briefing-room-presenter');
    await shoot(de.page, 'briefing-room-attendee');

    // The presenter ends the briefing: everyone gets the follow-up view; open questions stay answerable.
    await room.button('End briefing').click();
    await room.dialog.getByRole('button', { name: 'End briefing' }).click();
    await expect(room.header).toContainText('Ended');
    await expect(roomIt.followUpNotice).toContainText('Open questions can still be answered');
    await expect(roomIt.qa.getByRole('heading', { name: 'Follow-up questions' })).toBeVisible();
    // The follow-up view starts on the open questions (the next load of the room).
    await roomIt.page.reload();
    await expect(roomIt.followUpNotice).toBeVisible();
    await expect(roomIt.question(Q_ANON)).toBeVisible();
    await expect(roomIt.question(Q_NAMED)).toHaveCount(0);
    await roomIt.reply(roomIt.question(Q_ANON), 'In Italy we already treat them as evidence.');
    await shoot(it.page, 'briefing-follow-up');

    // The FAQ entry lives on in the policy page.
    await page.goto(`/policies/${policy!.id}?version=${policy!.currentVersion!.id}`);
    const faq = page.getByRole('region', { name: 'Frequently asked questions' });
    await expect(faq).toContainText(Q_NAMED);
    await expect(faq).toContainText(ANSWER);
  });
});
