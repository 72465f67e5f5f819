// The demo seed's audit world, tested as a product: plans, weeks of audits, tasks and appeals.
import { beforeAll, describe, expect, it } from 'vitest';
import { APPEALS, useAuditTestbed } from './support/audit-testbed.js';
import { ok } from './support/policy-fixtures.js';

const { server, em, auditsOf } = useAuditTestbed();
// The demo's own people, as the README names them (the testbed's are made for the file).
const MOD_IT = 'moderator.it@concord.demo';
const MOD_DE = 'moderator.de@concord.demo';
const tokens: Record<string, string> = {};

beforeAll(async () => {
  tokens['qa.manager'] = await server().signIn('qa.manager@concord.demo');
  tokens['moderator.it'] = await server().signIn(MOD_IT);
});

describe('demo data', () => {
  it('has plans, weeks of audits with errors across markets, pending tasks and appeals', async () => {
    const rows = await em().execute<{ code: string; completed: string; incorrect: string; pending: string }[]>(
      `select m.code, count(*) filter (where a.status = 'COMPLETED') as completed,
         count(*) filter (where a.verdict = 'INCORRECT') as incorrect, count(*) filter (where a.status = 'PENDING') as pending
       from audit a join market m on m.id = a.market_id join sampling_run r on r.id = a.run_id
       join sampling_plan p on p.id = r.plan_id where p.name like 'Daily %' group by m.code order by m.code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['de-DE', 'es-ES', 'fr-FR', 'it-IT', 'ko-KR', 'pt-BR']);
    expect(rows.every((r) => Number(r.incorrect) > 0)).toBe(true);
    expect(rows.every((r) => Number(r.completed) >= 5)).toBe(true);
    // Each demo appeal belongs to the moderator the README names, whatever the seeding drew.
    for (const [status, email] of [
      ['OPEN', MOD_IT],
      ['OVERTURNED', MOD_DE],
      ['UPHELD', 'moderator.ko@concord.demo'],
    ] as const) {
      const appeals = await ok(server(), APPEALS, { filter: { status } }, tokens['qa.manager']!);
      expect(
        appeals.appeals.map((a: any) => a.audit.moderator.email),
        status,
      ).toContain(email);
    }
    const mine = await auditsOf({}, tokens['moderator.it']);
    expect(mine.some((a) => a.appeal?.status === 'OPEN')).toBe(true);
  });
});
