import type { EntityManager } from '@mikro-orm/postgresql';
import { Appeal } from '../../modules/audit/appeal.entity.js';
import { Audit } from '../../modules/audit/audit.entity.js';
import { AppealStatus, AuditStatus, ErrorCategory, Verdict } from '../../modules/audit/audit.enums.js';
import { drawDay } from '../../modules/audit/sampling.js';
import { SamplingPlan } from '../../modules/audit/sampling-plan.entity.js';
import { Market } from '../../modules/identity/market.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { mulberry32 } from '../../stats/index.js';

const DAY_MS = 86_400_000;
/** The quality dashboard's default period, and the weeks an RCA escalation's trend compares. */
const DEMO_TREND_DAYS = 28;
/**
 * Days sampled, before today: the default period and the one before it, which its error
 * trends compare with (with only 28 days, every trend's previous period was empty: before = 0).
 */
const DAYS = 2 * DEMO_TREND_DAYS;
/** Audits of the last three days stay pending, so the QA queue has work in it. */
const PENDING_DAYS = 3;
/** How often a demo moderator's decision is judged incorrect, per market: one market stands out. */
const ERROR_RATE: Record<string, number> = {
  'it-IT': 0.15,
  'de-DE': 0.1,
  'fr-FR': 0.12,
  'ko-KR': 0.3,
  'es-ES': 0.08,
  'pt-BR': 0.12,
};

const FEEDBACK: Record<ErrorCategory, string> = {
  [ErrorCategory.MISSED_VIOLATION]: 'This crosses the line in the policy: check the examples under the stricter label.',
  [ErrorCategory.OVER_ENFORCEMENT]: 'Context matters here: the policy allows this. Re-read the exceptions section.',
  [ErrorCategory.WRONG_SEVERITY]: 'Right policy, but the severity table puts this one level apart.',
  [ErrorCategory.WRONG_POLICY]: 'This belongs under another policy.',
  [ErrorCategory.OTHER]: 'See the note in the case history.',
};

/**
 * A sampling plan per demo market, run for each of the last eight weeks, with verdicts by
 * the demo QA specialist (a share incorrect, most in one market, so the quality
 * dashboard and error trends have something to show), the last days left pending for
 * the queue, and appeals: one open from moderator.it, one overturned, one upheld; and
 * a team lead in de-DE with a teammate's verdict still open to appeal.
 */
