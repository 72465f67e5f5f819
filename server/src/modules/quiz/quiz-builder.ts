import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../shared/errors.js';
import { teamScope } from '../shared/visibility/scopes.js';
import { Audit } from '../audit/audit.entity.js';
import { AuditStatus } from '../audit/audit.enums.js';
import type { SessionResultPayload } from '../calibration/calibration-result.js';
import { SessionStatus } from '../calibration/calibration.enums.js';
import { CalibrationItem } from '../calibration/calibration-item.entity.js';
import { CalibrationSession } from '../calibration/calibration-session.entity.js';
import { SessionResult } from '../calibration/session-result.entity.js';
import type { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import type { PolicyVersion } from '../policy/policy-version.entity.js';
import type { QuizAccess } from './quiz-access.js';
import { QuizQuestionSource } from './quiz.enums.js';
import { quizError } from './quiz.errors.js';
import { Quiz } from './quiz.entity.js';
import type { CreateQuizFromContestedItemsInput, CreateQuizInput, QuizAssignmentInput } from './quiz.inputs.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** A question as it is built, before it has a quiz. */
type Draft = {
  case: Case;
  policyVersion: PolicyVersion;
  source: QuizQuestionSource;
  calibrationItem?: CalibrationItem;
  auditId?: string;
  expectedLabel: string;
  majorityShare?: number | null;
  entropy?: number | null;
  /** For an audited case: the vendor whose content it is (null: an internal team's). */
  vendorId?: string | null;
};

const DAY = 86_400_000;

/**
 * Building quizzes (QA team): from chosen calibration items and audits, or from the most
 * contested gold items of recent sessions; assigned to markets and teams in the
 * builder's scope.
 */
export class QuizBuilder {
  constructor(
    private readonly em: EntityManager,
    private readonly access: QuizAccess,
  ) {}

  async create(input: CreateQuizInput): Promise<Quiz> {
    this.access.assertBuilder();
    const assignment = await this.checkAssignment(input.assignment);
    const drafts: Draft[] = [];
    for (const [i, source] of input.questions.entries()) {
      if (!source.calibrationItemId === !source.auditId) {
        throw quizError(
          'BAD_USER_INPUT',
          'ONE_SOURCE_PER_QUESTION',
          `Question ${i + 1}: give either calibrationItemId or auditId, not both and not neither.`,
          { position: i + 1 },
        );
      }
      drafts.push(
        source.calibrationItemId
          ? await this.fromCalibrationItem(source.calibrationItemId)
          : await this.fromAudit(source.auditId!),
      );
    }
    this.checkAuditContent(drafts, assignment);
    return this.store(input, assignment, drafts, { rule: 'BY_HAND' });
  }

  /** The most contested gold items of the closed sessions the viewer may see, read from their stored results. */
  async createFromContested(input: CreateQuizFromContestedItemsInput): Promise<Quiz> {
    this.access.assertBuilder();
    const assignment = await this.checkAssignment(input.assignment);
    const since = input.closedSince ?? new Date(Date.now() - 90 * DAY);
    const sessions = await this.em.find(
      CalibrationSession,
      {
        $and: [
          { status: SessionStatus.CLOSED, closedAt: { $gte: since } },
          input.policyId ? { policyVersion: { policy: input.policyId } } : {},
          this.access.sessionScope(),
        ],
      },
      { orderBy: { closedAt: 'desc', id: 'asc' }, populate: ['policyVersion'] },
    );
    // Two reads for all the sessions (their latest results, their gold items), not two per session.
    const sessionIds = sessions.map((session) => session.id);
    const latest = new Map<string, SessionResultPayload>();
    for (const result of await this.em.find(
      SessionResult,
      { session: { $in: sessionIds } },
      { orderBy: { version: 'desc' } },
    )) {
      if (!latest.has(result.session.id))
        latest.set(result.session.id, result.payload as unknown as SessionResultPayload);
    }
    const goldItems = await this.em.find(
      CalibrationItem,
      { session: { $in: sessionIds }, goldLabel: { $ne: null } },
      { populate: ['case'], orderBy: { position: 'asc' } },
    );
    const bySession = new Map<string, CalibrationItem[]>();
    for (const item of goldItems) {
      const list = bySession.get(item.session.id);
      if (list) list.push(item);
      else bySession.set(item.session.id, [item]);
    }
    const candidates: (Draft & { closedAt: number; position: number })[] = [];
    for (const session of sessions) {
      const payload = latest.get(session.id);
      if (!payload) continue;
      const figures = new Map(payload.items.map((x) => [x.itemId, x]));
      for (const item of bySession.get(session.id) ?? []) {
        const stat = figures.get(item.id);
        if (!stat || stat.votes === 0) continue;
        candidates.push({
          case: item.case,
          policyVersion: session.policyVersion,
          source: QuizQuestionSource.CALIBRATION_GOLD,
          calibrationItem: item,
          expectedLabel: item.goldLabel!,
          majorityShare: stat.majorityShare.value,
          entropy: stat.entropy.value,
          closedAt: session.closedAt!.getTime(),
          position: item.position,
        });
      }
    }
    // Lowest majority share first, then highest entropy; newest session, then item order, break ties.
    candidates.sort(
      (a, b) =>
        (a.majorityShare ?? 1) - (b.majorityShare ?? 1) ||
        (b.entropy ?? 0) - (a.entropy ?? 0) ||
        b.closedAt - a.closedAt ||
        a.position - b.position,
    );
    const seen = new Set<string>();
    const picked = candidates.filter((c) => !seen.has(c.case.id) && seen.add(c.case.id)).slice(0, input.size);
    if (picked.length === 0) {
      const day = since.toISOString().slice(0, 10);
      throw quizError(
        'BAD_USER_INPUT',
        'NO_CONTESTED_ITEMS',
        `No closed session since ${day} has voted items with gold labels.`,
        { since: day },
      );
    }
    return this.store(input, assignment, picked, {
      rule: 'MOST_CONTESTED',
      closedSince: since.toISOString(),
      policyId: input.policyId ?? null,
      size: input.size,
      sessions: [...new Set(picked.map((p) => p.calibrationItem!.session.id))],
    });
  }

  private async fromCalibrationItem(itemId: string): Promise<Draft> {
    const item = await this.em.findOne(
      CalibrationItem,
      { id: itemId, session: this.access.sessionScope() },
      { populate: ['session.policyVersion', 'case'] },
    );
    if (!item) throw notFound('Calibration item', itemId);
    if (item.session.status !== SessionStatus.CLOSED) {
      throw quizError(
        'BAD_USER_INPUT',
        'SESSION_NOT_CLOSED',
        `Calibration item ${itemId} is in a session that is not closed: its gold may still change.`,
        { itemId },
      );
    }
    if (!item.goldLabel) {
      throw quizError('BAD_USER_INPUT', 'NO_GOLD_LABEL', `Calibration item ${itemId} has no gold label.`, { itemId });
    }
    return {
      case: item.case,
      policyVersion: item.session.policyVersion,
      source: QuizQuestionSource.CALIBRATION_GOLD,
      calibrationItem: item,
      expectedLabel: item.goldLabel,
    };
  }

  /** A completed audit in the viewer's scope, with the label its decision should have been. */
  private async fromAudit(auditId: string): Promise<Draft> {
    const me = this.access.me;
    const audit = await this.em.findOne(
      Audit,
      { $and: [{ id: auditId }, me.vendorId === null ? {} : { team: { vendor: me.vendorId } }] },
      { populate: ['case.policyVersion', 'team'] },
    );
    if (!audit) throw notFound('Audit', auditId);
    if (audit.status !== AuditStatus.COMPLETED || !audit.expectedLabel) {
      throw quizError(
        'BAD_USER_INPUT',
        'AUDIT_NOT_COMPLETED',
        `Audit ${auditId} has no expected label yet: complete it first.`,
        { auditId },
      );
    }
    return {
      case: audit.case,
      policyVersion: audit.case.policyVersion,
      source: QuizQuestionSource.AUDIT,
      auditId: audit.id,
      expectedLabel: audit.expectedLabel,
      vendorId: audit.team.vendor?.id ?? null,
    };
  }

  /**
   * A calibration item's case is shared material (every invited market saw it); an
   * audited case is its vendor's own content, so a quiz with one goes only to that
   * vendor's teams.
   */
  private checkAuditContent(drafts: Draft[], assignment: { markets: Market[]; teams: Team[] }) {
    const vendors = new Set(drafts.filter((d) => d.vendorId).map((d) => d.vendorId!));
    if (vendors.size === 0) return;
    const [vendor] = [...vendors];
    if (vendors.size > 1 || assignment.markets.length > 0 || assignment.teams.some((t) => t.vendor?.id !== vendor)) {
      throw quizError(
        'BAD_USER_INPUT',
        'AUDIT_CONTENT_VENDOR_ONLY',
        "Questions from a vendor's audits show its own content: assign such a quiz only to that vendor's teams, not to markets or other vendors.",
      );
    }
  }

  /**
   * At least one market or team, all existing. A vendor's QA assigns only its own
   * vendor's teams: a market reaches every vendor's people.
   */
  private async checkAssignment(input: QuizAssignmentInput) {
    const me = this.access.me;
    if (input.marketIds.length + input.teamIds.length === 0) {
      throw quizError('BAD_USER_INPUT', 'NO_ASSIGNMENT', 'Assign the quiz to at least one market or team.');
    }
    if (me.vendorId !== null && input.marketIds.length > 0) {
      throw quizError(
        'FORBIDDEN',
        'VENDOR_TEAMS_ONLY',
        "A vendor's QA assigns quizzes to its own teams, not to whole markets.",
      );
    }
    const markets = await this.em.find(Market, { id: { $in: input.marketIds } });
    if (markets.length !== input.marketIds.length) {
      throw quizError('BAD_USER_INPUT', 'UNKNOWN_ASSIGNEES', 'Some marketIds do not exist.');
    }
    const teams = await this.em.find(Team, { $and: [{ id: { $in: input.teamIds } }, teamScope(me)] });
    if (teams.length !== input.teamIds.length) {
      throw quizError('BAD_USER_INPUT', 'UNKNOWN_ASSIGNEES', 'Some teamIds do not exist.');
    }
    if (me.vendorId !== null && teams.some((t) => t.vendor?.id !== me.vendorId)) {
      throw quizError(
        'FORBIDDEN',
        'VENDOR_TEAMS_ONLY',
        "A vendor's QA assigns quizzes to its own vendor's teams only.",
      );
    }
    return { markets, teams };
  }

  private async store(
    input: { title: string; description: string; dueAt?: Date | null },
    assignment: { markets: Market[]; teams: Team[] },
    drafts: Draft[],
    build: Record<string, unknown>,
  ): Promise<Quiz> {
    const cases = new Set<string>();
    for (const d of drafts) {
      const caseId = d.case.externalId;
      if (cases.has(d.case.id)) {
        throw quizError('BAD_USER_INPUT', 'CASE_TWICE', `Case ${caseId} is in the quiz twice.`, { caseId });
      }
      cases.add(d.case.id);
    }
    return this.em.transactional(async (tx) => {
      const quiz = tx.create(Quiz, {
        title: input.title.trim(),
        description: input.description.trim(),
        createdBy: tx.getReference(User, this.access.me.id),
        dueAt: input.dueAt ?? null,
        build,
      });
      quiz.assignedMarkets.set(assignment.markets);
      quiz.assignedTeams.set(assignment.teams);
      drafts.forEach((d, i) =>
        tx.create(QuizQuestion, {
          quiz,
          position: i + 1,
          case: d.case,
          policyVersion: d.policyVersion,
          source: d.source,
          calibrationItem: d.calibrationItem ?? null,
          auditId: d.auditId ?? null,
          expectedLabel: d.expectedLabel,
          majorityShare: d.majorityShare ?? null,
          entropy: d.entropy ?? null,
        }),
      );
      return quiz;
    });
  }
}
