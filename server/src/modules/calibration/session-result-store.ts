// A session's result as stored: computed from its votes at close, and again as a new
// version when a challenge changes its gold. Also written by the demo seed.

import type { EntityManager } from '@mikro-orm/postgresql';
import { writeSessionAggregates } from '../analytics/analytics-aggregates.js';
import { User } from '../identity/user.entity.js';
import { computeSessionResult } from './calibration-result.js';
import type { CalibrationSession } from './calibration-session.entity.js';
import { SessionResult } from './session-result.entity.js';
import { labelsOf } from './votes.js';

/** Reads the session's votes in the caller's transaction and stores the result as `version`. */
export async function storeSessionResult(
  tx: EntityManager,
  session: CalibrationSession,
  version: number,
  reason: string,
  userId: string,
) {
  // One transaction is one connection: its statements run one after another.
  const items = await tx.execute<{ id: string; position: number; gold: string | null }[]>(
    'select id, position, gold_label as gold from calibration_item where session_id = ? order by position',
    [session.id],
  );
  const participants = await tx.execute<{ userId: string; name: string; market: string }[]>(
    `select p.user_id as "userId", u.name, m.code as market
         from calibration_participant p join app_user u on u.id = p.user_id join market m on m.id = p.market_id
        where p.session_id = ? order by m.code, u.name, u.id`,
    [session.id],
  );
  const votes = await tx.execute<{ itemId: string; userId: string; label: string | null }[]>(
    'select item_id as "itemId", user_id as "userId", label from vote where session_id = ?',
    [session.id],
  );
  const labels = await labelsOf(tx, session.policyVersion.id);
  const payload = computeSessionResult({
    labels,
    items,
    participants,
    votes: votes.filter((v): v is { itemId: string; userId: string; label: string } => v.label !== null),
    abstentions: votes.filter((v) => v.label === null),
    seed: seedOf(session.id),
  });
  tx.create(SessionResult, {
    session,
    version,
    statsVersion: payload.statsVersion,
    reason,
    computedBy: tx.getReference(User, userId),
    payload: payload as unknown as Record<string, unknown>,
  });
  await tx.flush();
  // Manager analytics read aggregates, not votes: kept in the same transaction as the result.
  await writeSessionAggregates(tx, session.id);
}

/** The bootstrap seed of a session: fixed by its id, so a recomputation reproduces the interval. */
const seedOf = (sessionId: string) => Number.parseInt(sessionId.replace(/-/g, '').slice(0, 8), 16) % 2 ** 31;
