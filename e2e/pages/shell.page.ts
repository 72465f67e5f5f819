import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in application shell: header, navigation and the current page. */
export class ShellPage {
  readonly header: Locator;
  readonly userSummary: Locator;
  readonly languageSelect: Locator;
  readonly signOutButton: Locator;
  readonly menuButton: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly pageHeading: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.userSummary = page.getByTestId('user-summary');
    // The only select in the header, whatever language its label is in.
    this.languageSelect = this.header.getByRole('combobox');
    this.signOutButton = this.header.getByRole('button', { name: 'Sign out' });
    this.menuButton = this.header.getByRole('button', { name: 'Menu' });
    this.navigation = page.locator('nav#app-navigation');
    this.main = page.getByRole('main');
    this.pageHeading = this.main.getByRole('heading', { level: 1 });
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name });
  }

  /** The shell has loaded the signed-in user (the `me` query answered). */
  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.header).toContainText('Concord');
    await expect(this.userSummary).toContainText(name);
  }

  async chooseLanguage(code: 'en' | 'it' | 'de' | 'ko'): Promise<void> {
    await this.languageSelect.selectOption(code);
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }
}
