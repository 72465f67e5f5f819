import { type FilterQuery, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, DomainError, forbidden, notFound, unauthenticated } from '../../app/errors.js';
import { canSeeCase, teamScope } from '../../app/scope.js';
import { hasRole, QA_ROLES, type Viewer } from '../../app/viewer.js';
import { Audit } from '../audit/audit.entity.js';
import { AuditStatus } from '../audit/audit.enums.js';
import type { SessionResultPayload } from '../calibration/calibration-result.js';
import { SessionStatus } from '../calibration/calibration.enums.js';
import { CalibrationItem } from '../calibration/calibration-item.entity.js';
import { CalibrationSession } from '../calibration/calibration-session.entity.js';
import { SessionResult } from '../calibration/session-result.entity.js';
import { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import type { PolicyVersion } from '../policy/policy-version.entity.js';
import { QuizAttemptStatus, QuizQuestionSource } from './quiz.enums.js';
import { Quiz } from './quiz.entity.js';
import type {
  CreateQuizFromContestedItemsInput,
  CreateQuizInput,
  QuizAssignmentInput,
  ReopenQuizInput,
  SubmitQuizAttemptInput,
} from './quiz.inputs.js';
import type { QuizMarketResult, QuizQuestionResult, QuizResults } from './quiz.types.js';
import { QuizAnswer } from './quiz-answer.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
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
 * Knowledge quizzes. Takers are the active moderators of the assigned markets and
 * teams; QA staff build quizzes, reopen attempts and read results. The expected labels
 * stay on the server until the taker has submitted (see `answersVisible`).
 */
export class QuizService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  // ---- reading ----

  /**
   * Platform staff see every quiz; a vendor's QA the quizzes its staff built or that
   * reach its people; a moderator those assigned to them.
   */
  private async visibleScope(): Promise<FilterQuery<Quiz>> {
    const me = this.me;
    if (me.role === Role.MODERATOR) return this.assignedTo(me);
    if (me.vendorId === null) return {};
    const teams = await this.em.find(Team, { vendor: me.vendorId }, { fields: ['id', 'market'] });
    return {
      $or: [
        { createdBy: { team: { vendor: me.vendorId } } },
        { assignedTeams: { id: { $in: teams.map((t) => t.id) } } },
        { assignedMarkets: { id: { $in: [...new Set(teams.map((t) => t.market.id))] } } },
      ],
    };
  }

  private assignedTo(viewer: Viewer): FilterQuery<Quiz> {
    return {
      $or: [
        { assignedMarkets: { id: viewer.marketId } },
        ...(viewer.teamId ? [{ assignedTeams: { id: viewer.teamId } }] : []),
      ],
    };
  }

  async quiz(id: string): Promise<Quiz> {
    const found = await this.em.findOne(Quiz, { $and: [{ id }, await this.visibleScope()] });
    if (!found) throw notFound('Quiz', id);
    return found;
  }

  async quizzes(first: number): Promise<Quiz[]> {
    return this.em.find(Quiz, await this.visibleScope(), { orderBy: { createdAt: 'desc', id: 'asc' }, limit: first });
  }

  async questions(quiz: Quiz): Promise<QuizQuestion[]> {
    return this.em.find(QuizQuestion, { quiz }, { orderBy: { position: 'asc' }, populate: ['case'] });
  }

  /** Assigned teams the viewer may see (a vendor's people never see another vendor's teams). */
  async assignedTeams(quiz: Quiz): Promise<Team[]> {
    const ids = (await quiz.assignedTeams.load({ dataloader: true })).getIdentifiers<string>();
    return this.em.find(Team, { $and: [{ id: { $in: ids } }, teamScope(this.me)] }, { orderBy: { name: 'asc' } });
  }

  async isTaker(quiz: Quiz, viewer: Viewer = this.me): Promise<boolean> {
    if (viewer.role !== Role.MODERATOR) return false;
    return (await this.em.count(Quiz, { $and: [{ id: quiz.id }, this.assignedTo(viewer)] })) > 0;
  }

  /** The viewer's latest attempt. */
  myAttempt(quiz: Quiz): Promise<QuizAttempt | null> {
    return this.latestAttempt(this.em, quiz.id, this.me.id);
  }

  private latestAttempt(em: EntityManager, quizId: string, userId: string, lock = false) {
    return em.findOne(
      QuizAttempt,
      { quiz: quizId, user: userId },
      { orderBy: { number: 'desc' }, ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
    );
  }

  async canTake(quiz: Quiz): Promise<boolean> {
    if (!(await this.isTaker(quiz))) return false;
    const latest = await this.myAttempt(quiz);
    return !latest || latest.status === QuizAttemptStatus.IN_PROGRESS || latest.reopenedAt !== null;
  }

  // A quiz's questions ask the same thing once each; the answer holds for the request.
  private readonly visibility = new Map<string, Promise<boolean>>();

  /**
   * Whether the viewer may see a quiz's expected labels: QA and policy staff, who do
   * not take quizzes, always; a moderator only once their counted attempt is submitted
   * (not while one is in progress, nor after a reopening until they submit again).
   */
  answersVisible(quizId: string): Promise<boolean> {
    let answer = this.visibility.get(quizId);
    if (!answer) {
      answer =
        this.me.role !== Role.MODERATOR
          ? Promise.resolve(true)
          : this.latestAttempt(this.em, quizId, this.me.id).then(
              (a) => a?.status === QuizAttemptStatus.SUBMITTED && a.reopenedAt === null,
            );
      this.visibility.set(quizId, answer);
    }
    return answer;
  }

  /** The source case itself, with its decision and moderator: for QA staff who may see it. */
  async questionCase(question: QuizQuestion): Promise<Case | null> {
    const me = this.me;
    if (!hasRole(me, ...QA_ROLES, Role.POLICY_OWNER)) return null;
    const found = await this.em.findOneOrFail(Case, question.case.id, { populate: ['team.vendor'] });
    return canSeeCase(me, found.team) ? found : null;
  }

  /** Attempts in the viewer's scope: QA roles only; a vendor's QA sees its own people's. */
  async attempts(quiz: Quiz): Promise<QuizAttempt[]> {
    this.assertQa();
    return this.em.find(
      QuizAttempt,
      { $and: [{ quiz }, this.attemptScope()] },
      { orderBy: { submittedAt: 'desc', number: 'desc' }, populate: ['user', 'market'] },
    );
  }

  private attemptScope(): FilterQuery<QuizAttempt> {
    const me = this.me;
    return me.vendorId === null ? {} : { team: { vendor: me.vendorId } };
  }

  private assertQa() {
    if (!hasRole(this.me, ...QA_ROLES)) throw forbidden('Only the QA team reads quiz results.');
  }

  /** Answers of an attempt: to its taker and the QA team, once submitted. */
  async answers(attempt: QuizAttempt): Promise<QuizAnswer[] | null> {
    if (attempt.status !== QuizAttemptStatus.SUBMITTED) return null;
    return this.em.find(
      QuizAnswer,
      { attempt },
      { populate: ['question'], orderBy: { question: { position: 'asc' } } },
    );
  }

  /**
   * Per question and per market, over each taker's counted attempt (submitted and not
   * reopened: at most one per user). Computed on read: quizzes are small.
   */
  async results(quiz: Quiz): Promise<QuizResults> {
    this.assertQa();
    const me = this.me;
    const vendorFilter = me.vendorId === null ? '' : 'and tm.vendor_id = ?';
    const vendorArgs = me.vendorId === null ? [] : [me.vendorId];
    const counted = `from quiz_attempt t left join team tm on tm.id = t.team_id
        where t.quiz_id = ? and t.status = 'SUBMITTED' and t.reopened_at is null ${vendorFilter}`;
    const perLabel = await this.em.execute<{ questionId: string; label: string; count: number; correct: number }[]>(
      `select a.question_id as "questionId", a.label, count(*)::int as count, count(*) filter (where a.correct)::int as correct
         from quiz_answer a join (select t.id ${counted}) c on c.id = a.attempt_id
        group by a.question_id, a.label`,
      [quiz.id, ...vendorArgs],
    );
    const perMarket = await this.em.execute<
      { marketId: string; submitted: number; correct: number; answered: number }[]
    >(
      `select t.market_id as "marketId", count(*)::int as submitted, sum(t.correct)::int as correct, sum(t.total)::int as answered
         ${counted} group by t.market_id`,
      [quiz.id, ...vendorArgs],
    );
    const assignedRows = await this.em.execute<{ marketId: string; count: number }[]>(
      `select u.market_id as "marketId", count(*)::int as count
         from app_user u left join team tm on tm.id = u.team_id
        where u.role = 'MODERATOR' and u.active ${vendorFilter}
          and (u.market_id in (select market_id from quiz_assigned_markets where quiz_id = ?)
               or u.team_id in (select team_id from quiz_assigned_teams where quiz_id = ?))
        group by u.market_id`,
      [...vendorArgs, quiz.id, quiz.id],
    );
    const questions = await this.em.find(QuizQuestion, { quiz }, { orderBy: { position: 'asc' } });
    const questionResults: QuizQuestionResult[] = questions.map((question) => {
      const rows = perLabel.filter((r) => r.questionId === question.id);
      const answered = rows.reduce((s, r) => s + r.count, 0);
      const correct = rows.reduce((s, r) => s + r.correct, 0);
      return {
        question,
        answered,
        correct,
        accuracy: answered ? correct / answered : null,
        distribution: rows
          .map((r) => ({ label: r.label, count: r.count }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      };
    });
    const marketIds = [...new Set([...perMarket.map((r) => r.marketId), ...assignedRows.map((r) => r.marketId)])];
    const markets = await this.em.find(Market, { id: { $in: marketIds } }, { orderBy: { code: 'asc' } });
    const marketResults: QuizMarketResult[] = markets.map((market) => {
      const row = perMarket.find((r) => r.marketId === market.id);
      return {
        market,
        assigned: assignedRows.find((r) => r.marketId === market.id)?.count ?? 0,
        submitted: row?.submitted ?? 0,
        correct: row?.correct ?? 0,
        answered: row?.answered ?? 0,
        accuracy: row?.answered ? row.correct / row.answered : null,
      };
    });
    const correct = marketResults.reduce((s, m) => s + m.correct, 0);
    const answered = marketResults.reduce((s, m) => s + m.answered, 0);
    return {
      assigned: marketResults.reduce((s, m) => s + m.assigned, 0),
      submitted: marketResults.reduce((s, m) => s + m.submitted, 0),
      accuracy: answered ? correct / answered : null,
      questions: questionResults,
      markets: marketResults,
    };
  }

  // ---- building ----

  async create(input: CreateQuizInput): Promise<Quiz> {
    this.assertBuilder();
    const assignment = await this.checkAssignment(input.assignment);
    const drafts: Draft[] = [];
    for (const [i, source] of input.questions.entries()) {
      if (!source.calibrationItemId === !source.auditId) {
        throw badInput(`Question ${i + 1}: give either calibrationItemId or auditId, not both and not neither.`);
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
    this.assertBuilder();
    const assignment = await this.checkAssignment(input.assignment);
    const since = input.closedSince ?? new Date(Date.now() - 90 * DAY);
    const sessions = await this.em.find(
      CalibrationSession,
      {
        $and: [
          { status: SessionStatus.CLOSED, closedAt: { $gte: since } },
          input.policyId ? { policyVersion: { policy: input.policyId } } : {},
          this.sessionScope(),
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
      throw badInput(`No closed session since ${since.toISOString().slice(0, 10)} has voted items with gold labels.`);
    }
    return this.store(input, assignment, picked, {
      rule: 'MOST_CONTESTED',
      closedSince: since.toISOString(),
      policyId: input.policyId ?? null,
      size: input.size,
      sessions: [...new Set(picked.map((p) => p.calibrationItem!.session.id))],
    });
  }

  private assertBuilder() {
    if (!hasRole(this.me, Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN)) {
      throw forbidden('Only the QA team builds quizzes.');
    }
  }

  /** Same rule as calibration: platform staff see every session; a vendor's QA those it runs or votes in. */
  private sessionScope(): FilterQuery<CalibrationSession> {
    const me = this.me;
    return me.vendorId === null ? {} : { $or: [{ facilitator: me.id }, { participants: { user: me.id } }] };
  }

  private async fromCalibrationItem(itemId: string): Promise<Draft> {
    const item = await this.em.findOne(
      CalibrationItem,
      { id: itemId, session: this.sessionScope() },
      { populate: ['session.policyVersion', 'case'] },
    );
    if (!item) throw notFound('Calibration item', itemId);
    if (item.session.status !== SessionStatus.CLOSED) {
      throw badInput(`Calibration item ${itemId} is in a session that is not closed: its gold may still change.`);
    }
    if (!item.goldLabel) throw badInput(`Calibration item ${itemId} has no gold label.`);
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
    const me = this.me;
    const audit = await this.em.findOne(
      Audit,
      { $and: [{ id: auditId }, me.vendorId === null ? {} : { team: { vendor: me.vendorId } }] },
      { populate: ['case.policyVersion', 'team'] },
    );
    if (!audit) throw notFound('Audit', auditId);
    if (audit.status !== AuditStatus.COMPLETED || !audit.expectedLabel) {
      throw badInput(`Audit ${auditId} has no expected label yet: complete it first.`);
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
      throw badInput(
        "Questions from a vendor's audits show its own content: assign such a quiz only to that vendor's teams, not to markets or other vendors.",
      );
    }
  }

  /**
   * At least one market or team, all existing. A vendor's QA assigns only its own
   * vendor's teams: a market reaches every vendor's people.
   */
  private async checkAssignment(input: QuizAssignmentInput) {
    const me = this.me;
    if (input.marketIds.length + input.teamIds.length === 0) {
      throw badInput('Assign the quiz to at least one market or team.');
    }
    if (me.vendorId !== null && input.marketIds.length > 0) {
      throw forbidden("A vendor's QA assigns quizzes to its own teams, not to whole markets.");
    }
    const markets = await this.em.find(Market, { id: { $in: input.marketIds } });
    if (markets.length !== input.marketIds.length) throw badInput('Some marketIds do not exist.');
    const teams = await this.em.find(Team, { $and: [{ id: { $in: input.teamIds } }, teamScope(me)] });
    if (teams.length !== input.teamIds.length) throw badInput('Some teamIds do not exist.');
    if (me.vendorId !== null && teams.some((t) => t.vendor?.id !== me.vendorId)) {
      throw forbidden("A vendor's QA assigns quizzes to its own vendor's teams only.");
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
      if (cases.has(d.case.id)) throw badInput(`Case ${d.case.externalId} is in the quiz twice.`);
      cases.add(d.case.id);
    }
    return this.em.transactional(async (tx) => {
      const quiz = tx.create(Quiz, {
        title: input.title.trim(),
        description: input.description.trim(),
        createdBy: tx.getReference(User, this.me.id),
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

  // ---- taking ----

  /**
   * Starts the viewer's attempt, or returns the one in progress. A submitted attempt
   * is final unless the QA team reopened it.
   */
  async start(quizId: string): Promise<QuizAttempt> {
    const me = this.me;
    const quiz = await this.quiz(quizId);
    if (!(await this.isTaker(quiz))) throw new DomainError('NOT_FOUND', `Quiz ${quizId} is not assigned to you.`);
    try {
      return await this.em.transactional(async (tx) => {
        const latest = await this.latestAttempt(tx, quizId, me.id, true);
        if (latest?.status === QuizAttemptStatus.IN_PROGRESS) return latest;
        if (latest && latest.reopenedAt === null) {
          throw conflict(
            `You already took this quiz (submitted ${latest.submittedAt!.toISOString()}); ask the QA team to reopen it for another attempt.`,
          );
        }
        return tx.create(QuizAttempt, {
          quiz,
          user: tx.getReference(User, me.id),
          market: tx.getReference(Market, me.marketId),
          team: me.teamId ? tx.getReference(Team, me.teamId) : null,
          number: (latest?.number ?? 0) + 1,
          total: await tx.count(QuizQuestion, { quiz }),
        });
      });
    } catch (error) {
      // Two starts at once: the unique (quiz, user, number) let one through.
      if (error instanceof UniqueConstraintViolationException) {
        throw conflict('An attempt at this quiz was started at the same time; reload it.');
      }
      throw error;
    }
  }

  /** Scores every answer against the stored expected label, once; the attempt is then final. */
  async submit(input: SubmitQuizAttemptInput): Promise<QuizAttempt> {
    const me = this.me;
    return this.em.transactional(async (tx) => {
      const attempt = await tx.findOne(QuizAttempt, input.attemptId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // Someone else's attempt is reported as missing: its id says nothing about them.
      if (!attempt || attempt.user.id !== me.id) throw notFound('Quiz attempt', input.attemptId);
      if (attempt.status === QuizAttemptStatus.SUBMITTED)
        throw conflict('This attempt is already submitted and scored.');
      const questions = await tx.find(
        QuizQuestion,
        { quiz: attempt.quiz },
        { populate: ['policyVersion'], orderBy: { position: 'asc' } },
      );
      const byId = new Map(questions.map((q) => [q.id, q]));
      const given = new Map<string, string>();
      for (const answer of input.answers) {
        const question = byId.get(answer.questionId);
        if (!question) throw badInput(`Question ${answer.questionId} is not in this quiz.`);
        if (given.has(question.id)) throw badInput(`Question ${question.position} is answered twice.`);
        const labels = question.policyVersion.labels.map((l) => l.key);
        if (!labels.includes(answer.label)) {
          throw badInput(
            `Question ${question.position}: "${answer.label}" is not a label of its policy version; choose one of ${labels.join(', ')}.`,
          );
        }
        given.set(question.id, answer.label);
      }
      const missing = questions.filter((q) => !given.has(q.id)).map((q) => q.position);
      if (missing.length) throw badInput(`Answer every question: ${missing.join(', ')} are missing.`, { missing });
      let correct = 0;
      for (const question of questions) {
        const label = given.get(question.id)!;
        const right = label === question.expectedLabel;
        if (right) correct++;
        tx.create(QuizAnswer, { attempt, question, label, correct: right });
      }
      attempt.status = QuizAttemptStatus.SUBMITTED;
      attempt.submittedAt = new Date();
      attempt.correct = correct;
      attempt.total = questions.length;
      this.visibility.delete(attempt.quiz.id);
      return attempt;
    });
  }

  async reopen(input: ReopenQuizInput): Promise<QuizAttempt> {
    const me = this.me;
    if (!hasRole(me, ...QA_ROLES)) throw forbidden('Only the QA team reopens quizzes.');
    const quiz = await this.quiz(input.quizId);
    const user = await this.em.findOne(User, input.userId, { populate: ['team.vendor', 'market'] });
    if (!user || (me.vendorId !== null && user.team?.vendor?.id !== me.vendorId)) throw notFound('User', input.userId);
    return this.em.transactional(async (tx) => {
      const latest = await this.latestAttempt(tx, quiz.id, user.id, true);
      if (!latest) throw conflict(`${user.name} has not taken this quiz: there is nothing to reopen.`);
      if (latest.status !== QuizAttemptStatus.SUBMITTED) throw conflict(`${user.name}'s attempt is still in progress.`);
      if (latest.reopenedAt) throw conflict(`This quiz is already reopened for ${user.name}.`);
      latest.reopenedAt = new Date();
      latest.reopenedBy = tx.getReference(User, me.id);
      return latest;
    });
  }
}
