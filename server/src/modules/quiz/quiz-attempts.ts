import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../shared/errors.js';
import { hasRole, QA_ROLES } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import type { QuizAccess } from './quiz-access.js';
import { QuizAttemptStatus } from './quiz.enums.js';
import { quizError } from './quiz.errors.js';
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
      throw quizError('NOT_FOUND', 'NOT_ASSIGNED', `Quiz ${quizId} is not assigned to you.`, { quizId });
    try {
      return await this.em.transactional(async (tx) => {
        const latest = await this.access.latestAttempt(tx, quizId, me.id, true);
        if (latest?.status === QuizAttemptStatus.IN_PROGRESS) return latest;
        if (latest && latest.reopenedAt === null) {
          const submittedAt = latest.submittedAt!.toISOString();
          throw quizError(
            'CONFLICT',
            'ALREADY_TAKEN',
            `You already took this quiz (submitted ${submittedAt}); ask the QA team to reopen it for another attempt.`,
            { submittedAt },
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
        throw quizError(
          'CONFLICT',
          'STARTED_TWICE',
          'An attempt at this quiz was started at the same time; reload it.',
        );
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
        throw quizError('CONFLICT', 'ALREADY_SUBMITTED', 'This attempt is already submitted and scored.');
      const questions = await tx.find(
        QuizQuestion,
        { quiz: attempt.quiz },
        { populate: ['policyVersion'], orderBy: { position: 'asc' } },
      );
      const byId = new Map(questions.map((q) => [q.id, q]));
      const given = new Map<string, string>();
      for (const answer of input.answers) {
        const question = byId.get(answer.questionId);
        if (!question) {
          const { questionId } = answer;
          throw quizError('BAD_USER_INPUT', 'QUESTION_NOT_IN_QUIZ', `Question ${questionId} is not in this quiz.`, {
            questionId,
          });
        }
        const { position } = question;
        if (given.has(question.id)) {
          throw quizError('BAD_USER_INPUT', 'ANSWERED_TWICE', `Question ${position} is answered twice.`, { position });
        }
        const labels = question.policyVersion.labels.map((l) => l.key);
        if (!labels.includes(answer.label)) {
          throw quizError(
            'BAD_USER_INPUT',
            'LABEL_NOT_IN_POLICY',
            `Question ${position}: "${answer.label}" is not a label of its policy version; choose one of ${labels.join(', ')}.`,
            { position, label: answer.label, labels },
          );
        }
        given.set(question.id, answer.label);
      }
      const missing = questions.filter((q) => !given.has(q.id)).map((q) => q.position);
      if (missing.length) {
        throw quizError(
          'BAD_USER_INPUT',
          'UNANSWERED_QUESTIONS',
          `Answer every question: ${missing.join(', ')} are missing.`,
          { missing },
        );
      }
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
    if (!hasRole(me, ...QA_ROLES)) throw quizError('FORBIDDEN', 'QA_TEAM_ONLY', 'Only the QA team reopens quizzes.');
    const quiz = await this.access.quiz(input.quizId);
    const user = await this.em.findOne(User, input.userId, { populate: ['team.vendor', 'market'] });
    if (!user || (me.vendorId !== null && user.team?.vendor?.id !== me.vendorId)) throw notFound('User', input.userId);
    return this.em.transactional(async (tx) => {
      const latest = await this.access.latestAttempt(tx, quiz.id, user.id, true);
      const userName = user.name;
      if (!latest) {
        throw quizError(
          'CONFLICT',
          'NOTHING_TO_REOPEN',
          `${userName} has not taken this quiz: there is nothing to reopen.`,
          { userName },
        );
      }
      if (latest.status !== QuizAttemptStatus.SUBMITTED) {
        throw quizError('CONFLICT', 'ATTEMPT_IN_PROGRESS', `${userName}'s attempt is still in progress.`, { userName });
      }
      if (latest.reopenedAt) {
        throw quizError('CONFLICT', 'ALREADY_REOPENED', `This quiz is already reopened for ${userName}.`, { userName });
      }
      latest.reopenedAt = new Date();
      latest.reopenedBy = tx.getReference(User, me.id);
      return latest;
    });
  }
}
