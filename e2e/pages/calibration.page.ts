import { expect, type Locator, type Page } from '@playwright/test';

/** The calibration sessions list, addressed through its English labels. */
export class CalibrationListPage {
  readonly heading: Locator;
  readonly newSessionButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Calibration sessions' });
    this.newSessionButton = page.getByRole('button', { name: 'New session' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/calibration');
    await expect(this.heading).toBeVisible();
  }

  group(status: 'live' | 'scheduled' | 'closed'): Locator {
    return this.page.getByTestId(`sessions-${status}`);
  }

  sessionLink(title: string): Locator {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  /** The "Results" button on the row of a closed session. */
  resultsLink(title: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.sessionLink(title) })
      .getByRole('link', { name: 'Results' });
  }
}

/** The live room of one session: the facilitator's board or a voter's view. */
export class CalibrationRoomPage {
  readonly heading: Locator;
  readonly statusBadges: Locator;
  readonly connection: Locator;
  readonly presence: Locator;
  readonly selectedItem: Locator;
  readonly tally: Locator;
  readonly reveal: Locator;
  readonly voterItem: Locator;
  readonly waiting: Locator;
  readonly voteState: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.statusBadges = page.locator('header').filter({ has: this.heading });
    this.connection = page
      .getByRole('status')
      .filter({ hasText: /^(Connected|Connecting…|Reconnecting…|Connection lost)/ });
    this.presence = page.getByTestId('presence');
    this.selectedItem = page.getByTestId('selected-item');
    this.tally = page.getByTestId('tally');
    this.reveal = page.getByTestId('reveal');
    this.voterItem = page.getByTestId('voter-item');
    this.waiting = page.getByTestId('waiting');
    this.voteState = page.getByTestId('vote-state');
    this.dialog = page.getByRole('dialog');
  }

  async goto(sessionId: string): Promise<void> {
    await this.page.goto(`/calibration/${sessionId}`);
    await expect(this.heading).toBeVisible();
  }

  /** The session's id, from the room's address. */
  sessionId(): string {
    const match = /\/calibration\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not in a calibration room: ${this.page.url()}`);
    return match[1];
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** A taxonomy label on the voter's ballot. */
  labelButton(name: string): Locator {
    return this.voterItem.getByRole('button', { name, exact: true });
  }

  /** Clicks a step that asks for confirmation, then confirms it in the dialog. */
  async confirmStep(button: string, confirm: string): Promise<void> {
    await this.button(button).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: confirm }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** A session's results page. */
export class CalibrationResultsPage {
  readonly heading: Locator;
  readonly kappa: Locator;
  readonly alpha: Locator;
  readonly itemAgreement: Locator;
  readonly heatMap: Locator;
  readonly confusionMatrix: Locator;
  readonly participants: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.kappa = page.getByTestId('figure-kappa');
    this.alpha = page.getByTestId('figure-alpha');
    this.itemAgreement = page.getByTestId('item-agreement');
    this.heatMap = page.getByTestId('heat-map');
    this.confusionMatrix = page.getByTestId('confusion-matrix');
    this.participants = page.getByTestId('participants');
  }

  async expectRendered(title: string): Promise<void> {
    await expect(this.heading).toHaveText(`Results: ${title}`);
    await expect(this.kappa).toBeVisible();
    await expect(this.heatMap.getByRole('table')).toBeVisible();
    await expect(this.confusionMatrix.getByRole('table')).toBeVisible();
  }
}
