// Who has acknowledged a published policy version and who has not, per market.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import type { Viewer } from '../shared/viewer.js';
import { managedPeopleScope } from '../shared/visibility/scopes.js';
import { Acknowledgement } from './acknowledgement.entity.js';
import { PolicyVersionStatus } from './policy.enums.js';
import type { AcknowledgementReport, MarketAcknowledgements } from './policy.types.js';
import type { PolicyVersion } from './policy-version.entity.js';

/** Who is expected to read a published version: everyone who works in a team (not admins or policy owners). */
const AUDIENCE_ROLES = [Role.QA_MANAGER, Role.QA_SPECIALIST, Role.MODERATOR];

/**
 * Who has and has not acknowledged a version, per market: the audience is every active
 * user in a team among the people the viewer manages (a vendor's managers: their own).
 */
export async function acknowledgementReport(
  em: EntityManager,
  me: Viewer,
  version: PolicyVersion,
): Promise<AcknowledgementReport> {
  if (version.status === PolicyVersionStatus.DRAFT) return { acknowledgedCount: 0, pendingCount: 0, markets: [] };
  const audience = await em.find(
    User,
    { $and: [managedPeopleScope(me), { active: true, role: { $in: AUDIENCE_ROLES }, team: { $ne: null } }] },
    { populate: ['market'], orderBy: { name: 'asc', id: 'asc' } },
  );
  const acknowledgements = await em.find(Acknowledgement, {
    version,
    user: { $in: audience.map((u) => u.id) },
  });
  const byUser = new Map(acknowledgements.map((a) => [a.user.id, a]));
  const markets = new Map<string, MarketAcknowledgements>();
  for (const user of audience) {
    let entry = markets.get(user.market.id);
    if (!entry) {
      entry = { market: user.market, acknowledged: [], pending: [], acknowledgedCount: 0, pendingCount: 0 };
      markets.set(user.market.id, entry);
    }
    const acknowledgement = byUser.get(user.id);
    if (acknowledgement) entry.acknowledged.push(acknowledgement);
    else entry.pending.push(user);
  }
  const list = [...markets.values()].sort((a, b) => a.market.code.localeCompare(b.market.code));
  for (const m of list) {
    m.acknowledgedCount = m.acknowledged.length;
    m.pendingCount = m.pending.length;
  }
  return {
    acknowledgedCount: acknowledgements.length,
    pendingCount: audience.length - acknowledgements.length,
    markets: list,
  };
}
