import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toConnection } from '../shared/connection.js';
import type { Config } from '../../config.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { loadRef } from '../shared/load.js';
import { type Viewer } from '../shared/viewer.js';
import type { PageInput } from '../identity/identity.inputs.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import type { TaxonomyLabel } from '../policy/taxonomy-label.embeddable.js';
import { Appeal } from './appeal.entity.js';
import { Audit } from './audit.entity.js';
import type { Visibility } from '../shared/visibility/visibility.js';
import { AppealOutcome, AppealStatus, AuditStatus, ErrorCategory, Verdict } from './audit.enums.js';
import type {
  AppealsFilter,
  AssignAuditInput,
  AuditsFilter,
  ClaimAuditInput,
  DecideAppealInput,
  FileAppealInput,
  SubmitAuditInput,
} from './audit.inputs.js';
import type { SamplingPlan } from './sampling-plan.entity.js';
import { auditError } from './audit.errors.js';

const DAY_MS = 86_400_000;

/** What audits need of the process: the appeal window. */
export type AuditDeps = { config: Pick<Config, 'APPEAL_WINDOW_DAYS'> };

/**
 * Daily audits: the QA team's task queue, verdicts, and appeals (the sampling plans that
 * draw the tasks: SamplingPlanService). Who sees an audit: QA staff, the audits of cases
 * in their scope (a vendor's QA, their vendor's teams; the platform's, all); a moderator,
 * their own completed audits only. Anything else answers NOT_FOUND, as for cases.
 */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: AuditDeps,
    private readonly viewer: Viewer | null,
    private readonly visibility: Visibility,
    private readonly trail: AuditTrail,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  private get isModerator() {
    return this.me.role === Role.MODERATOR;
  }

  /** The audits the viewer may read (`Visibility.audits`: role, vendor, and none of a blind case). */
  private auditScope(): Promise<FilterQuery<Audit>> {
    return this.visibility.audits();
  }

  // ---- audits ----

  async audits(filter: AuditsFilter, page: PageInput) {
    if (filter.dayFrom && filter.dayTo && filter.dayFrom > filter.dayTo)
      throw auditError('BAD_USER_INPUT', 'PERIOD_REVERSED', 'dayFrom must not be after dayTo.');
    // An error category hints at the expected label, which stays hidden from a moderator
    // voting on the case in a blind calibration session; the QA team needs the filter.
    if (filter.errorCategory && this.isModerator)
      throw auditError('FORBIDDEN', 'QA_TEAM_ONLY', 'Only the QA team filters audits by error category.');
    const me = this.me;
    // A lead's own list stays their own; their team's comes with `teamId` (the scope
    // still applies: for a moderator, only the team they lead adds anything).
    const ownUnlessTeam: FilterQuery<Audit> = this.isModerator && !filter.teamId ? { moderator: me.id } : {};
    const where: FilterQuery<Audit> = {
      $and: [
        await this.auditScope(),
        ownUnlessTeam,
        filter.teamId ? { team: filter.teamId } : {},
        filter.status ? { status: filter.status } : {},
        filter.assignedToMe ? { assignee: me.id } : {},
        filter.unassigned ? { assignee: null } : {},
        filter.planId ? { run: { plan: filter.planId } } : {},
        filter.moderatorId ? { moderator: filter.moderatorId } : {},
        filter.marketId ? { market: filter.marketId } : {},
        filter.verdict ? { verdict: filter.verdict } : {},
        filter.dayFrom ? { day: { $gte: filter.dayFrom } } : {},
        filter.dayTo ? { day: { $lte: filter.dayTo } } : {},
        filter.errorCategory ? { errorCategory: filter.errorCategory } : {},
        filter.policyId ? { policy: filter.policyId } : {},
        filter.queue ? { queue: filter.queue } : {},
      ],
    };
    // A moderator reads their feedback newest first; QA work the queue oldest decision first.
    const cursor = await this.em.findByCursor(Audit, where, {
      first: page.first,
      after: page.after,
      orderBy: this.isModerator ? { auditedAt: 'desc', id: 'desc' } : { day: 'asc', id: 'asc' },
    });
    return toConnection(cursor);
  }

  async audit(id: string): Promise<Audit> {
    const found = await this.em.findOne(Audit, { $and: [{ id }, await this.auditScope()] });
    if (!found) throw notFound('Audit', id);
    return found;
  }

  /**
   * Locks a visible audit row for a change (raw SQL: FOR UPDATE would also hit the
   * outer-joined appeal MikroORM loads with it); NOT_FOUND outside the viewer's scope.
   */
  private async lockAudit(tx: EntityManager, id: string): Promise<Audit> {
    await tx.execute('select id from audit where id = ? for update', [id]);
    const found = await tx.findOne(Audit, { $and: [{ id }, await this.auditScope()] }, { refresh: true });
    if (!found) throw notFound('Audit', id);
    return found;
  }

  async claim(input: ClaimAuditInput): Promise<Audit> {
    const me = this.me;
    return this.em.transactional(async (tx) => {
      const audit = await this.lockAudit(tx, input.auditId);
      if (audit.status !== AuditStatus.PENDING)
        throw auditError('CONFLICT', 'ALREADY_COMPLETED', 'This audit is already completed.');
      if (audit.assignee && audit.assignee.id !== me.id)
        throw auditError('CONFLICT', 'ASSIGNED_ELSEWHERE', 'This task is assigned to someone else.');
      audit.assignee = tx.getReference(User, me.id);
      return audit;
    });
  }

  async assign(input: AssignAuditInput): Promise<Audit> {
    return this.em.transactional(async (tx) => {
      const audit = await this.lockAudit(tx, input.auditId);
      if (audit.status !== AuditStatus.PENDING)
        throw auditError('CONFLICT', 'ALREADY_COMPLETED', 'This audit is already completed.');
      if (!input.assigneeId) {
        audit.assignee = null;
        return audit;
      }
      const assignee = await tx.findOne(
        User,
        { id: input.assigneeId, active: true, role: { $in: [Role.QA_SPECIALIST, Role.QA_MANAGER] } },
        { populate: ['team.vendor'] },
      );
      const team = await tx.findOneOrFail(Team, audit.team.id, { populate: ['vendor'] });
      const assigneeVendor = assignee?.team?.vendor?.id ?? null;
      const visibleToMe = assignee && (this.me.vendorId === null || assigneeVendor === this.me.vendorId);
      if (!assignee || !visibleToMe)
        throw auditError(
          'BAD_USER_INPUT',
          'NOT_ASSIGNABLE',
          `User ${input.assigneeId} is not an active QA specialist or manager you lead.`,
        );
      if (assigneeVendor !== null && team.vendor?.id !== assigneeVendor) {
        throw auditError(
          'BAD_USER_INPUT',
          'ASSIGNEE_OTHER_VENDOR',
          `${assignee.name} cannot see this case: it belongs to another vendor.`,
          { assigneeName: assignee.name },
        );
      }
      audit.assignee = assignee;
      return audit;
    });
  }

  async submit(input: SubmitAuditInput): Promise<Audit> {
    const me = this.me;
    return this.em.transactional(async (tx) => {
      const audit = await this.lockAudit(tx, input.auditId);
      if (audit.status !== AuditStatus.PENDING) {
        throw auditError(
          'CONFLICT',
          'ALREADY_COMPLETED',
          'This audit is already completed: a verdict changes only through an appeal.',
        );
      }
      if (audit.assignee && audit.assignee.id !== me.id) {
        throw auditError(
          'FORBIDDEN',
          'ASSIGNED_ELSEWHERE',
          'This task is assigned to someone else: claim an unassigned one or ask a QA manager.',
        );
      }
      const caseRow = await loadRef(audit.case);
      const version = await loadRef(caseRow.policyVersion);
      const labels = version.labels.map((l) => l.key);
      const feedback = input.feedback?.trim() || null;
      if (input.verdict === Verdict.CORRECT) {
        if (input.errorCategory)
          throw auditError('BAD_USER_INPUT', 'CORRECT_WITH_CATEGORY', 'A correct decision has no error category.');
        if (input.expectedLabel && input.expectedLabel !== audit.decidedLabel) {
          throw auditError(
            'BAD_USER_INPUT',
            'CORRECT_WITH_OTHER_LABEL',
            `A correct decision's expected label is the decision itself, "${audit.decidedLabel}".`,
            { decidedLabel: audit.decidedLabel },
          );
        }
        audit.expectedLabel = audit.decidedLabel;
        audit.errorCategory = null;
      } else {
        if (!input.errorCategory)
          throw auditError('BAD_USER_INPUT', 'CATEGORY_REQUIRED', 'An incorrect verdict needs an errorCategory.');
        if (!input.expectedLabel)
          throw auditError(
            'BAD_USER_INPUT',
            'EXPECTED_LABEL_REQUIRED',
            'An incorrect verdict needs the expectedLabel.',
          );
        if (!labels.includes(input.expectedLabel)) {
          throw auditError(
            'BAD_USER_INPUT',
            'UNKNOWN_LABEL',
            `"${input.expectedLabel}" is not a label of version ${version.number} of this case's policy; choose one of ${labels.join(', ')}.`,
            { label: input.expectedLabel, number: version.number, labels },
          );
        }
        const sameLabel = input.expectedLabel === audit.decidedLabel;
        const categoryAllowsSame =
          input.errorCategory === ErrorCategory.WRONG_POLICY || input.errorCategory === ErrorCategory.OTHER;
        if (sameLabel && !categoryAllowsSame) {
          throw auditError(
            'BAD_USER_INPUT',
            'EXPECTED_IS_DECISION',
            'The expected label is the moderator’s own decision: is the verdict correct after all?',
          );
        }
        audit.expectedLabel = input.expectedLabel;
        audit.errorCategory = input.errorCategory;
      }
      audit.verdict = input.verdict;
      audit.feedback = feedback;
      audit.status = AuditStatus.COMPLETED;
      audit.auditor = tx.getReference(User, me.id);
      audit.assignee ??= tx.getReference(User, me.id);
      audit.auditedAt = new Date();
      return audit;
    });
  }

  // ---- field helpers ----

  /** The plan behind an audit, for QA staff; moderators are not shown how they were sampled. */
  async planOf(audit: Audit): Promise<SamplingPlan | null> {
    if (this.isModerator) return null;
    const run = await loadRef(audit.run);
    const plan = await loadRef(run.plan);
    // A vendor's QA works tasks a platform plan drew for their vendor, but the plan itself
    // (seed, scope, every vendor's daily counts) is not theirs: as `samplingPlan(id)` says.
    return this.me.vendorId === null || plan.vendor?.id === this.me.vendorId ? plan : null;
  }

  async taxonomyLabel(audit: Audit, key: string): Promise<TaxonomyLabel | null> {
    const caseRow = await loadRef(audit.case);
    const version = await loadRef(caseRow.policyVersion);
    return version.labels.find((l) => l.key === key) ?? null;
  }

  async appealOf(audit: Audit): Promise<Appeal | null> {
    return audit.appeal ? loadRef(audit.appeal) : null;
  }

  appealDeadline(audit: Audit): Date | null {
    if (!audit.auditedAt) return null;
    return new Date(audit.auditedAt.getTime() + this.deps.config.APPEAL_WINDOW_DAYS * DAY_MS);
  }

  /** The audited moderator, or the lead of the team the audit belongs to. */
  private mayAppealFor(audit: Audit): boolean {
    const me = this.me;
    return (
      me.role === Role.MODERATOR &&
      (audit.moderator.id === me.id || (me.leadsTeamId !== null && audit.team.id === me.leadsTeamId))
    );
  }

  canAppeal(audit: Audit): boolean {
    const deadline = this.appealDeadline(audit);
    return (
      this.mayAppealFor(audit) &&
      audit.verdict === Verdict.INCORRECT &&
      !audit.appeal &&
      deadline !== null &&
      Date.now() <= deadline.getTime()
    );
  }

  // ---- appeals ----

  async appeals(filter: AppealsFilter, first: number): Promise<Appeal[]> {
    return this.em.find(
      Appeal,
      { $and: [{ audit: await this.auditScope() }, filter.status ? { status: filter.status } : {}] },
      { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['audit'], limit: first },
    );
  }

  async fileAppeal(input: FileAppealInput): Promise<Appeal> {
    const me = this.me;
    try {
      return await this.em.transactional(async (tx) => {
        const audit = await this.lockAudit(tx, input.auditId);
        if (!this.mayAppealFor(audit)) throw notFound('Audit', input.auditId);
        if (audit.verdict !== Verdict.INCORRECT)
          throw auditError('CONFLICT', 'NOT_INCORRECT', 'Only an incorrect verdict can be appealed.');
        const existing = await tx.findOne(Appeal, { audit });
        if (existing) {
          throw auditError(
            'CONFLICT',
            'ALREADY_APPEALED',
            `This verdict has already been appealed (${existing.status.toLowerCase()}): an audit is appealed once.`,
            { status: existing.status },
          );
        }
        const deadline = this.appealDeadline(audit)!;
        if (Date.now() > deadline.getTime()) {
          throw auditError(
            'CONFLICT',
            'APPEAL_WINDOW_CLOSED',
            `The appeal window closed on ${deadline.toISOString()} (${this.deps.config.APPEAL_WINDOW_DAYS} days after the audit).`,
            { deadline: deadline.toISOString(), days: this.deps.config.APPEAL_WINDOW_DAYS },
          );
        }
        const appeal = tx.create(Appeal, {
          audit,
          appellant: tx.getReference(User, me.id),
          reason: input.reason.trim(),
        });
        return appeal;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw auditError(
          'CONFLICT',
          'ALREADY_APPEALED',
          'This verdict has already been appealed: an audit is appealed once.',
        );
      }
      throw error;
    }
  }

  async decideAppeal(input: DecideAppealInput): Promise<Appeal> {
    const me = this.me;
    return this.em.transactional(async (tx) => {
      await tx.execute('select id from appeal where id = ? for update', [input.appealId]);
      const appeal = await tx.findOne(
        Appeal,
        { id: input.appealId, audit: await this.auditScope() },
        { refresh: true },
      );
      if (!appeal) throw notFound('Appeal', input.appealId);
      if (appeal.status !== AppealStatus.OPEN) {
        throw auditError(
          'CONFLICT',
          'APPEAL_DECIDED',
          `This appeal is already ${appeal.status.toLowerCase()}: the decision is final.`,
          { status: appeal.status },
        );
      }
      await tx.execute('select id from audit where id = ? for update', [appeal.audit.id]);
      const audit = await tx.findOneOrFail(Audit, appeal.audit.id, { refresh: true });
      if (audit.auditor?.id === me.id)
        throw auditError('FORBIDDEN', 'OWN_AUDIT', 'You audited this decision: another QA lead decides its appeal.');
      appeal.status = input.outcome === AppealOutcome.OVERTURN ? AppealStatus.OVERTURNED : AppealStatus.UPHELD;
      appeal.decisionNote = input.note.trim();
      appeal.decidedBy = tx.getReference(User, me.id);
      appeal.decidedAt = new Date();
      audit.overturned = input.outcome === AppealOutcome.OVERTURN;
      this.trail.add(tx, {
        action: AuditAction.APPEAL_DECIDED,
        target: { type: 'Appeal', id: appeal.id, label: `audit ${audit.id}` },
        before: { status: AppealStatus.OPEN },
        after: { status: appeal.status, note: appeal.decisionNote },
      });
      return appeal;
    });
  }
}
