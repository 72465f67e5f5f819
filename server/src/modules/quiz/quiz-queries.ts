import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeCase, teamScope } from '../shared/visibility/scopes.js';
import { hasRole, QA_ROLES } from '../shared/viewer.js';
import { Case } from '../case/case.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import type { QuizAccess } from './quiz-access.js';
import { QuizAttemptStatus } from './quiz.enums.js';
import { Quiz } from './quiz.entity.js';
import type { QuizResults } from './quiz.types.js';
import { QuizAnswer } from './quiz-answer.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';
import { quizResults } from './quiz-results.js';

/** Reading quizzes, attempts and answers, as far as the viewer may see them (QuizAccess). */
export class QuizQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly access: QuizAccess,
  ) {}

  quiz(id: string): Promise<Quiz> {
    return this.access.quiz(id);
  }

  async quizzes(first: number): Promise<Quiz[]> {
    return this.em.find(Quiz, await this.access.visibleScope(), {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: first,
    });
  }

  async questions(quiz: Quiz): Promise<QuizQuestion[]> {
    return this.em.find(QuizQuestion, { quiz }, { orderBy: { position: 'asc' }, populate: ['case'] });
  }

  /** Assigned teams the viewer may see (a vendor's people never see another vendor's teams). */
  async assignedTeams(quiz: Quiz): Promise<Team[]> {
    const ids = (await quiz.assignedTeams.load({ dataloader: true })).getIdentifiers<string>();
    return this.em.find(
      Team,
      { $and: [{ id: { $in: ids } }, teamScope(this.access.me)] },
      { orderBy: { name: 'asc' } },
    );
  }

  /** The viewer's latest attempt. */
  myAttempt(quiz: Quiz): Promise<QuizAttempt | null> {
    return this.access.latestAttempt(this.em, quiz.id, this.access.me.id);
  }

  async canTake(quiz: Quiz): Promise<boolean> {
    if (!(await this.access.isTaker(quiz))) return false;
    const latest = await this.myAttempt(quiz);
    return !latest || latest.status === QuizAttemptStatus.IN_PROGRESS || latest.reopenedAt !== null;
  }

  /** The source case itself, with its decision and moderator: for QA staff who may see it. */
  async questionCase(question: QuizQuestion): Promise<Case | null> {
    const me = this.access.me;
    if (!hasRole(me, ...QA_ROLES, Role.POLICY_OWNER)) return null;
    const found = await this.em.findOneOrFail(Case, question.case.id, { populate: ['team.vendor'] });
    return canSeeCase(me, found.team) ? found : null;
  }

  /** Attempts in the viewer's scope: QA roles only; a vendor's QA sees its own people's. */
  async attempts(quiz: Quiz): Promise<QuizAttempt[]> {
    this.access.assertQa();
    return this.em.find(
      QuizAttempt,
      { $and: [{ quiz }, this.access.attemptScope()] },
      { orderBy: { submittedAt: 'desc', number: 'desc' }, populate: ['user', 'market'] },
    );
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

  /** Per question and per market (QA team). */
  async results(quiz: Quiz): Promise<QuizResults> {
    this.access.assertQa();
    return quizResults(this.em, this.access.me, quiz);
  }
}
