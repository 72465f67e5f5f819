import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, unauthenticated } from '../shared/errors.js';
import { hasRole, QA_ROLES, type Viewer } from '../shared/viewer.js';
import type { CalibrationSession } from '../calibration/calibration-session.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { QuizAttemptStatus } from './quiz.enums.js';
import { quizError } from './quiz.errors.js';
import { Quiz } from './quiz.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';

/**
 * Who may see and do what with quizzes. Takers are the active moderators of the assigned
 * markets and teams; QA staff build quizzes, reopen attempts and read results. The
 * expected labels stay on the server until the taker has submitted (`answersVisible`).
 */
export class QuizAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /**
   * Platform staff see every quiz; a vendor's QA the quizzes its staff built or that
   * reach its people; a moderator those assigned to them.
   */
  async visibleScope(): Promise<FilterQuery<Quiz>> {
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

  assignedTo(viewer: Viewer): FilterQuery<Quiz> {
    return {
      $or: [
        { assignedMarkets: { id: viewer.marketId } },
        ...(viewer.teamId ? [{ assignedTeams: { id: viewer.teamId } }] : []),
      ],
    };
  }

  /** A quiz the viewer may see, or NOT_FOUND. */
  async quiz(id: string): Promise<Quiz> {
    const found = await this.em.findOne(Quiz, { $and: [{ id }, await this.visibleScope()] });
    if (!found) throw notFound('Quiz', id);
    return found;
  }

  /** Whether a moderator is assigned the quiz (through their market or team). */
  async isTaker(quiz: Quiz, viewer: Viewer = this.me): Promise<boolean> {
    if (viewer.role !== Role.MODERATOR) return false;
    return (await this.em.count(Quiz, { $and: [{ id: quiz.id }, this.assignedTo(viewer)] })) > 0;
  }

  /** A user's latest attempt at a quiz, FOR UPDATE when `lock`. */
  latestAttempt(em: EntityManager, quizId: string, userId: string, lock = false) {
    return em.findOne(
      QuizAttempt,
      { quiz: quizId, user: userId },
      { orderBy: { number: 'desc' }, ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
    );
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

  /** After the viewer submits: their answer to `answersVisible` changes. */
  forgetAnswersVisible(quizId: string) {
    this.visibility.delete(quizId);
  }

  attemptScope(): FilterQuery<QuizAttempt> {
    const me = this.me;
    return me.vendorId === null ? {} : { team: { vendor: me.vendorId } };
  }

  assertQa() {
    if (!hasRole(this.me, ...QA_ROLES))
      throw quizError('FORBIDDEN', 'QA_TEAM_ONLY', 'Only the QA team reads quiz results.');
  }

  assertBuilder() {
    if (!hasRole(this.me, Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN)) {
      throw quizError('FORBIDDEN', 'QA_TEAM_ONLY', 'Only the QA team builds quizzes.');
    }
  }

  /** Same rule as calibration: platform staff see every session; a vendor's QA those it runs or votes in. */
  sessionScope(): FilterQuery<CalibrationSession> {
    const me = this.me;
    return me.vendorId === null ? {} : { $or: [{ facilitator: me.id }, { participants: { user: me.id } }] };
  }
}
