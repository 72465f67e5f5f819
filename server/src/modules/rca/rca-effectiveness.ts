// An escalation's effectiveness: the error rate in its scope before it was filed and after
// it was resolved, from the audits of those days.
import type { EntityManager } from '@mikro-orm/postgresql';
import { rcaError } from './rca.errors.js';
import type { RcaEscalation } from './rca-escalation.entity.js';
import type { ErrorRateWindow, RcaEffectiveness } from './rca.types.js';

const DAY = 86_400_000;
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));

/**
 * The error rate of the escalation's category and scope in the `weeks` before it was
 * opened against the `weeks` after it was resolved (from the day after), by decision
 * day. Errors are incorrect verdicts still standing (an overturned verdict counts as
 * correct, as in quality scores). A vendor's QA counts only its own vendor's audits.
 */
export async function effectivenessOf(
  em: EntityManager,
  escalation: RcaEscalation,
  vendorId: string | null,
  weeks: number,
): Promise<RcaEffectiveness> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26) {
    throw rcaError('BAD_USER_INPUT', 'WEEKS_OUT_OF_RANGE', 'weeks must be 1 to 26.', { min: 1, max: 26 });
  }
  const opened = dayOf(escalation.createdAt);
  const before = await errorRate(em, escalation, vendorId, addDays(opened, -7 * weeks), opened);
  let after: ErrorRateWindow | null = null;
  if (escalation.resolvedAt) {
    const from = addDays(dayOf(escalation.resolvedAt), 1);
    after = await errorRate(em, escalation, vendorId, from, addDays(from, 7 * weeks));
  }
  const change = after?.rate != null && before.rate !== null ? after.rate - before.rate : null;
  return { weeks, before, after, change };
}

/** Audits of days [from, to) in the escalation's scope, and its category's errors among them. */
async function errorRate(
  em: EntityManager,
  escalation: RcaEscalation,
  vendorId: string | null,
  from: string,
  to: string,
): Promise<ErrorRateWindow> {
  const parts = ["a.status = 'COMPLETED'", 'a.day >= ?::date', 'a.day < ?::date'];
  const params: unknown[] = [from, to];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (escalation.market) add('a.market_id = ?', escalation.market.id);
  if (escalation.queue) add('a.queue = ?', escalation.queue);
  if (escalation.policy) add('a.policy_id = ?', escalation.policy.id);
  if (escalation.team) add('a.team_id = ?', escalation.team.id);
  if (vendorId !== null) add('t.vendor_id = ?', vendorId);
  const category = escalation.errorCategory ? 'and a.error_category = ?' : '';
  const [row] = await em.execute<{ audits: number; errors: number }[]>(
    `select count(*)::int as audits,
            (count(*) filter (where a.verdict = 'INCORRECT' and not a.overturned ${category}))::int as errors
       from audit a join team t on t.id = a.team_id
      where ${parts.join(' and ')}`,
    [...(escalation.errorCategory ? [escalation.errorCategory] : []), ...params],
  );
  const audits = row?.audits ?? 0;
  const errors = row?.errors ?? 0;
  return {
    from: new Date(`${from}T00:00:00Z`),
    to: new Date(`${to}T00:00:00Z`),
    audits,
    errors,
    rate: audits ? errors / audits : null,
    complete: to <= dayOf(new Date()),
  };
}
