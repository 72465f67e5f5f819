import { expect, type Locator, type Page } from '@playwright/test';

/** The briefings list, addressed through its English labels. */
export class BriefingListPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Policy briefings' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/briefings');
    await expect(this.heading).toBeVisible();
  }

  group(status: 'live' | 'scheduled' | 'ended'): Locator {
    return this.page.getByTestId(`briefings-${status}`);
  }

  link(title: string): Locator {
    return this.page.getByRole('link', { name: title, exact: true });
  }
}

/** A briefing's room: the presenter's or an attendee's view, live or as the follow-up. */
export class BriefingRoomPage {
  readonly heading: Locator;
  readonly header: Locator;
  readonly version: Locator;
  readonly qa: Locator;
  readonly askField: Locator;
  readonly anonymous: Locator;
  readonly askButton: Locator;
  readonly askForm: Locator;
  readonly questions: Locator;
  readonly newQuestions: Locator;
  readonly presence: Locator;
  readonly acknowledgements: Locator;
  readonly followUpNotice: Locator;
  readonly connection: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.header = page.locator('header').filter({ has: this.heading });
    this.version = page.getByTestId('briefing-version');
    this.qa = page.getByTestId('qa');
    this.askForm = page.getByTestId('ask-form');
    this.askField = this.askForm.getByRole('textbox', { name: 'Ask a question' });
    this.anonymous = this.askForm.getByRole('checkbox', { name: /Anonymous to other attendees/ });
    this.askButton = this.askForm.getByRole('button', { name: 'Ask' });
    this.questions = page.getByTestId('question');
    this.newQuestions = page.getByTestId('new-questions');
    this.presence = page.getByTestId('presence');
    this.acknowledgements = page.getByTestId('acknowledgements');
    this.followUpNotice = page.getByTestId('follow-up-notice');
    this.connection = page.getByRole('status').filter({ hasText: /^(Connected|Connecting…|Reconnecting…)/ });
    this.dialog = page.getByRole('dialog');
  }

  async goto(briefingId: string): Promise<void> {
    await this.page.goto(`/briefings/${briefingId}`);
    await expect(this.heading).toBeVisible();
    await expect(this.connection).toHaveText('Connected');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The card of the question whose text contains `text`. */
  question(text: string): Locator {
    return this.questions.filter({ has: this.page.getByTestId('question-text').filter({ hasText: text }) });
  }

  async ask(text: string, options: { anonymous?: boolean } = {}): Promise<void> {
    await this.askField.fill(text);
    if (options.anonymous) await this.anonymous.check();
    const answered = this.page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'AskBriefingQuestion',
    );
    await this.askButton.click();
    await answered;
    await expect(this.askField).toHaveValue('');
  }

  /** Opens the reply box under a question, writes and posts, optionally as the official answer. */
  async reply(question: Locator, text: string, options: { official?: boolean } = {}): Promise<void> {
    await question.getByRole('button', { name: 'Reply', exact: true }).click();
    await question.getByRole('textbox', { name: 'Your reply' }).fill(text);
    const official = question.getByRole('checkbox', { name: /Official answer/ });
    if ((await official.count()) > 0) await official.setChecked(options.official ?? false);
    await question.getByRole('button', { name: 'Post reply' }).click();
    await expect(question.getByTestId('reply').filter({ hasText: text })).toBeVisible();
  }
}
