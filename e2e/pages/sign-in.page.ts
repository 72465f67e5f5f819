import { expect, type Locator, type Page, type Response } from '@playwright/test';

/** The sign-in page, addressed through its English labels. */
export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in to Concord' });
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: /^Sign(ing)? in/ });
    this.error = page.getByRole('alert');
    this.notice = page.getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }

  /** Fills the form and submits it; resolves with the server's answer to the SignIn mutation. */
  async signIn(email: string, password: string): Promise<Response> {
    await this.email.fill(email);
    await this.password.fill(password);
    const answered = this.page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === 'SignIn',
    );
    await this.submit.click();
    return answered;
  }
}
