import { expect, storeSession, test } from '../fixtures';
import { apiAs, PolicyDiffPage, VersionEditorPage } from '../pages/policy.page';

const BODY = [
  '# Bullying (e2e)',
  '',
  '## We remove',
  '',
  '- No insults.',
  '- No threats.',
  '',
  '## Labels',
  '',
  'Pick the most severe.',
].join('\n');

test.describe('policy taxonomy', () => {
  test('a policy owner edits a draft taxonomy, publishes it and sees what changed', async ({
    page,
    request,
    capture,
  }) => {
    // Seeded through the API: a policy whose version 1 is published, and version 2 drafted from it.
    const owner = await apiAs(request, 'policy@concord.demo');
    const key = `e2e-taxonomy-${Date.now().toString(36)}`;
    const created = await owner.call(
      'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } draft { id } } }',
      { input: { key, title: 'Bullying (e2e)', area: 'BULLYING' } },
    );
    const policyId: string = created.createPolicy.policy.id;
    const v1: string = created.createPolicy.draft.id;
    await owner.call(
      'mutation($input: UpdatePolicyVersionInput!) { updatePolicyVersion(input: $input) { version { id } } }',
      {
        input: {
          versionId: v1,
          body: BODY,
          effectiveDate: '2026-01-01',
          changeSummary: 'First version.',
          labels: [
            { key: 'none', name: 'No violation', description: 'Leave it up.', severity: 0 },
            { key: 'insult', name: 'Insult', description: 'A one-off insult.', severity: 1 },
            { key: 'harassment', name: 'Harassment', description: 'Repeated abuse.', severity: 2 },
          ],
        },
      },
    );
    await owner.call(
      'mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { version { id } } }',
      {
        input: { versionId: v1 },
      },
    );
    const drafted = await owner.call(
      'mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { version { id } } }',
      { input: { policyId } },
    );
    const v2: string = drafted.createPolicyVersion.version.id;

    await storeSession(page, owner.session);
    await page.goto('/policies');
    await expect(page.getByRole('link', { name: /Bullying \(e2e\)/ })).toContainText('Draft');
    await expect(page.getByRole('link', { name: /Hate speech/ })).toContainText('in force since');
    await capture('policies-list');

    const editor = new VersionEditorPage(page);
    await editor.goto(policyId, v2);
    await expect(editor.heading).toHaveText('Draft of version 2 Draft');
    await expect(editor.label(3).getByLabel('Key')).toHaveValue('harassment');
    await capture('policy-editor-draft');

    // The taxonomy: rename a label, replace one with two finer ones, and keep the severities ordinal.
    await editor.fillLabel(2, { name: 'Mild insult' });
    await editor.removeLabel(3);
    await expect(editor.label(3)).toHaveCount(0);
    await editor.addLabelButton.click();
    await expect(editor.label(3).getByLabel('Key')).toBeFocused();
    await editor.fillLabel(3, {
      key: 'targeted_harassment',
      name: 'Targeted harassment',
      severity: '2',
      description: 'Repeated abuse of one person.',
    });
    await editor.addLabelButton.click();
    await editor.fillLabel(4, { key: 'threat', name: 'Threat', severity: '' });
    await editor.body.fill(BODY.replace('- No threats.', '- No threats, explicit or implied.'));
    await editor.changeSummary.fill('Splits harassment; threats include implied ones.');

    // Publishing checks the draft first: no effective date yet, and label 4 has no severity
    // while the others do.
    await editor.publishButton.click();
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('The draft cannot be published yet');
    await expect(problems.getByRole('listitem')).toHaveText([
      'Set the effective date.',
      'Set a severity on every label or on none.',
    ]);
    await capture('policy-editor-problems');
    await editor.fillLabel(4, { severity: '3' });
    await editor.effectiveDate.fill('2026-12-01');
    await editor.save();
    await capture('policy-editor-edited');

    await editor.publish();
    await expect(page).toHaveURL(new RegExp(`/policies/${policyId}/compare\\?from=${v1}&to=${v2}$`));
    const diff = new PolicyDiffPage(page);
    await expect(diff.change('Added', 'targeted_harassment')).toContainText('Targeted harassment');
    await expect(diff.change('Added', 'threat')).toContainText('severity 3');
    await expect(diff.change('Removed', 'harassment')).toBeVisible();
    await expect(diff.change('Changed', 'insult')).toContainText('renamed from “Insult” to “Mild insult”');
    await expect(page.getByText('1 label unchanged')).toBeVisible();
    await expect(diff.bodyLines('REMOVED')).toHaveText([/- No threats\.$/]);
    await expect(diff.bodyLines('ADDED')).toHaveText([/- No threats, explicit or implied\.$/]);
    await capture('policy-diff');

    // The published version is in force and immutable: the editor now refuses it.
    await page.goto(`/policies/${policyId}?version=${v2}`);
    await expect(page.getByRole('heading', { name: /Version 2/ })).toContainText('Published');
    await expect(page.getByRole('cell', { name: 'targeted_harassment' })).toBeVisible();
    await capture('policy-detail-published');
    await page.goto(`/policies/${policyId}/versions/${v2}/edit`);
    await expect(page.getByText('Version 2 can no longer be edited')).toBeVisible();
  });
});
