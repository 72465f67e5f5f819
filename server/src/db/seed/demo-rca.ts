import type { EntityManager } from '@mikro-orm/postgresql';
import { Audit } from '../../modules/audit/audit.entity.js';
import { ErrorCategory, Verdict } from '../../modules/audit/audit.enums.js';
import { Case } from '../../modules/case/case.entity.js';
import { Market } from '../../modules/identity/market.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { Policy } from '../../modules/policy/policy.entity.js';
import { ActionItemStatus, RcaState, RootCause } from '../../modules/rca/rca.enums.js';
import { RcaActionItem } from '../../modules/rca/rca-action-item.entity.js';
import { RcaEscalation } from '../../modules/rca/rca-escalation.entity.js';

const DAY = 86_400_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * One escalation in progress on missed bullying violations in the Italian market, with
 * three action items: one done, one overdue, one due next week. It links a few Italian
 * bullying cases, and audits of them when the demo has any.
 */
export async function seedDemoRca(tx: EntityManager) {
  const market = await tx.findOne(Market, { code: 'it-IT' });
  const policy = await tx.findOne(Policy, { key: 'bullying' });
  if (!market || !policy) return;
  const specialist = await tx.findOneOrFail(User, { email: 'qa.specialist@concord.demo' });
  const manager = await tx.findOneOrFail(User, { email: 'qa.manager@concord.demo' });
  const owner = await tx.findOneOrFail(User, { email: 'policy@concord.demo' });
  const cases = await tx.find(Case, { market, policy }, { orderBy: { decidedAt: 'desc', id: 'asc' }, limit: 3 });
  // The errors it is about: its market and policy's incorrect verdicts (the demo's are drawn at random).
  const audits = await tx.find(
    Audit,
    { market, policy, verdict: Verdict.INCORRECT },
    { orderBy: { day: 'desc', id: 'asc' }, limit: 3 },
  );
  const escalation = tx.create(RcaEscalation, {
    title: 'Veiled threats left up in Italian comments',
    description:
      'Audits find threats phrased as jokes or football banter left up. Reviewers read them as banter; the policy example set has no Italian idioms.',
    rootCause: RootCause.MARKET_CONTEXT,
    errorCategory: ErrorCategory.MISSED_VIOLATION,
    market,
    policy,
    state: RcaState.IN_PROGRESS,
    filedBy: specialist,
    owner: manager,
    startedAt: new Date(Date.now() - 5 * DAY),
    createdAt: new Date(Date.now() - 9 * DAY),
    trend: null,
  });
  escalation.linkedCases.set(cases);
  escalation.linkedAudits.set(audits);
  tx.create(RcaActionItem, {
    escalation,
    title: 'Collect ten examples of veiled threats from the audits',
    owner: specialist,
    dueDate: dayFromToday(-6),
    status: ActionItemStatus.DONE,
    closedAt: new Date(Date.now() - 7 * DAY),
  });
  tx.create(RcaActionItem, {
    escalation,
    title: 'Add Italian idioms to the bullying policy examples',
    owner,
    dueDate: dayFromToday(-2),
  });
  tx.create(RcaActionItem, {
    escalation,
    title: 'Refresher session for the it-IT vendor team',
    owner: manager,
    dueDate: dayFromToday(7),
  });
  await tx.flush();
}
