import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../identity/role.js';
import type { BriefingAcknowledgements, BriefingRoomPresence } from './briefing.types.js';

/** A presence row not refreshed for this long belongs to a process that is gone. */
export const PRESENCE_TTL_MS = 60_000;

/** Who is expected to acknowledge a version (as the policy module's report): people who work in a team. */
const AUDIENCE_ROLES = [Role.QA_MANAGER, Role.QA_SPECIALIST, Role.MODERATOR];

/** Distinct connected users of a briefing room, by market: counts only, the same for every viewer. */
export async function presenceCounts(em: EntityManager, briefingId: string): Promise<BriefingRoomPresence> {
  const rows = await em.execute<{ market: string; count: number }[]>(
    `select m.code as market, count(distinct bp.user_id)::int as count
       from briefing_presence bp
       join app_user u on u.id = bp.user_id
       join market m on m.id = u.market_id
      where bp.briefing_id = ? and bp.seen_at > now() - make_interval(secs => ?)
      group by m.code
      order by m.code`,
    [briefingId, PRESENCE_TTL_MS / 1000],
  );
  return { total: rows.reduce((sum, r) => sum + r.count, 0), markets: rows };
}

/**
 * Acknowledgements of the presented version per audience market: of the active users
 * with a team in that market, how many acknowledged. Counts, never names, so the same
 * figures go to every viewer whatever their vendor.
 */
export async function acknowledgementCounts(em: EntityManager, briefingId: string): Promise<BriefingAcknowledgements> {
  const rows = await em.execute<{ market: string; audience: number; acknowledged: number }[]>(
    `select m.code as market, count(u.id)::int as audience, count(a.id)::int as acknowledged
       from briefing b
       join briefing_audience_markets bm on bm.briefing_id = b.id
       join market m on m.id = bm.market_id
       left join app_user u on u.market_id = m.id and u.active and u.team_id is not null and u.role in (?)
       left join policy_acknowledgement a on a.user_id = u.id and a.version_id = b.policy_version_id
      where b.id = ?
      group by m.code
      order by m.code`,
    [AUDIENCE_ROLES, briefingId],
  );
  return {
    audience: rows.reduce((sum, r) => sum + r.audience, 0),
    acknowledged: rows.reduce((sum, r) => sum + r.acknowledged, 0),
    markets: rows,
  };
}
