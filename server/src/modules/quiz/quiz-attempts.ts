import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, DomainError, forbidden, notFound } from '../shared/errors.js';
import { hasRole, QA_ROLES } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import type { QuizAccess } from './quiz-access.js';
import { QuizAttemptStatus } from './quiz.enums.js';
import type { ReopenQuizInput, SubmitQuizAttemptInput } from './quiz.inputs.js';
import { QuizAnswer } from './quiz-answer.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** Taking quizzes: a moderator starts and submits an attempt; the QA team reopens one. */
export class QuizAttempts {
  constructor(
    private readonly em: EntityManager,
    private readonly access: QuizAccess,
  ) {}

  /**
   * Starts the viewer's attempt, or returns the one in progress. A submitted attempt
   * is final unless the QA team reopened it.
   */
  async start(quizId: string): Promise<QuizAttempt> {
    const me = this.access.me;
    const quiz = await this.access.quiz(quizId);
    if (!(await this.access.isTaker(quiz)))
      throw new DomainError('NOT_FOUND', `Quiz ${quizId} is not assigned to you.`);
    try {
      return await this.em.transactional(async (tx) => {
        const latest = await this.access.latestAttempt(tx, quizId, me.id, true);
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
    const me = this.access.me;
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
      this.access.forgetAnswersVisible(attempt.quiz.id);
      return attempt;
    });
  }

  async reopen(input: ReopenQuizInput): Promise<QuizAttempt> {
    const me = this.access.me;
    if (!hasRole(me, ...QA_ROLES)) throw forbidden('Only the QA team reopens quizzes.');
    const quiz = await this.access.quiz(input.quizId);
    const user = await this.em.findOne(User, input.userId, { populate: ['team.vendor', 'market'] });
    if (!user || (me.vendorId !== null && user.team?.vendor?.id !== me.vendorId)) throw notFound('User', input.userId);
    return this.em.transactional(async (tx) => {
      const latest = await this.access.latestAttempt(tx, quiz.id, user.id, true);
      if (!latest) throw conflict(`${user.name} has not taken this quiz: there is nothing to reopen.`);
      if (latest.status !== QuizAttemptStatus.SUBMITTED) throw conflict(`${user.name}'s attempt is still in progress.`);
      if (latest.reopenedAt) throw conflict(`This quiz is already reopened for ${user.name}.`);
      latest.reopenedAt = new Date();
      latest.reopenedBy = tx.getReference(User, me.id);
      return latest;
    });
  }
}
