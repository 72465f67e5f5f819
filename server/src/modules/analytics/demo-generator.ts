import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mulberry32 } from '../../stats/index.js';
import { computeSessionResult } from '../calibration/calibration-result.js';
import { hashPassword } from '../identity/password.js';
import { contentKey, demoGold, type GoldCase } from './demo-gold.js';
import { aggregateRows, insertAggregateRows, insertRows } from './aggregate-tables.js';
import { rebuildMonthlyRollups } from './analytics-rollups.js';
import { computeSessionAggregates } from './session-aggregates.js';

export type GenerateOptions = {
  sessions: number;
  votes: number;
  /** Same seed, same database contents (but for ids and timestamps of creation). */
  seed?: number;
  /** Sessions close over this many months up to now. */
  months?: number;
  /** Store each session's result as a real close would (bootstrap included): slower, but the session pages work. */
  results?: boolean;
  /** New voters per market; 16 by default. */
  votersPerMarket?: number;
  onProgress?: (done: number, total: number) => void;
};

export type GenerateReport = { sessions: number; items: number; votes: number; voters: number };

type Version = { id: string; policyId: string; number: number; labels: { key: string; severity: number | null }[] };
type Voter = {
  userId: string;
  name: string;
  marketId: string;
  marketCode: string;
  teamId: string;
  vendorId: string | null;
  skill: number;
};

const BATCH = 250;
const VOTERS_PER_MARKET = 16;

/**
 * Fills the database with closed calibration sessions whose votes look like real ones,
 * for the analytics page and the benchmark: markets agree to different degrees (and one
 * drifts away from gold over the months), each policy's newer version gets more
 * consistent votes than its older one, items differ in difficulty, wrong votes mostly
 * fall on one neighbouring label (so label pairs stand out), and a few items are read
 * differently by one market (a cultural or translation ambiguity). Needs the demo
 * markets, teams and policies (seeded on first start); adds voters of its own.
 * Sessions, items, votes and participants are written in bulk, with the same analytics
 * aggregates a close writes (computeSessionAggregates), in one transaction per batch.
 */
