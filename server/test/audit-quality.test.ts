import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { auditPolicy, casesOnDay, uniqueQueue } from './support/audit-fixtures.js';
import { MOD_DE, MOD_IT, useAuditTestbed } from './support/audit-testbed.js';
import { codeOf, ok, testUser } from './support/policy-fixtures.js';

// The testbed's moderator.it and moderator.de, of one vendor's Italian and German teams.
const { server, em, tokens, teams } = useAuditTestbed();

const QUALITY = `query($input: QualityScoresInput!) {
  qualityScores(input: $input) {
    overall { key audited correct incorrect overturned accuracy }
    groups { key label audited correct incorrect overturned accuracy }
    trend { periodStart audited correct accuracy }
  }
}`;
const TRENDS = `query($input: ErrorTrendsInput!) {
  errorTrends(input: $input) {
    from to previousFrom previousTo audited previousAudited
    categories { errorCategory current previous change currentRate previousRate }
    labelPairs { policyKey expectedLabel decidedLabel current previous change }
  }
}`;

let queue: string;
/** Names of the two moderators, their teams, markets and vendor, as the groups label them. */
const names = { it: '', de: '', teamIt: '', teamDe: '', marketIt: '', marketDe: '', vendor: '' };
let policyKey: string;
/** Every incorrect verdict given, to derive the expected label pairs. */
const errors: { day: string; expected: string; decided: string; overturned: boolean }[] = [];

/**
 * Per day, which moderators' audits are incorrect, and with what category. Each day has
 * 8 cases, 4 per moderator; the rest are correct.
 *   previous period: 05-02  IT: 1 MISSED_VIOLATION
 *   current period:  05-08  IT: 2 OVER_ENFORCEMENT; DE: 1 WRONG_SEVERITY
 *                    05-12  IT: 1 OVER_ENFORCEMENT, overturned on appeal
 */
const PLAN: Record<string, { email: string; category: string; overturn?: boolean }[]> = {
  '2025-05-02': [{ email: MOD_IT, category: 'MISSED_VIOLATION' }],
  '2025-05-08': [
    { email: MOD_IT, category: 'OVER_ENFORCEMENT' },
    { email: MOD_IT, category: 'OVER_ENFORCEMENT' },
    { email: MOD_DE, category: 'WRONG_SEVERITY' },
  ],
  '2025-05-12': [{ email: MOD_IT, category: 'OVER_ENFORCEMENT', overturn: true }],
};

beforeAll(async () => {
  const [it, de] = await em().find(
    User,
    { email: { $in: [MOD_IT, MOD_DE] } },
    { populate: ['team.vendor', 'market'], orderBy: { email: 'desc' } },
  );
  Object.assign(names, {
    it: it!.name,
    de: de!.name,
    teamIt: it!.team!.name,
    teamDe: de!.team!.name,
    marketIt: it!.market.code,
    marketDe: de!.market.code,
    vendor: it!.team!.vendor!.name,
  });
  queue = uniqueQueue('quality');
  const { version, policy } = await auditPolicy(em());
  policyKey = policy.key;
  const plan = await ok(
    server(),
    'mutation($input: CreateSamplingPlanInput!) { createSamplingPlan(input: $input) { plan { id } } }',
    { input: { name: 'Everything', queue, rate: 1, seed: 7 } },
    tokens['qa.specialist']!,
  );
  const planId = plan.createSamplingPlan.plan.id as string;
  for (const [day, wrong] of Object.entries(PLAN)) {
    await casesOnDay(em(), { day, queue, moderatorEmails: [MOD_IT, MOD_DE], decisions: [4, 2, 1, 1], version });
    await ok(
      server(),
      'mutation($input: RunSamplingPlanInput!) { runSamplingPlan(input: $input) { run { drawn } } }',
      { input: { planId, day } },
      tokens['qa.specialist']!,
    );
    const tasks = (
      await ok(
        server(),
        'query($f: AuditsFilter) { audits(filter: $f, page: { first: 50 }) { edges { node { id decidedLabel moderator { email } } } } }',
        { f: { planId, dayFrom: day, dayTo: day } },
        tokens['qa.specialist']!,
      )
    ).audits.edges.map((e: any) => e.node) as { id: string; decidedLabel: string; moderator: { email: string } }[];
    expect(tasks).toHaveLength(8);
    const left = [...wrong];
    for (const task of tasks) {
      const at = left.findIndex((w) => w.email === task.moderator.email);
      if (at < 0) {
        await ok(server(), SUBMIT, { input: { auditId: task.id, verdict: 'CORRECT' } }, tokens['qa.specialist']!);
        continue;
      }
      const [w] = left.splice(at, 1);
      const expected = task.decidedLabel === 'no_violation' ? 'violating' : 'no_violation';
      await ok(
        server(),
        SUBMIT,
        { input: { auditId: task.id, verdict: 'INCORRECT', expectedLabel: expected, errorCategory: w!.category } },
        tokens['qa.specialist']!,
      );
      errors.push({ day, expected, decided: task.decidedLabel, overturned: !!w!.overturn });
      if (w!.overturn) {
        const appeal = await ok(
          server(),
          'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appeal { id } } }',
          { input: { auditId: task.id, reason: 'This is within the rules.' } },
          tokens['moderator.it']!,
        );
        await ok(
          server(),
          'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { appeal { id } } }',
          { input: { appealId: appeal.fileAppeal.appeal.id, outcome: 'OVERTURN', note: 'Agreed.' } },
          tokens['qa.manager']!,
        );
      }
    }
  }
});

