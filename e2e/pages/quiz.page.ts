import { expect, type Locator, type Page } from '@playwright/test';
import { operation } from './audits.page';

/** The quiz list, building a quiz, and taking one, through their English labels. */
export class QuizPages {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async gotoList(): Promise<void> {
    const loaded = operation(this.page, 'QuizList');
    await this.page.goto('/quizzes');
    await loaded;
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Quizzes');
  }

  async build(title: string, size: number, markets: readonly string[]): Promise<void> {
    await this.main.getByRole('button', { name: 'Build a quiz' }).click();
    await this.main.getByLabel('Title').fill(title);
    await this.main.getByLabel('Questions').fill(String(size));
    for (const market of markets) await this.main.getByRole('checkbox', { name: market }).check();
    const built = operation(this.page, 'CreateContestedQuiz');
    await this.main.getByRole('button', { name: 'Build it' }).click();
    expect((await (await built).json()).errors).toBeUndefined();
  }

  async start(): Promise<void> {
    const started = operation(this.page, 'StartQuizAttempt');
    await this.main.getByRole('button', { name: 'Start' }).click();
    expect((await (await started).json()).errors).toBeUndefined();
  }

  async submit(): Promise<void> {
    const submitted = operation(this.page, 'SubmitQuizAttempt');
    await this.main.getByRole('button', { name: 'Submit answers' }).click();
    expect((await (await submitted).json()).errors).toBeUndefined();
  }
}