export async function generateDemoAnalytics(em: EntityManager, options: GenerateOptions): Promise<GenerateReport> {
  const random = mulberry32(options.seed ?? 8);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const months = options.months ?? 12;

  const markets = await em.execute<{ id: string; code: string }[]>('select id, code from market order by code');
  const vendorTeams = await em.execute<{ id: string; marketId: string; vendorId: string }[]>(
    `select id, market_id as "marketId", vendor_id as "vendorId" from team where vendor_id is not null order by name`,
  );
  const staffTeams = await em.execute<{ id: string; marketId: string }[]>(
    `select id, market_id as "marketId" from team where vendor_id is null order by name`,
  );
  const facilitators = await em.execute<{ id: string }[]>(
    `select u.id from app_user u left join team t on t.id = u.team_id
      where u.role in ('QA_SPECIALIST', 'QA_MANAGER') and t.vendor_id is null order by u.email`,
  );
  const versionRows = await em.execute<(Omit<Version, 'labels'> & { labels: unknown })[]>(
    `select v.id, v.policy_id as "policyId", v.number, v.labels from policy_version v
      where v.status <> 'DRAFT' order by v.policy_id, v.number`,
  );
  const versions: Version[] = versionRows.map((v) => ({
    ...v,
    labels: (
      (typeof v.labels === 'string' ? JSON.parse(v.labels) : v.labels) as { key: string; severity?: number | null }[]
    ).map((l) => ({ key: l.key, severity: l.severity ?? null })),
  }));
  const cases = await em.execute<(GoldCase & { id: string; policyId: string })[]>(
    `select id, policy_id as "policyId", policy_version_id as "policyVersionId", decision, text,
            media_url as "mediaUrl" from moderation_case order by id`,
  );
  // Each content's gold under each version, the same in every session that shows it.
  const golds = new Map<string, Map<string, string | null>>();
  const goldOf = (c: GoldCase, version: Version) => {
    let gold = golds.get(version.id);
    if (!gold) {
      const labels = version.labels.map((l) => l.key);
      gold = demoGold(
        cases.filter((x) => x.policyId === version.policyId),
        { id: version.id, labels },
      );
      golds.set(version.id, gold);
    }
    return gold.get(contentKey(c)) ?? null;
  };
  const policies = [...new Set(versions.map((v) => v.policyId))].filter((p) => cases.some((c) => c.policyId === p));
  if (!markets.length || !vendorTeams.length || !facilitators.length || !policies.length)
    throw new Error(
      'The generator needs the demo markets, teams, QA staff, policies and cases: start Concord once first.',
    );

  // Each market's level of agreement with gold; the last market drifts away from gold over time.
  const marketBase = new Map(markets.map((m, i) => [m.id, 0.9 - (i % 4) * 0.06]));
  const drifting = markets[markets.length - 1]!.id;

  // Voters of the generator's own, in each market's vendor team (and a few platform staff).
  const tag = randomUUID().slice(0, 8);
  const hash = await hashPassword(randomUUID());
  const voters: Voter[] = [];
  const users: Record<string, unknown>[] = [];
  for (const market of markets) {
    const teams = vendorTeams.filter((t) => t.marketId === market.id);
    const staff = staffTeams.find((t) => t.marketId === market.id);
    for (let i = 0; i < (options.votersPerMarket ?? VOTERS_PER_MARKET); i++) {
      const team = i < 2 && staff ? { id: staff.id, vendorId: null } : teams.length ? pick(teams) : null;
      if (!team) continue;
      const id = randomUUID();
      const name = `Reviewer ${market.code} ${String(i + 1).padStart(2, '0')}`;
      users.push({
        id,
        email: `gen-${tag}-${market.code.toLowerCase()}-${i + 1}@generated.concord.demo`,
        name,
        role: team.vendorId ? 'MODERATOR' : 'QA_SPECIALIST',
        marketId: market.id,
        teamId: team.id,
        passwordHash: hash,
        active: true,
      });
      voters.push({
        userId: id,
        name,
        marketId: market.id,
        marketCode: market.code,
        teamId: team.id,
        vendorId: team.vendorId,
        skill: (random() - 0.5) * 0.16,
      });
    }
  }
  await insertRows(em, 'app_user', USER_COLUMNS, users);

  // Per case: how hard it is, and now and then a market that reads it otherwise.
  const caseTruth = new Map<string, { difficulty: number; twistMarket: string | null }>();
  for (const c of cases)
    caseTruth.set(c.id, { difficulty: random() ** 2 * 0.4, twistMarket: random() < 0.12 ? pick(markets).id : null });

  const perSession = Math.max(4, options.votes / Math.max(1, options.sessions));
  const itemsPerSession = Math.max(2, Math.min(20, Math.round(Math.sqrt(perSession))));
  const votersPerSession = Math.max(2, Math.round(perSession / itemsPerSession));
  const now = Date.now();
  const span = months * 30 * 86_400_000;
  const report: GenerateReport = { sessions: 0, items: 0, votes: 0, voters: voters.length };

  for (let start = 0; start < options.sessions; start += BATCH) {
    const count = Math.min(BATCH, options.sessions - start);
    const rows = { session: [], invited: [], participant: [], item: [], vote: [], result: [] } as Record<
      string,
      Record<string, unknown>[]
    >;
    const aggregates: Parameters<typeof aggregateRows>[0] = [];
    for (let s = 0; s < count; s++) {
      const index = start + s;
      // Sessions spread over the period, a little denser lately.
      const age = 1 - Math.sqrt((index + random()) / options.sessions);
      const closedAt = new Date(now - age * span - random() * 3_600_000);
      const policyId = pick(policies);
      const policyVersions = versions.filter((v) => v.policyId === policyId);
      // The newer version takes over halfway through the period.
      const newer = age < 0.5 && policyVersions.length > 1;
      const version = newer ? policyVersions[policyVersions.length - 1]! : policyVersions[0]!;
      const labels = version.labels.map((l) => l.key);
      const policyCases = cases.filter((c) => c.policyId === policyId);
      const invited = shuffle([...markets], random).slice(
        0,
        2 + Math.floor(random() * Math.min(3, markets.length - 1)),
      );
      const pool = voters.filter((v) => invited.some((m) => m.id === v.marketId));
      const participants = shuffle(pool, random).slice(0, votersPerSession);
      // One case of each content: a demo text is decided three times, and a session shows it once.
      const shown = new Set<string>();
      const items = shuffle([...policyCases], random)
        .filter((c) => {
          const key = contentKey(c);
          if (shown.has(key)) return false;
          shown.add(key);
          return true;
        })
        .slice(0, itemsPerSession);
      const sessionId = randomUUID();
      const facilitatorId = pick(facilitators).id;
      const startedAt = new Date(closedAt.getTime() - 3_600_000);
      rows.session!.push({
        id: sessionId,
        title: `Calibration ${closedAt.toISOString().slice(0, 10)} #${index + 1}`,
        policyVersionId: version.id,
        facilitatorId,
        mode: 'BLIND',
        status: 'CLOSED',
        scheduledAt: startedAt.toISOString(),
        startedAt: startedAt.toISOString(),
        closedAt: closedAt.toISOString(),
      });
      for (const m of invited) rows.invited!.push({ calibrationSessionId: sessionId, marketId: m.id });
      for (const p of participants)
        rows.participant!.push({ id: randomUUID(), sessionId, userId: p.userId, marketId: p.marketId });
      const itemRows = items.map((c, i) => {
        const gold = random() < 0.85 ? goldOf(c, version) : null;
        return { id: randomUUID(), caseId: c.id, position: i + 1, gold };
      });
      const votes: { itemId: string; userId: string; label: string }[] = [];
      for (const item of itemRows) {
        const truth = caseTruth.get(item.caseId)!;
        const answer = item.gold ?? labels[Math.abs(hashOf(item.caseId)) % labels.length]!;
        const others = labels.filter((l) => l !== answer);
        const confuser = others[Math.abs(hashOf(item.caseId + answer)) % Math.max(1, others.length)] ?? answer;
        rows.item!.push({
          id: item.id,
          sessionId,
          caseId: item.caseId,
          position: item.position,
          state: 'REVEALED',
          goldLabel: item.gold,
          openedAt: startedAt.toISOString(),
          revealedAt: closedAt.toISOString(),
        });
        for (const p of participants) {
          if (random() < 0.04) continue; // absent for this item
          const drift = p.marketId === drifting ? (1 - age) * 0.15 : 0;
          let correct =
            (marketBase.get(p.marketId) ?? 0.85) + p.skill + (newer ? 0.07 : -0.03) - truth.difficulty - drift;
          if (truth.twistMarket === p.marketId) correct = 0.2;
          correct = Math.min(0.98, Math.max(0.1, correct));
          const label = random() < correct ? answer : random() < 0.75 || !others.length ? confuser : pick(others);
          votes.push({ itemId: item.id, userId: p.userId, label });
          rows.vote!.push({ id: randomUUID(), itemId: item.id, sessionId, userId: p.userId, label });
        }
      }
      const session = { id: sessionId, policyId, policyVersionId: version.id, facilitatorId, closedAt };
      aggregates.push({
        session,
        aggregates: computeSessionAggregates({
          session,
          items: itemRows,
          participants: participants.map((p) => ({
            userId: p.userId,
            marketId: p.marketId,
            teamId: p.teamId,
            vendorId: p.vendorId,
          })),
          votes,
        }),
      });
      if (options.results !== false) {
        const payload = computeSessionResult({
          labels: version.labels,
          items: itemRows.map((i) => ({ id: i.id, position: i.position, gold: i.gold })),
          participants: participants.map((p) => ({ userId: p.userId, name: p.name, market: p.marketCode })),
          votes,
          abstentions: [],
          seed: Number.parseInt(sessionId.replace(/-/g, '').slice(0, 8), 16) % 2 ** 31,
        });
        rows.result!.push({
          id: randomUUID(),
          sessionId,
          version: 1,
          statsVersion: payload.statsVersion,
          reason: 'closed',
          computedById: facilitatorId,
          payload,
        });
      }
      report.sessions++;
      report.items += itemRows.length;
      report.votes += votes.length;
    }
    await em.transactional(async (tx) => {
      await insertRows(tx, 'calibration_session', SESSION_COLUMNS, rows.session!);
      await insertRows(tx, 'calibration_session_invited_markets', INVITED_COLUMNS, rows.invited!);
      await insertRows(tx, 'calibration_participant', PARTICIPANT_COLUMNS, rows.participant!);
      await insertRows(tx, 'calibration_item', ITEM_COLUMNS, rows.item!);
      await insertRows(tx, 'vote', VOTE_COLUMNS, rows.vote!);
      await insertRows(tx, 'session_result', RESULT_COLUMNS, rows.result!, 200);
      await insertAggregateRows(tx, aggregateRows(aggregates));
    });
    options.onProgress?.(start + count, options.sessions);
  }
  // Once at the end rather than per batch: every batch spreads over every month.
  await em.transactional((tx) => rebuildMonthlyRollups(tx));
  return report;
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** A stable small hash of a string (which label a case without gold leans to). */
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const USER_COLUMNS = [
  ['id', 'uuid'],
  ['email', 'text'],
  ['name', 'text'],
  ['role', 'role'],
  ['market_id', 'uuid'],
  ['team_id', 'uuid'],
  ['password_hash', 'text'],
  ['active', 'boolean'],
] as const;
const SESSION_COLUMNS = [
  ['id', 'uuid'],
  ['title', 'text'],
  ['policy_version_id', 'uuid'],
  ['facilitator_id', 'uuid'],
  ['mode', 'session_mode'],
  ['status', 'session_status'],
  ['scheduled_at', 'timestamptz'],
  ['started_at', 'timestamptz'],
  ['closed_at', 'timestamptz'],
] as const;
const INVITED_COLUMNS = [
  ['calibration_session_id', 'uuid'],
  ['market_id', 'uuid'],
] as const;
const PARTICIPANT_COLUMNS = [
  ['id', 'uuid'],
  ['session_id', 'uuid'],
  ['user_id', 'uuid'],
  ['market_id', 'uuid'],
] as const;
const ITEM_COLUMNS = [
  ['id', 'uuid'],
  ['session_id', 'uuid'],
  ['case_id', 'uuid'],
  ['position', 'int'],
  ['state', 'item_state'],
  ['gold_label', 'text'],
  ['opened_at', 'timestamptz'],
  ['revealed_at', 'timestamptz'],
] as const;
const VOTE_COLUMNS = [
  ['id', 'uuid'],
  ['item_id', 'uuid'],
  ['session_id', 'uuid'],
  ['user_id', 'uuid'],
  ['label', 'text'],
] as const;
const RESULT_COLUMNS = [
  ['id', 'uuid'],
  ['session_id', 'uuid'],
  ['version', 'int'],
  ['stats_version', 'text'],
  ['reason', 'text'],
  ['computed_by_id', 'uuid'],
  ['payload', 'jsonb'],
] as const;
