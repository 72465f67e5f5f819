import type { APIRequestContext } from '@playwright/test';
import { demoUsers, expect, storeSession, test } from '../fixtures';
import { AppealsPage, AuditPages, MyAuditsPage, openAs, operation, QualityPage, shot } from '../pages/audits.page';
import { apiAs } from '../pages/policy.page';

const moderator = demoUsers.moderatorDe;
const FEEDBACK = 'This insults a named person: choose the bullying label, not "none".';

type Api = Awaited<ReturnType<typeof apiAs>>;

/**
 * Seeds one audit task through the API, as a QA script would: imports one decision of the
 * moderator's, yesterday, into a queue of its own, and draws it with a sampling plan over
 * that queue. Its own decision, not one of the demo's: a decision audited once (by the
 * demo's plans, or another test) is never drawn again.
 */
async function drawTask(request: APIRequestContext, specialist: Api) {
  const mod = await apiAs(request, moderator.email);
  const me = await mod.call('{ me { id market { code } } }');
  const { policies } = await specialist.call('{ policies { key versions { number status labels { key } } } }');
  const policy = (
    policies as { key: string; versions: { number: number; status: string; labels: { key: string }[] }[] }[]
  )
    .map((p) => ({ key: p.key, version: p.versions.find((v) => v.status === 'PUBLISHED') }))
    .find((p) => p.version && p.version.labels.length > 1)!;
  const tag = `${Date.now()}-${Math.floor(Math.random() * 1_000_000)}`;
  const queue = `e2e-${tag}`;
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await specialist.call('mutation($input: ImportCasesInput!) { importCases(input: $input) { report { created } } }', {
    input: {
      format: 'JSONL',
      content: JSON.stringify({
        source: 'e2e',
        externalId: `E2E-${tag}`,
        market: me.me.market.code,
        queue,
        contentType: 'TEXT',
        text: 'Du bist so ein Clown, alle lachen über dich, Markus.',
        policy: policy.key,
        policyVersion: policy.version!.number,
        decision: policy.version!.labels[0]!.key,
        moderatorEmail: moderator.email,
        decidedAt: `${day}T10:00:00Z`,
      }),
    },
  });
  const name = `E2E ${moderator.name} ${tag}`;
  const created = await specialist.call(
    'mutation($input: CreateSamplingPlanInput!) { createSamplingPlan(input: $input) { plan { id } } }',
    {
      input: {
        name,
        moderatorId: me.me.id,
        queue,
        countPerDay: 1,
        seed: Math.floor(Math.random() * 1_000_000),
      },
    },
  );
  const planId = created.createSamplingPlan.plan.id as string;
  await specialist.call(
    'mutation($input: RunSamplingPlanInput!) { runSamplingPlan(input: $input) { run { drawn } } }',
    {
      input: { planId, day },
    },
  );
  const drawn = await specialist.call(
    `query($filter: AuditsFilter!) { audits(filter: $filter) { edges { node {
       id decidedLabel case { externalId policyVersion { labels { key name } } } } } } }`,
    { filter: { planId } },
  );
  const task = drawn.audits.edges[0].node;
  const expected = (task.case.policyVersion.labels as { key: string }[]).find((l) => l.key !== task.decidedLabel)!;
  return {
    planName: name,
    auditId: task.id as string,
    externalId: task.case.externalId as string,
    expectedLabel: expected.key,
  };
}