const SUBMIT = 'mutation($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }';
const current = { from: '2025-05-08', to: '2025-05-14' };
const scores = (input: Record<string, unknown>, token = tokens['qa.manager']!) =>
  ok(server(), QUALITY, { input: { ...current, queue, ...input } }, token).then((d) => d.qualityScores);

describe('quality scores', () => {
  it('gives accuracy per moderator, worst first; overturned verdicts count as correct', async () => {
    const report = await scores({ groupBy: 'MODERATOR' });
    expect(report.overall).toEqual({
      key: 'all',
      audited: 16,
      correct: 13,
      incorrect: 3,
      overturned: 1,
      accuracy: 13 / 16,
    });
    expect(
      report.groups.map((g: any) => [g.label, g.audited, g.correct, g.incorrect, g.overturned, g.accuracy]),
    ).toEqual([
      [names.it, 8, 6, 2, 1, 0.75],
      [names.de, 8, 7, 1, 0, 0.875],
    ]);
  });

  it('groups by team, vendor, market, queue and policy', async () => {
    const byMarket = await scores({ groupBy: 'MARKET' });
    expect(byMarket.groups.map((g: any) => [g.label, g.accuracy])).toEqual([
      [names.marketIt, 0.75],
      [names.marketDe, 0.875],
    ]);
    const byVendor = await scores({ groupBy: 'VENDOR' });
    expect(byVendor.groups.map((g: any) => [g.label, g.audited])).toEqual([[names.vendor, 16]]);
    const byTeam = await scores({ groupBy: 'TEAM' });
    expect(byTeam.groups.map((g: any) => g.label)).toEqual([names.teamIt, names.teamDe]);
    const byQueue = await scores({ groupBy: 'QUEUE' });
    expect(byQueue.groups).toEqual([expect.objectContaining({ key: queue, label: queue, audited: 16 })]);
    const byPolicy = await scores({ groupBy: 'POLICY' });
    expect(byPolicy.groups).toHaveLength(1);
    expect(byPolicy.groups[0].accuracy).toBe(13 / 16);
  });

  it('counts errors per category, overturned ones apart', async () => {
    const report = await scores({ groupBy: 'ERROR_CATEGORY' });
    const byKey = Object.fromEntries(report.groups.map((g: any) => [g.key, g]));
    expect(report.groups[0].key).toBe('OVER_ENFORCEMENT');
    expect(byKey.OVER_ENFORCEMENT).toMatchObject({ incorrect: 2, overturned: 1, audited: 16, accuracy: 14 / 16 });
    expect(byKey.WRONG_SEVERITY).toMatchObject({ incorrect: 1, overturned: 0 });
    expect(byKey.MISSED_VIOLATION).toMatchObject({ incorrect: 0 });
    expect(report.groups).toHaveLength(5);
  });

  it('trends by day and by ISO week', async () => {
    const daily = await scores({ groupBy: 'MODERATOR', from: '2025-05-01', interval: 'DAY' });
    expect(daily.trend).toEqual([
      { periodStart: '2025-05-02', audited: 8, correct: 7, accuracy: 7 / 8 },
      { periodStart: '2025-05-08', audited: 8, correct: 5, accuracy: 5 / 8 },
      { periodStart: '2025-05-12', audited: 8, correct: 8, accuracy: 1 },
    ]);
    const weekly = await scores({ groupBy: 'MODERATOR', from: '2025-05-01', interval: 'WEEK' });
    expect(weekly.trend).toEqual([
      { periodStart: '2025-04-28', audited: 8, correct: 7, accuracy: 7 / 8 },
      { periodStart: '2025-05-05', audited: 8, correct: 5, accuracy: 5 / 8 },
      { periodStart: '2025-05-12', audited: 8, correct: 8, accuracy: 1 },
    ]);
  });

  it('filters by moderator, and keeps a vendor’s QA to their own vendor', async () => {
    const itOnly = await scores({ groupBy: 'MODERATOR', moderatorId: await userId(MOD_IT) });
    expect(itOnly.overall).toMatchObject({ audited: 8, correct: 6 });
    const harborQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: teams.harborKo });
    const harbor = await scores({ groupBy: 'MODERATOR' }, harborQa.token);
    expect(harbor.overall).toMatchObject({ audited: 0, accuracy: null });
    expect(harbor.groups).toEqual([]);
    // The vendor's QA in another market of theirs sees both teams.
    const lumenQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: teams.lumenDe });
    expect((await scores({ groupBy: 'MODERATOR' }, lumenQa.token)).overall.audited).toBe(16);
  });

  it('refuses moderators and bad periods', async () => {
    const byModerator = await server().gql(QUALITY, { input: { ...current, groupBy: 'TEAM' } }, tokens['moderator.it']);
    expect(codeOf(byModerator)).toBe('FORBIDDEN');
    const reversed = await server().gql(
      QUALITY,
      { input: { from: '2025-05-14', to: '2025-05-08', groupBy: 'TEAM' } },
      tokens['qa.manager'],
    );
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    const tooLong = await server().gql(
      QUALITY,
      { input: { from: '2024-01-01', to: '2025-05-08', groupBy: 'TEAM' } },
      tokens['qa.manager'],
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const trends = await server().gql(TRENDS, { input: current }, tokens['moderator.de']);
    expect(codeOf(trends)).toBe('FORBIDDEN');
  });
});

