import type { EntityManager } from '@mikro-orm/postgresql';
import { Audit } from '../../src/modules/audit/audit.entity.js';
import { AuditStatus, type ErrorCategory, Verdict } from '../../src/modules/audit/audit.enums.js';
import { SamplingPlan } from '../../src/modules/audit/sampling-plan.entity.js';
import { SamplingRun } from '../../src/modules/audit/sampling-run.entity.js';
import { Case } from '../../src/modules/case/case.entity.js';
import { Role } from '../../src/modules/identity/role.js';
import type { User } from '../../src/modules/identity/user.entity.js';
import { createUser } from './users.js';

export type AuditSpec = {
  day: string;
  verdict: Verdict;
  errorCategory?: ErrorCategory;
  overturned?: boolean;
};

/**
 * Completed audits of `options.cases` (by default, the first 200 cases decided in the
 * market), on the given decision days, written as a plan's daily runs would leave them
 * (one run per day, a case at most once per run, cases taken in order), so error rates
 * can be checked against known counts. A `queue` of their own keeps them apart from other
 * audits (the audit keeps its own copy of the case's queue). The auditor is `options.auditor`,
 * or a QA specialist made for them.
 */
export async function insertAudits(
  em: EntityManager,
  marketCode: string,
  specs: AuditSpec[],
  options: { queue?: string; cases?: Case[]; auditor?: User } = {},
): Promise<Audit[]> {
  const auditor = options.auditor ?? (await createUser(em, Role.QA_SPECIALIST, marketCode));
  const cases =
    options.cases ??
    (await em.find(
      Case,
      { market: { code: marketCode } },
      { orderBy: { decidedAt: 'asc', id: 'asc' }, limit: 200, populate: ['team', 'policyVersion'] },
    ));
  await em.populate(cases, ['team', 'market', 'moderator', 'policy', 'policyVersion']);
  const plan = em.create(SamplingPlan, {
    name: `History ${marketCode} ${Math.random().toString(36).slice(2, 8)}`,
    market: cases[0]!.market,
    countPerDay: 50,
    seed: 1,
    createdBy: auditor,
  });
  const runs = new Map<string, { run: SamplingRun; used: number }>();
  const audits = specs.map((spec) => {
    let entry = runs.get(spec.day);
    if (!entry) {
      entry = { run: em.create(SamplingRun, { plan, day: spec.day, candidates: cases.length, drawn: 0 }), used: 0 };
      runs.set(spec.day, entry);
    }
    const c = cases[entry.used++ % cases.length]!;
    entry.run.drawn++;
    const incorrect = spec.verdict === Verdict.INCORRECT;
    return em.create(Audit, {
      run: entry.run,
      case: c,
      day: spec.day,
      moderator: c.moderator,
      team: c.team,
      market: c.market,
      queue: options.queue ?? c.queue,
      policy: c.policy,
      decidedLabel: c.decision,
      status: AuditStatus.COMPLETED,
      auditor,
      verdict: spec.verdict,
      expectedLabel: incorrect ? c.policyVersion.labels.find((l) => l.key !== c.decision)!.key : c.decision,
      errorCategory: incorrect ? (spec.errorCategory ?? null) : null,
      feedback: incorrect ? 'See the policy example.' : null,
      auditedAt: new Date(`${spec.day}T12:00:00Z`),
      overturned: spec.overturned ?? false,
    });
  });
  await em.flush();
  return audits;
}

const DAY = 86_400_000;
/** The UTC day `days` from today (negative: in the past), YYYY-MM-DD. */
export const dayFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
