import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeSessionAggregates } from '../../src/modules/analytics/analytics-aggregates.js';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role, TeamKind } from '../../src/modules/identity/role.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { PolicyVersionStatus } from '../../src/modules/policy/policy.enums.js';
import { PolicyVersion } from '../../src/modules/policy/policy-version.entity.js';
import { createPolicyWithCases, LABELS } from './calibration-fixtures.js';
import { TEST_PASSWORD_COST } from './constants.js';
import { createMarket, createTeam, createUser, createVendor } from './users.js';

export type HistoryVoter = { userId: string; marketCode: string; teamId: string; vendorId: string | null };

/** When the history's sessions close, by default: two in March 2020, two in May. */
export const HISTORY_CLOSINGS: readonly string[] = [
  '2020-03-10T10:00:00Z',
  '2020-03-20T10:00:00Z',
  '2020-05-10T10:00:00Z',
  '2020-05-20T10:00:00Z',
];

/**
 * A small closed-session history of its own policy, for analytics filters: two markets of
 * its own (Italian, German; their codes in `codes`), in each two internal reviewers and
 * three of a vendor team (one vendor of its own has both);
 * two versions, two facilitators of its own, one session per instant of `closings` (by
 * default four, in March and May 2020; each combination of version and facilitator differs). Votes follow gold but for a pattern of
 * neighbouring labels, and the German market reads item 1 differently, so items are contested, label
 * pairs confused and the markets diverge and drift. Aggregates are written as a close does.
 * `manager` is a QA manager of the Italian internal team, to read it.
 */
export async function createAnalyticsHistory(em: EntityManager, { closings = HISTORY_CLOSINGS } = {}) {
  const own = [await createMarket(em, 'it'), await createMarket(em, 'de')];
  const vendor = await createVendor(em);
  const teamsOf = new Map(
    await Promise.all(
      own.map(
        async (market) =>
          [
            market.code,
            {
              [TeamKind.INTERNAL]: await createTeam(em, { market }),
              [TeamKind.VENDOR]: await createTeam(em, { market, vendor }),
            },
          ] as const,
      ),
    ),
  );
  const markets = own.map((m) => m.code);
  const caseModerator = await createUser(em, Role.MODERATOR, own[0]!, {
    team: teamsOf.get(markets[0]!)![TeamKind.VENDOR],
  });
  const { policy, version: v1, cases } = await createPolicyWithCases(em, markets, 4, caseModerator);
  const v2 = em.create(PolicyVersion, {
    policy,
    number: 2,
    status: PolicyVersionStatus.PUBLISHED,
    effectiveDate: '2026-02-01',
    body: '# Bullying v2',
    labels: LABELS,
    publishedAt: new Date(),
  });
  const hash = await hashPassword('concord', TEST_PASSWORD_COST);
  const tag = randomUUID().slice(0, 6);
  const voters: HistoryVoter[] = [];
  const users: User[] = [];
  for (const code of markets) {
    for (const kind of [TeamKind.INTERNAL, TeamKind.VENDOR]) {
      const team = teamsOf.get(code)![kind];
      for (let i = 0; i < (kind === TeamKind.VENDOR ? 3 : 2); i++) {
        const user = em.create(User, {
          email: `history.${code.toLowerCase()}.${kind.toLowerCase()}.${i}.${tag}@example.com`,
          name: `History ${code} ${kind} ${i}`,
          role: kind === TeamKind.VENDOR ? Role.MODERATOR : Role.QA_SPECIALIST,
          market: team.market,
          team,
          passwordHash: hash,
        });
        users.push(user);
        voters.push({ userId: user.id, marketCode: code, teamId: team.id, vendorId: team.vendor?.id ?? null });
      }
    }
  }
  const staff = teamsOf.get(markets[0]!)![TeamKind.INTERNAL];
  const manager = await createUser(em, Role.QA_MANAGER, own[0]!, { team: staff });
  const facilitators = [0, 1].map((i) =>
    em.create(User, {
      email: `history.facilitator.${i}.${tag}@example.com`,
      name: `History facilitator ${i}`,
      role: Role.QA_SPECIALIST,
      market: staff.market,
      team: staff,
      passwordHash: hash,
    }),
  );
  await em.flush();
  const marketIds = new Map(
    (await em.execute<{ id: string; code: string }[]>('select id, code from market where code in (?)', [markets])).map(
      (m) => [m.code, m.id],
    ),
  );

  // Versions alternate, facilitators go 0, 1, 1, 0, …: each pair of them meets.
  const plan = closings.map((closedAt, s) => ({
    version: s % 2 ? v2 : v1,
    facilitator: facilitators[(s + Math.floor(s / 2)) % 2]!,
    closedAt: new Date(closedAt),
  }));
  const keys = LABELS.map((l) => l.key);
  const sessions: string[] = [];
  await em.transactional(async (tx) => {
    for (const [s, session] of plan.entries()) {
      const id = randomUUID();
      sessions.push(id);
      const started = new Date(session.closedAt.getTime() - 3_600_000).toISOString();
      await tx.execute(
        `insert into calibration_session (id, title, policy_version_id, facilitator_id, mode, status, scheduled_at, started_at, closed_at)
         values (?, ?, ?, ?, 'BLIND', 'CLOSED', ?, ?, ?)`,
        [id, `History ${s + 1}`, session.version.id, session.facilitator.id, started, started, session.closedAt],
      );
      for (const code of markets)
        await tx.execute(
          'insert into calibration_session_invited_markets (calibration_session_id, market_id) values (?, ?)',
          [id, marketIds.get(code)],
        );
      for (const v of voters)
        await tx.execute(
          'insert into calibration_participant (id, session_id, user_id, market_id) values (?, ?, ?, ?)',
          [randomUUID(), id, v.userId, marketIds.get(v.marketCode)],
        );
      for (const [i, c] of cases.entries()) {
        const itemId = randomUUID();
        const gold = keys[(i + s) % keys.length]!;
        const neighbour = keys[((i + s) % keys.length) + 1] ?? keys[0]!;
        await tx.execute(
          `insert into calibration_item (id, session_id, case_id, position, state, gold_label, opened_at, revealed_at)
           values (?, ?, ?, ?, 'REVEALED', ?, ?, ?)`,
          [itemId, id, c.id, i + 1, gold, started, session.closedAt],
        );
        for (const [v, voter] of voters.entries()) {
          const misread = (i === 0 && voter.marketCode === markets[1]) || (v + i + s) % 3 === 0;
          await tx.execute('insert into vote (id, item_id, session_id, user_id, label) values (?, ?, ?, ?, ?)', [
            randomUUID(),
            itemId,
            id,
            voter.userId,
            misread ? neighbour : gold,
          ]);
        }
      }
      await writeSessionAggregates(tx, id);
    }
  });
  const codes = { it: markets[0]!, de: markets[1]! };
  return {
    policy,
    versions: [v1, v2],
    facilitators,
    voters,
    users,
    sessions,
    marketIds,
    codes,
    manager: manager.email,
  };
}