describe('error trends', () => {
  it('lists the categories and label pairs growing fastest, period over previous period', async () => {
    const data = await ok(server(), TRENDS, { input: { ...current, queue } }, tokens['qa.manager']!);
    const trends = data.errorTrends;
    expect(trends).toMatchObject({
      from: '2025-05-08',
      to: '2025-05-14',
      previousFrom: '2025-05-01',
      previousTo: '2025-05-07',
      audited: 16,
      previousAudited: 8,
    });
    expect(trends.categories.map((c: any) => [c.errorCategory, c.current, c.previous, c.change])).toEqual([
      ['OVER_ENFORCEMENT', 2, 0, 2],
      ['WRONG_SEVERITY', 1, 0, 1],
      ['OTHER', 0, 0, 0],
      ['WRONG_POLICY', 0, 0, 0],
      ['MISSED_VIOLATION', 0, 1, -1],
    ]);
    expect(trends.categories[0]).toMatchObject({ currentRate: 2 / 16, previousRate: 0 });
    // The pairs, counted from the verdicts given above (overturned ones left out).
    const counted = new Map<string, { current: number; previous: number }>();
    for (const e of errors.filter((e) => !e.overturned)) {
      const key = `${e.expected}>${e.decided}`;
      const entry = counted.get(key) ?? { current: 0, previous: 0 };
      if (e.day >= current.from) entry.current++;
      else entry.previous++;
      counted.set(key, entry);
    }
    expect(trends.labelPairs).toHaveLength(counted.size);
    for (const pair of trends.labelPairs) {
      expect(pair.policyKey).toBe(policyKey);
      const expected = counted.get(`${pair.expectedLabel}>${pair.decidedLabel}`)!;
      expect(pair).toMatchObject({ ...expected, change: expected.current - expected.previous });
    }
    const changes = trends.labelPairs.map((p: any) => p.change);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    const limited = await ok(server(), TRENDS, { input: { ...current, queue, limit: 1 } }, tokens['qa.manager']!);
    expect(limited.errorTrends.categories).toHaveLength(1);
    expect(limited.errorTrends.labelPairs.length).toBeLessThanOrEqual(1);
  });
});

async function userId(email: string) {
  const rows = await em().execute<{ id: string }[]>('select id from app_user where email = ?', [email]);
  return rows[0]!.id;
}