export async function seedDemoAudits(tx: EntityManager, now = new Date()) {
  const specialist = await tx.findOne(User, { email: 'qa.specialist@concord.demo' });
  const manager = await tx.findOne(User, { email: 'qa.manager@concord.demo' });
  if (!specialist || !manager) return;
  const random = mulberry32(7_2026);
  const markets = await tx.find(Market, {}, { orderBy: { code: 'asc' } });
  const plans = markets.map((market) =>
    tx.create(SamplingPlan, {
      name: `Daily ${market.code}: half of the decisions`,
      market,
      rate: 0.5,
      stratifyByDecision: true,
      seed: 2026,
      createdBy: manager,
    }),
  );
  await tx.flush();
  // Each draw is a nested transaction, and MikroORM copies the whole identity map into it,
  // diffs it on flush and merges it back: in the seed's transaction, which holds every demo
  // entity by then, the 336 draws took 8.7 s of the seed's 12 s of CPU. They run on a fork in
  // the same transaction that holds only the plans and the runs (the seed: 7 s of CPU).
  const draws = tx.fork({ clear: true, keepTransactionContext: true });
  const drawn = new Map(
    (await draws.find(SamplingPlan, { id: { $in: plans.map((p) => p.id) } })).map((p) => [p.id, p]),
  );
  const today = Date.parse(now.toISOString().slice(0, 10));
  for (let back = DAYS; back >= 1; back--) {
    const day = new Date(today - back * DAY_MS).toISOString().slice(0, 10);
    for (const plan of plans) await drawDay(draws, drawn.get(plan.id)!, day, manager.id);
  }

  const audits = await tx.find(Audit, {}, { populate: ['case', 'market'], orderBy: { day: 'asc', id: 'asc' } });
  const versions = new Map(
    (await tx.find(PolicyVersion, { id: { $in: [...new Set(audits.map((a) => a.case.policyVersion.id))] } })).map(
      (v) => [v.id, v],
    ),
  );
  const labelsOf = (audit: Audit) => versions.get(audit.case.policyVersion.id)!.labels.map((l) => l.key);
  const pendingFrom = new Date(today - PENDING_DAYS * DAY_MS).toISOString().slice(0, 10);
  for (const audit of audits) {
    if (audit.day >= pendingFrom) continue;
    const labels = labelsOf(audit);
    audit.status = AuditStatus.COMPLETED;
    audit.auditor = specialist;
    audit.assignee = specialist;
    audit.auditedAt = new Date(Date.parse(`${audit.day}T00:00:00Z`) + DAY_MS + Math.floor(random() * 8 * 3_600_000));
    if (random() >= ERROR_RATE[audit.market.code]! || labels.length < 2) {
      audit.verdict = Verdict.CORRECT;
      audit.expectedLabel = audit.decidedLabel;
      continue;
    }
    judgeIncorrect(audit, labels, random);
  }
  // Every audited day has an error somewhere, so any period the dashboard compares with has
  // some: with about ten audits a day at 8–15%, a week drew none in a few percent of
  // seedings, and its trend read "before = 0" (the demo test failed on one in CI's lanes).
  const byDay = new Map<string, Audit[]>();
  for (const audit of audits) {
    if (audit.status === AuditStatus.COMPLETED) byDay.set(audit.day, [...(byDay.get(audit.day) ?? []), audit]);
  }
  for (const dayAudits of byDay.values()) {
    if (dayAudits.some((a) => a.verdict === Verdict.INCORRECT)) continue;
    const correct = dayAudits.filter((a) => labelsOf(a).length > 1).at(-1);
    if (correct) judgeIncorrect(correct, labelsOf(correct), random);
  }
  await tx.flush();

  const idOf = async (email: string) => (await tx.findOne(User, { email }))?.id;
  /**
   * A demo moderator's latest error (not in `taken`). Which cases a day's plan draws and
   * which verdicts come out incorrect depend on the random case ids of this seeding, so
   * when they made none of theirs, their latest correct verdict is judged incorrect: the
   * appeals below always belong to the demo moderator the sign-in table names.
   */
  const latestErrorOf = (moderatorId: string | undefined, taken: readonly Audit[] = []) => {
    const theirs = audits.filter(
      (a) => a.moderator.id === moderatorId && a.status === AuditStatus.COMPLETED && !taken.includes(a),
    );
    const error = theirs.filter((a) => a.verdict === Verdict.INCORRECT).at(-1);
    if (error) return error;
    const correct = theirs.filter((a) => a.verdict === Verdict.CORRECT && labelsOf(a).length > 1).at(-1);
    if (correct) judgeIncorrect(correct, labelsOf(correct), random);
    return correct;
  };
  // Every demo moderator has made at least one error, so every market shows some on the
  // quality dashboard (with one moderator and about 15 audits per market, a market with an
  // 8% error rate drew none in about a third of seedings).
  for (const moderatorId of new Set(audits.map((a) => a.moderator.id))) latestErrorOf(moderatorId);
  const moderatorDe = await idOf('moderator.de@concord.demo');
  // moderator.it's most recent error: appealed and still open, audited yesterday so the window is open.
  const open = latestErrorOf(await idOf('moderator.it@concord.demo'));
  if (open) {
    open.auditedAt = new Date(now.getTime() - DAY_MS);
    tx.create(Appeal, {
      audit: open,
      appellant: open.moderator,
      reason: 'The post quotes a football chant: in Italian fan culture this is banter, not a threat.',
    });
  }
  const overturned = latestErrorOf(moderatorDe);
  if (overturned) {
    overturned.overturned = true;
    tx.create(Appeal, {
      audit: overturned,
      appellant: overturned.moderator,
      reason: 'The policy update last month moved this example to the lower label.',
      status: AppealStatus.OVERTURNED,
      decidedBy: manager,
      decisionNote: 'Agreed: version 2 lists this very example under the lower label. The verdict is overturned.',
      decidedAt: new Date(overturned.auditedAt!.getTime() + DAY_MS),
    });
  }
  const upheld = latestErrorOf(await idOf('moderator.ko@concord.demo'));
  if (upheld) {
    tx.create(Appeal, {
      audit: upheld,
      appellant: upheld.moderator,
      reason: 'I read the comment as a joke between friends.',
      status: AppealStatus.UPHELD,
      decidedBy: manager,
      decisionNote: 'The target is not in the conversation; the policy treats this as harassment. The verdict stands.',
      decidedAt: new Date(upheld.auditedAt!.getTime() + DAY_MS),
    });
  }
  // Lena Schmidt (a calibration voter) leads the de-DE vendor team: moderator.de's next
  // latest error, audited two days ago and not appealed, is one she may appeal for him.
  const lead = await tx.findOne(User, { email: 'lena.schmidt@concord.demo' }, { populate: ['team'] });
  const forLead = latestErrorOf(moderatorDe, overturned ? [overturned] : []);
  if (lead?.team && forLead) {
    lead.team.lead = lead;
    forLead.auditedAt = new Date(now.getTime() - 2 * DAY_MS);
  }
  await tx.flush();
}

/** An incorrect verdict: a neighbouring label (above: a missed violation, below: over-enforcement). */
function judgeIncorrect(audit: Audit, labels: readonly string[], random: () => number) {
  const at = labels.indexOf(audit.decidedLabel);
  const up = at === 0 || (at < labels.length - 1 && random() < 0.5);
  const category =
    random() < 0.2
      ? ErrorCategory.WRONG_SEVERITY
      : up
        ? ErrorCategory.MISSED_VIOLATION
        : ErrorCategory.OVER_ENFORCEMENT;
  audit.verdict = Verdict.INCORRECT;
  audit.expectedLabel = labels[up ? at + 1 : at - 1]!;
  audit.errorCategory = category;
  audit.feedback = FEEDBACK[category];
}
