import { describe, expect, it } from 'vitest';
import { User } from '../src/modules/identity/user.entity.js';
import { casesOnDay, LABELS, uniqueQueue } from './support/audit-fixtures.js';
import { CREATE_PLAN, MOD_DE, MOD_IT, RUN_PLAN, useAuditTestbed } from './support/audit-testbed.js';
import { codeOf, ok, vendorUser } from './support/policy-fixtures.js';

const { server, em, tokens, createPlan, runPlan, auditsOf, drawnCases, forgetRun } = useAuditTestbed();

describe('sampling plans', () => {
  const day = '2025-03-10';
  /**
   * A day of 200 decisions (120/60/15/5) in a queue of the test's own, with decisions the
   * days either side that are never candidates: each test draws from a fresh pool, since a
   * decision audited once is never drawn again.
   */
  async function pool() {
    const queue = uniqueQueue('sampling');
    const { cases } = await casesOnDay(em(), {
      day,
      queue,
      moderatorEmails: [MOD_IT, MOD_DE],
      decisions: [120, 60, 15, 5],
    });
    await casesOnDay(em(), { day: '2025-03-09', queue, moderatorEmails: [MOD_IT], decisions: [10, 0, 0, 0] });
    await casesOnDay(em(), { day: '2025-03-11', queue, moderatorEmails: [MOD_IT], decisions: [10, 0, 0, 0] });
    return { queue, caseIds: new Set(cases.map((c) => c.id)) };
  }

  it('draws the rate of the day’s cases in scope, rounded up, each case once, as audit tasks', async () => {
    const { queue, caseIds } = await pool();
    const plan = await createPlan({ queue, rate: 0.1 });
    const run = await runPlan(plan.id, day);
    expect(run).toMatchObject({ candidates: 200, drawn: 20 });
    const tasks = await auditsOf({ planId: plan.id });
    expect(tasks).toHaveLength(20);
    expect(new Set(tasks.map((t) => t.case.id)).size).toBe(20);
    for (const t of tasks) {
      expect(caseIds.has(t.case.id)).toBe(true);
      expect(t.case.queue).toBe(queue);
      expect(t).toMatchObject({ status: 'PENDING', verdict: null, assignee: null, plan: { id: plan.id } });
    }
    // Another plan over the same day: the 20 decisions audited already are not drawn again.
    const odd = await createPlan({ queue, rate: 0.033 });
    expect(await runPlan(odd.id, day)).toMatchObject({ candidates: 180, drawn: 6 }); // 5.94 → 6
    const again = await auditsOf({ planId: odd.id });
    expect(again.filter((t) => tasks.some((first) => first.case.id === t.case.id))).toEqual([]);
  });

  it('draws the same cases for the same plan, day and seed, and others for another seed', async () => {
    const { queue } = await pool();
    const plan = await createPlan({ queue, countPerDay: 25 });
    await runPlan(plan.id, day);
    const first = await drawnCases(plan.id, day);
    expect(first).toHaveLength(25);
    await forgetRun(plan.id, day);
    await runPlan(plan.id, day);
    expect(await drawnCases(plan.id, day)).toEqual(first);

    await forgetRun(plan.id, day);
    await em().execute('update sampling_plan set seed = 43 where id = ?', [plan.id]);
    await runPlan(plan.id, day);
    const other = await drawnCases(plan.id, day);
    expect(other).toHaveLength(25);
    expect(other).not.toEqual(first);
    // Independent draws of 25 from 200 share about 3 cases; 20 shared would be a broken seed.
    expect(other.filter((id) => first.includes(id)).length).toBeLessThan(15);
  });

  it('honours a count, and takes every case when the day has fewer', async () => {
    const { queue, caseIds } = await pool();
    const few = await createPlan({ queue, countPerDay: 13 });
    expect(await runPlan(few.id, day)).toMatchObject({ candidates: 200, drawn: 13 });
    const all = await createPlan({ queue, countPerDay: 500 });
    expect(await runPlan(all.id, day)).toMatchObject({ candidates: 187, drawn: 187 });
    expect(new Set([...(await drawnCases(few.id, day)), ...(await drawnCases(all.id, day))])).toEqual(caseIds);
    const empty = await createPlan({ queue, countPerDay: 5 });
    expect(await runPlan(empty.id, '2025-03-12')).toMatchObject({ candidates: 0, drawn: 0 });
  });

  it('stratified by decision, draws each decision in proportion to its share of the day', async () => {
    const { queue } = await pool();
    const plan = await createPlan({ queue, countPerDay: 40, stratifyByDecision: true });
    expect(await runPlan(plan.id, day)).toMatchObject({ drawn: 40 });
    const tasks = await auditsOf({ planId: plan.id });
    const per = Object.fromEntries(LABELS.map((l) => [l.key, tasks.filter((t) => t.decidedLabel === l.key).length]));
    // 120/60/15/5 of 200 → 24/12/3/1 of 40.
    expect(per).toEqual({ no_violation: 24, borderline: 12, violating: 3, severe: 1 });
    // 10 of the 160 left (96/48/12/4): 6 / 3 / 0.75 / 0.25 → 6 / 3 / 1 / 0 by largest remainder.
    const small = await createPlan({ queue, countPerDay: 10, stratifyByDecision: true });
    await runPlan(small.id, day);
    const smallTasks = await auditsOf({ planId: small.id });
    const smallPer = Object.fromEntries(
      LABELS.map((l) => [l.key, smallTasks.filter((t) => t.decidedLabel === l.key).length]),
    );
    expect(smallPer).toEqual({ no_violation: 6, borderline: 3, violating: 1, severe: 0 });
  });

  it('scopes by market, team and moderator', async () => {
    const { queue } = await pool();
    const session = em();
    const de = await session.findOneOrFail(User, { email: MOD_DE }, { populate: ['team', 'market'] });
    // Each plan on a pool of its own: a decision one of them audits is no candidate for the next.
    const byModerator = await createPlan({ queue, moderatorId: de.id, countPerDay: 1000 });
    expect(await runPlan(byModerator.id, day)).toMatchObject({ candidates: 100 });
    const byTeam = await createPlan({ queue: (await pool()).queue, teamId: de.team!.id, rate: 1 });
    expect(await runPlan(byTeam.id, day)).toMatchObject({ candidates: 100, drawn: 100 });
    const byMarket = await createPlan({ marketId: de.market.id, queue: (await pool()).queue, rate: 0.5 });
    expect(await runPlan(byMarket.id, day)).toMatchObject({ candidates: 100, drawn: 50 });
    const tasks = await auditsOf({ planId: byMarket.id });
    expect(new Set(tasks.map((t) => t.moderator.email))).toEqual(new Set([MOD_DE]));
  });

  it('refuses to sample a day twice, and changes nothing', async () => {
    const { queue } = await pool();
    const plan = await createPlan({ queue, countPerDay: 5 });
    await runPlan(plan.id, day);
    const before = await drawnCases(plan.id, day);
    const again = await server().gql(RUN_PLAN, { input: { planId: plan.id, day } }, tokens['qa.manager']);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already been sampled for 2025-03-10/);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      feature: 'audit',
      reason: 'DAY_ALREADY_SAMPLED',
      day: '2025-03-10',
    });
    expect(await drawnCases(plan.id, day)).toEqual(before);
    // Two runs at once: exactly one draws.
    const racing = await createPlan({ queue, countPerDay: 5 });
    const results = await Promise.all(
      [0, 1, 2].map(() => server().gql(RUN_PLAN, { input: { planId: racing.id, day } }, tokens['qa.specialist'])),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(2);
    expect(await drawnCases(racing.id, day)).toHaveLength(5);
  });

  it('refuses bad plan input, future days, paused plans and people without the role', async () => {
    const { queue } = await pool();
    const count = async () => Number((await em().execute('select count(*) as n from sampling_plan'))[0]!.n);
    const plans = await count();
    const bad = [
      { queue, rate: 0.1, countPerDay: 3 },
      { queue },
      { queue, rate: 0 },
      { queue, rate: 1.5 },
      { rate: 0.1 },
      { queue, countPerDay: 0 },
      { queue, rate: 0.1, seed: -1 },
      { queue, rate: 0.1, marketId: '00000000-0000-4000-8000-000000000000' },
      { queue, rate: 0.1, name: '' },
    ];
    for (const input of bad) {
      const result = await server().gql(
        CREATE_PLAN,
        { input: { name: 'Bad', seed: 1, ...input } },
        tokens['qa.specialist'],
      );
      expect(codeOf(result), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const moderatorTry = await server().gql(
      CREATE_PLAN,
      { input: { name: 'Mine', seed: 1, queue, rate: 1 } },
      tokens['moderator.it'],
    );
    expect(codeOf(moderatorTry)).toBe('FORBIDDEN');
    expect(await count()).toBe(plans);

    const plan = await createPlan({ queue, rate: 0.1 });
    const future = await server().gql(
      RUN_PLAN,
      { input: { planId: plan.id, day: '2999-01-01' } },
      tokens['qa.specialist'],
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const notADay = await server().gql(
      RUN_PLAN,
      { input: { planId: plan.id, day: '2025-02-30' } },
      tokens['qa.specialist'],
    );
    expect(codeOf(notADay)).toBe('BAD_USER_INPUT');
    const byModerator = await server().gql(RUN_PLAN, { input: { planId: plan.id, day } }, tokens['moderator.it']);
    expect(codeOf(byModerator)).toBe('FORBIDDEN');
    await ok(
      server(),
      'mutation($input: SetSamplingPlanActiveInput!) { setSamplingPlanActive(input: $input) { plan { active } } }',
      { input: { planId: plan.id, active: false } },
      tokens['qa.specialist']!,
    );
    const paused = await server().gql(RUN_PLAN, { input: { planId: plan.id, day } }, tokens['qa.specialist']);
    expect(codeOf(paused)).toBe('CONFLICT');
    expect(await drawnCases(plan.id, day)).toEqual([]);
  });

  it("keeps a vendor's QA to their vendor's teams and plans", async () => {
    const { queue } = await pool();
    const harborQa = await vendorUser(server());
    const lumenTeam = await em().findOneOrFail(User, { email: MOD_IT }, { populate: ['team'] });
    const foreign = await server().gql(
      CREATE_PLAN,
      { input: { name: 'Not mine', seed: 1, teamId: lumenTeam.team!.id, rate: 0.1 } },
      harborQa.token,
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    const platformPlan = await createPlan({ queue, rate: 0.1 });
    const run = await server().gql(RUN_PLAN, { input: { planId: platformPlan.id, day } }, harborQa.token);
    expect(codeOf(run)).toBe('NOT_FOUND');
    // A Harbor plan over the whole queue draws none of Lumen's cases.
    const own = await createPlan({ queue, rate: 1 }, harborQa.token);
    expect(await runPlan(own.id, day, harborQa.token)).toMatchObject({ candidates: 0, drawn: 0 });
    const visible = await ok(server(), '{ samplingPlans { id } }', {}, harborQa.token);
    expect(visible.samplingPlans.map((p: { id: string }) => p.id)).toEqual([own.id]);
  });
});
