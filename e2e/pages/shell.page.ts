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
  /** The shared state of a page the signed-in role may not use. */
  readonly notForRole: Locator;
  /** Error boxes (role="alert") in the page. */
  readonly errors: Locator;

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
    this.notForRole = this.main.getByRole('heading', { level: 1, name: 'Not available for your role' });
    this.errors = this.main.getByRole('alert');
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name });
  }

  /** The shell has loaded the signed-in user (the `me` query answered). */
  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.header).toContainText('Concord');
    await expect(this.userSummary).toContainText(name);
  }

  /**
   * Opens a page inside the running app, as a link would (the router follows the history), so a
   * walk through many pages does not load the app again for each. It passes through the "page
   * not found" page first, so the previous page's heading cannot be taken for the new one's.
   */
  async open(path: string): Promise<void> {
    const go = (to: string) =>
      this.page.evaluate((url) => {
        window.history.pushState(null, '', url);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, to);
    await go('/e2e-between-pages');
    await expect(this.pageHeading).toHaveText('Page not found');
    await go(path);
    await expect(this.pageHeading.filter({ hasNotText: 'Page not found' })).toBeVisible();
  }

  /** The page has its heading and nothing in it is still loading. */
  async expectSettled(): Promise<void> {
    await expect(this.pageHeading.first()).toBeVisible();
    await expect(this.main.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  async chooseLanguage(code: 'en' | 'it' | 'de' | 'ko'): Promise<void> {
    await this.languageSelect.selectOption(code);
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }
}
