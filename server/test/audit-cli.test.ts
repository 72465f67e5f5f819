import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { processIO, type CliIO } from '../src/cli/io.js';
import { Role } from '../src/modules/identity/role.js';
import { casesOnDay, uniqueQueue } from './support/audit-fixtures.js';
import { ok } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor } from './support/users.js';

const server = useTestServer();
const em = () => server().concord.deps.orm.em.fork() as EntityManager;

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { ...processIO, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  return { io, out, err };
};

describe('concord audits sample', () => {
  const saved: Record<string, string | undefined> = {};
  const day = '2025-06-02';
  let planId: string;
  let token: string;

  beforeAll(async () => {
    // The command reads its configuration from the environment, as in a shell.
    for (const [key, value] of Object.entries({ DATABASE_URL: server().databaseUrl, SEED_DEMO: 'false' })) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    const e = em();
    const market = await createMarket(e);
    const moderator = await createUser(e, Role.MODERATOR, market, {
      team: await createTeam(e, { market, vendor: await createVendor(e) }),
    });
    const specialist = await createUser(e, Role.QA_SPECIALIST, market, { team: await createTeam(e, { market }) });
    const queue = uniqueQueue('cli');
    await casesOnDay(e, {
      day,
      queue,
      moderatorEmails: [moderator.email],
      decisions: [30, 10, 5, 5],
    });
    token = await server().signIn(specialist.email);
    const created = await ok(
      server(),
      'mutation($input: CreateSamplingPlanInput!) { createSamplingPlan(input: $input) { plan { id } } }',
      { input: { name: 'CLI plan', queue, countPerDay: 12, seed: 5 } },
      token,
    );
    planId = created.createSamplingPlan.plan.id;
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const drawn = async () =>
    Number(
      (
        await em().execute(
          'select count(*) as n from audit a join sampling_run r on r.id = a.run_id where r.plan_id = ?',
          [planId],
        )
      )[0]!.n,
    );

  it('draws the day, reports it, and refuses the same day again with exit code 3', async () => {
    const first = capture();
    expect(await run(['audits', 'sample', '--plan', planId, '--date', day], first.io)).toBe(0);
    expect(first.err.join('')).toContain('50 cases in scope were decided that day');
    expect(first.out.join('')).toMatch(/^Drew 12 audit tasks from 50 cases for 2025-06-02 in [\d.]+ s/);
    expect(await drawn()).toBe(12);
    const tasks = await ok(
      server(),
      'query($f: AuditsFilter) { audits(filter: $f) { totalCount } }',
      { f: { planId } },
      token,
    );
    expect(tasks.audits.totalCount).toBe(12);

    const again = capture();
    expect(await run(['audits', 'sample', '--plan', planId, '--date', day], again.io)).toBe(3);
    expect(again.err.join('')).toMatch(/already been sampled for 2025-06-02/);
    expect(await drawn()).toBe(12);
  });

  it('exits with 2 on bad input, writing nothing', async () => {
    const cases = [
      ['--plan', planId, '--date', '2025-06-31'],
      ['--plan', planId, '--date', 'yesterday'],
      ['--plan', planId, '--date', '2999-01-01'],
      ['--plan', 'not-a-plan', '--date', day],
      ['--plan', '00000000-0000-4000-8000-000000000000', '--date', '2025-06-03'],
      ['--date', day],
    ];
    for (const args of cases) {
      const { io, err } = capture();
      expect(await run(['audits', 'sample', ...args], io), args.join(' ')).toBe(2);
      expect(err.join('')).not.toBe('');
    }
    expect(await drawn()).toBe(12);
  });
});
