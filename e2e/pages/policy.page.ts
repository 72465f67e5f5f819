import { expect, type APIRequestContext, type Locator, type Page, type Response } from '@playwright/test';

/** Answers of GraphQL operations the page sends, by operation name. */
function operation(page: Page, name: string): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === name,
  );
}

/** Calls the GraphQL API as a signed-in user (fixtures seed through the API, as a script would). */
export async function apiAs(request: APIRequestContext, email: string, password = 'concord') {
  const signIn = await request.post('/graphql', {
    data: {
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt } }',
      variables: { input: { email, password } },
    },
  });
  const session = (await signIn.json()).data.signIn as { token: string; expiresAt: string };
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await request.post('/graphql', {
      data: { query, variables },
      headers: { authorization: `Bearer ${session.token}` },
    });
    const body = await response.json();
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return { session, call };
}

/** The editor of a draft policy version, addressed through its English labels. */
export class VersionEditorPage {
  readonly heading: Locator;
  readonly effectiveDate: Locator;
  readonly changeSummary: Locator;
  readonly body: Locator;
  readonly addLabelButton: Locator;
  readonly saveButton: Locator;
  readonly publishButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.effectiveDate = main.getByLabel('Effective date');
    this.changeSummary = main.getByLabel('What changed');
    this.body = main.getByRole('textbox', { name: /Policy text/ });
    this.addLabelButton = main.getByRole('button', { name: 'Add a label' });
    this.saveButton = main.getByRole('button', { name: 'Save draft' });
    this.publishButton = main.getByRole('button', { name: 'Publish' });
    this.status = main.getByRole('status').filter({ hasText: /saved|Saving|Unsaved/ });
  }

  async goto(policyId: string, versionId: string): Promise<void> {
    await this.page.goto(`/policies/${policyId}/versions/${versionId}/edit`);
    await expect(this.heading).toContainText('Draft of version');
  }

  label(n: number): Locator {
    return this.page.getByRole('group', { name: `Label ${n}`, exact: true });
  }

  async fillLabel(n: number, values: { key?: string; name?: string; severity?: string; description?: string }) {
    const row = this.label(n);
    if (values.key !== undefined) await row.getByLabel('Key').fill(values.key);
    if (values.name !== undefined) await row.getByLabel('Name').fill(values.name);
    if (values.severity !== undefined) await row.getByLabel('Severity').fill(values.severity);
    if (values.description !== undefined) await row.getByLabel('When to choose it').fill(values.description);
  }

  async removeLabel(n: number) {
    await this.label(n)
      .getByRole('button', { name: `Remove label ${n}` })
      .click();
  }

  async save(): Promise<void> {
    const saved = operation(this.page, 'SaveDraft');
    await this.saveButton.click();
    expect((await saved).ok()).toBe(true);
    await expect(this.status).toHaveText('All changes saved');
  }

  /** Publishes after accepting the confirmation; resolves when the server has answered. */
  async publish(): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    const published = operation(this.page, 'PublishDraft');
    await this.publishButton.click();
    const answer = await published;
    expect((await answer.json()).errors).toBeUndefined();
  }
}

/** The comparison of two versions. */
export class PolicyDiffPage {
  readonly labelChanges: Locator;
  readonly bodyDiff: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.labelChanges = main.getByRole('list', { name: 'Label changes' });
    this.bodyDiff = main.getByRole('table', { name: 'Text changes' });
  }

  change(kind: 'Added' | 'Removed' | 'Changed', key: string): Locator {
    return this.labelChanges.getByRole('listitem').filter({ hasText: kind }).filter({ hasText: key });
  }

  bodyLines(kind: 'ADDED' | 'REMOVED'): Locator {
    return this.bodyDiff.locator(`[data-kind="${kind}"]`);
  }
}