test.describe('audits and appeals', () => {
  test('a QA specialist audits a decision as incorrect, the moderator appeals, a QA manager overturns it', async ({
    page,
    browser,
    baseURL,
    request,
    signInAs,
  }) => {
    test.setTimeout(90_000);
    const specialist = await apiAs(request, demoUsers.qaSpecialist.email);
    const task = await drawTask(request, specialist);

    // The QA specialist sees what the plan drew, then audits it from the queue.
    await signInAs(demoUsers.qaSpecialist);
    const audits = new AuditPages(page);
    await page.goto('/audits/plans');
    const plan = audits.main.getByRole('region', { name: task.planName });
    await plan.getByRole('button', { name: 'Show cases' }).click();
    await expect(plan.getByTestId('drawn-audits')).toContainText(task.externalId);
    await shot(page, 'sampling-plans');
    await audits.openQueue();
    await audits.openTask(task.auditId, task.externalId);
    await expect(audits.main.getByText('The moderator decided')).toBeVisible();
    await audits.fillIncorrect({ expectedLabel: task.expectedLabel, category: 'Missed violation', feedback: FEEDBACK });
    await shot(page, 'audit-form');
    await audits.save();
    await expect(page).toHaveURL(/\/audits$/);
    await shot(page, 'audit-queue');
    await expect(
      audits.main.getByRole('status').filter({ hasText: `Verdict on case ${task.externalId} saved.` }),
    ).toBeVisible();
    await expect(audits.taskLink(task.auditId)).toHaveCount(0);

    // A QA manager's view of quality before the appeal.
    const manager = await openAs(browser, baseURL, 'qa.manager@concord.demo');
    const quality = new QualityPage(manager.page);
    await quality.goto();
    const overturnedBefore = Number(await quality.figure('Overturned').textContent());
    const moderatorRow = quality.row(moderator.name);
    await expect(moderatorRow).toBeVisible();
    const moderatorAccuracyBefore = await moderatorRow.locator('td').last().textContent();

    // The moderator, in a browser of their own, reads the verdict and feedback and appeals.
    const mod = await openAs(browser, baseURL, moderator.email);
    const mine = new MyAuditsPage(mod.page);
    await mine.goto();
    const card = mine.audit(task.externalId);
    await expect(card.getByText(/^✗?\s*Incorrect$/)).toBeVisible();
    await expect(card.getByText(FEEDBACK)).toBeVisible();
    await expect(card.getByText(/days? left to appeal/)).toBeVisible();
    const accuracyBefore = await mine.accuracy.textContent();
    const againstBefore = Number(await mine.against.textContent());
    await mine.appeal(task.externalId, 'The text is sarcastic banter between friends, not an insult; see the thread.');
    await expect(card.getByText('Appeal open')).toBeVisible();
    await expect(card.getByText('Waiting for a QA lead.')).toBeVisible();
    await shot(mod.page, 'my-audits-appeal');

    // The QA manager overturns it with a note.
    const appeals = new AppealsPage(manager.page);
    await appeals.goto();
    const appeal = appeals.appeal(task.externalId, moderator.name);
    await expect(appeal.getByText('The text is sarcastic banter')).toBeVisible();
    await appeals.choose(appeal, 'Overturn the verdict', 'Agreed: the thread shows banter. Overturned.');
    await shot(manager.page, 'appeal-decision');
    await appeals.decide(appeal);
    await expect(appeal).toHaveCount(0); // no longer open
    const everything = operation(manager.page, 'Appeals');
    await appeals.main.getByLabel('Show').selectOption('ALL');
    await everything;
    await expect(appeals.appeal(task.externalId, moderator.name).getByText('Verdict overturned').first()).toBeVisible();

    // The overturned verdict no longer counts: the manager's figures move…
    await quality.goto();
    await expect(quality.figure('Overturned')).toHaveText(String(overturnedBefore + 1));
    await expect(moderatorRow.locator('td').last()).not.toHaveText(moderatorAccuracyBefore ?? '');
    await shot(manager.page, 'quality-dashboard');

    // …and the moderator sees the outcome, the note, and their own figure change.
    await mine.goto();
    await expect(card.getByText('Verdict overturned').first()).toBeVisible();
    await expect(card.getByText('No longer counts against you')).toBeVisible();
    await expect(card.getByText('Agreed: the thread shows banter. Overturned.')).toBeVisible();
    await expect(mine.against).toHaveText(String(againstBefore - 1));
    await expect(mine.accuracy).not.toHaveText(accuracyBefore ?? '');
    await shot(mod.page, 'my-audits-overturned');

    await manager.context.close();
    await mod.context.close();
  });

  test('a team lead reads the team’s audits and appeals a verdict for a teammate, who sees it', async ({
    browser,
    baseURL,
    request,
  }) => {
    // The demo data makes Lena Schmidt lead of the de-DE team, with one of Jonas's verdicts open to appeal.
    const leadApi = await apiAs(request, 'lena.schmidt@concord.demo');
    const me = await leadApi.call('{ me { leadsTeam { id name } } }');
    const open = await leadApi.call(
      `query($filter: AuditsFilter!) { audits(filter: $filter, page: { first: 100 }) { edges { node {
         canAppeal moderator { name } case { externalId } } } } }`,
      { filter: { status: 'COMPLETED', teamId: me.me.leadsTeam.id } },
    );
    const target = (
      open.audits.edges as { node: { canAppeal: boolean; moderator: { name: string }; case: { externalId: string } } }[]
    )
      .map((e) => e.node)
      .find((a) => a.canAppeal && a.moderator.name === moderator.name)!;
    expect(target).toBeDefined();

    const lead = await openAs(browser, baseURL, 'lena.schmidt@concord.demo');
    const mine = new MyAuditsPage(lead.page);
    await mine.goto();
    await mine.main.getByRole('link', { name: 'Team audits' }).click();
    await expect(mine.main.getByRole('heading', { level: 1 })).toHaveText(`Team audits: ${me.me.leadsTeam.name}`);
    const card = mine.audit(target.case.externalId);
    await expect(card.getByText(`${moderator.name}'s decision`)).toBeVisible();
    await mine.appeal(target.case.externalId, 'The clip is news coverage of the incident, allowed with context in v2.');
    await expect(card.getByText(`Appealed by Lena Schmidt for ${moderator.name}`)).toBeVisible();
    await expect(card.getByText('Waiting for a QA lead.')).toBeVisible();
    await shot(lead.page, 'team-audits-appeal');

    // The moderator finds the appeal made for him on his own page, and cannot file another.
    const mod = await openAs(browser, baseURL, moderator.email);
    const his = new MyAuditsPage(mod.page);
    await his.goto();
    const hisCard = his.audit(target.case.externalId);
    await expect(hisCard.getByText(`Appealed by Lena Schmidt for ${moderator.name}`)).toBeVisible();
    await expect(hisCard.getByRole('button', { name: 'Appeal this verdict' })).toHaveCount(0);
    await expect(his.main.getByRole('link', { name: 'Team audits' })).toHaveCount(0);

    await lead.context.close();
    await mod.context.close();
  });

  test('a QA specialist claims a task from the queue; a QA manager hands one to them', async ({
    page,
    browser,
    baseURL,
    request,
    signInAs,
  }) => {
    const specialist = await apiAs(request, demoUsers.qaSpecialist.email);
    const claimed = await drawTask(request, specialist);
    const handed = await drawTask(request, specialist);

    await signInAs(demoUsers.qaSpecialist);
    const audits = new AuditPages(page);
    await audits.openQueue();
    const row = (auditId: string, on = page) => on.locator(`[data-testid="audit-task"][data-audit="${auditId}"]`);
    await row(claimed.auditId)
      .getByRole('button', { name: `Claim case ${claimed.externalId}` })
      .click();
    await expect(row(claimed.auditId)).toContainText('You');
    await expect(row(claimed.auditId).getByRole('button', { name: /Claim/ })).toHaveCount(0);
    await shot(page, 'audit-queue-claim');

    // The manager sees it taken, and gives the other task to the specialist.
    const manager = await openAs(browser, baseURL, 'qa.manager@concord.demo');
    const managerAudits = new AuditPages(manager.page);
    await managerAudits.openQueue();
    await expect(row(claimed.auditId, manager.page).getByRole('combobox')).toHaveValue(
      (await specialist.call('{ me { id } }')).me.id,
    );
    await row(handed.auditId, manager.page)
      .getByRole('combobox', { name: `Who audits case ${handed.externalId}` })
      .selectOption({ label: demoUsers.qaSpecialist.name });
    await shot(manager.page, 'audit-queue-assign');
    await manager.context.close();

    await audits.openQueue();
    await expect(row(handed.auditId)).toContainText('You');
    await audits.openTask(handed.auditId, handed.externalId);
  });

  test('a QA specialist pauses a sampling plan, which then cannot run, and resumes it', async ({
    page,
    request,
    signInAs,
  }) => {
    const specialist = await apiAs(request, demoUsers.qaSpecialist.email);
    const { markets } = await specialist.call('{ markets { id code } }');
    const name = `E2E pause ${Date.now()}`;
    await specialist.call(
      'mutation($input: CreateSamplingPlanInput!) { createSamplingPlan(input: $input) { plan { id } } }',
      { input: { name, marketId: (markets as { id: string; code: string }[])[0]!.id, countPerDay: 5, seed: 1 } },
    );
    await signInAs(demoUsers.qaSpecialist);
    await page.goto('/audits/plans');
    const plan = page.getByRole('main').getByRole('region', { name });
    const run = plan.getByRole('button', { name: 'Draw this day' });
    await expect(run).toBeEnabled();
    await plan.getByRole('button', { name: 'Pause plan' }).click();
    await expect(plan.getByText('Paused', { exact: true })).toBeVisible();
    await expect(run).toBeDisabled();
    await shot(page, 'sampling-plan-paused');
    await plan.getByRole('button', { name: 'Resume plan' }).click();
    await expect(plan.getByText('Paused', { exact: true })).toHaveCount(0);
    await expect(run).toBeEnabled();
  });

  test('the RCA board shows escalations by state, overdue action items and the before/after picture', async ({
    page,
    request,
  }) => {
    const manager = await apiAs(request, 'qa.manager@concord.demo');
    const me = await manager.call('{ me { id } markets { id code } }');
    const de = (me.markets as { id: string; code: string }[]).find((m) => m.code === 'de-DE')!;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const filed = await manager.call(
      'mutation($input: CreateRcaEscalationInput!) { createRcaEscalation(input: $input) { escalation { id } } }',
      {
        input: {
          title: 'de-DE misses insults in sarcastic replies',
          description: 'Missed violations in replies that quote a slur to mock it.',
          rootCause: 'TRAINING_GAP',
          errorCategory: 'MISSED_VIOLATION',
          scope: { marketId: de.id },
        },
      },
    );
    const escalationId = filed.createRcaEscalation.escalation.id as string;
    for (const [title, dueDate] of [
      ['Add sarcasm examples to the de-DE training deck', yesterday],
      ['Re-brief the de-DE vendor team', nextWeek],
    ] as const) {
      await manager.call(
        'mutation($input: AddRcaActionItemInput!) { addRcaActionItem(input: $input) { actionItem { id } } }',
        {
          input: { escalationId, title, dueDate, ownerId: me.me.id },
        },
      );
    }
    await manager.call(
      'mutation($id: ID!) { startRcaEscalation(input: { escalationId: $id }) { escalation { id } } }',
      { id: escalationId },
    );

    await storeSession(page, manager.session);
    await page.goto('/rca');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Root-cause analysis');
    const column = main.getByTestId('rca-column-IN_PROGRESS');
    const card = column.getByRole('article', { name: 'de-DE misses insults in sarcastic replies' });
    await expect(card).toBeVisible();
    await expect(card.getByTestId('rca-action-item').filter({ hasText: 'training deck' })).toHaveAttribute(
      'data-overdue',
      'true',
    );
    await expect(card.getByTestId('rca-action-item').filter({ hasText: 'Re-brief' })).toHaveAttribute(
      'data-overdue',
      'false',
    );
    await expect(main.getByTestId('rca-overdue')).toContainText('Add sarcasm examples to the de-DE training deck');
    await expect(card.getByTestId('rca-effect')).toContainText('Measured once it is resolved.');
    await shot(page, 'rca-board');

    // The manager links a de-DE missed violation to it (judged here: the demo's own errors are drawn at random).
    const specialist = await apiAs(request, demoUsers.qaSpecialist.email);
    const task = await drawTask(request, specialist);
    await specialist.call('mutation($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }', {
      input: {
        auditId: task.auditId,
        verdict: 'INCORRECT',
        expectedLabel: task.expectedLabel,
        errorCategory: 'MISSED_VIOLATION',
      },
    });
    const linked = card.getByTestId('rca-linked-audits');
    await expect(linked.getByRole('heading')).toHaveText('0 linked audits');
    await linked.getByRole('button', { name: 'Link audits' }).click();
    const picker = linked.getByTestId('rca-audit-picker');
    const chosen = task.externalId;
    const candidate = picker.locator(`[data-audit="${task.auditId}"]`);
    await expect(candidate).toContainText('de-DE');
    await expect(candidate).toContainText('Missed violation');
    await candidate.getByRole('checkbox').check();
    await shot(page, 'rca-link-audits');
    await picker.getByRole('button', { name: 'Link 1 audit' }).click();
    await expect(picker).toHaveCount(0);
    await expect(linked.getByRole('heading')).toHaveText('1 linked audit');
    const open = linked.getByRole('link', { name: `Open the audit of case ${chosen}` });
    await expect(open).toBeVisible();
    // A linked audit is not offered again.
    await linked.getByRole('button', { name: 'Link audits' }).click();
    await expect(picker.getByText('Loading audits…')).toHaveCount(0);
    await expect(picker.locator(`[data-audit="${task.auditId}"]`)).toHaveCount(0);
    await picker.getByRole('button', { name: 'Cancel' }).click();
    await open.click();
    await expect(page).toHaveURL(/\/audits\/[0-9a-f-]{36}$/);
  });
});
