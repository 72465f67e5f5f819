import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { BriefingDeps } from './briefing-deps.js';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import type { BriefingAccess } from './briefing-access.js';
import { QuestionStatus } from './briefing.enums.js';
import { briefingError } from './briefing.errors.js';
import type { AskBriefingQuestionInput, ReplyToBriefingQuestionInput } from './briefing.inputs.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';
import { assertText, assertThreadOpen, markAnswered } from './briefing-rules.js';

/** Attendees' writes to the thread: questions (rate limited), upvotes and replies. */
export class BriefingThread {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<BriefingDeps, 'bus' | 'briefings' | 'questionLimiter'>,
    private readonly access: BriefingAccess,
  ) {}

  async ask(input: AskBriefingQuestionInput) {
    const me = this.access.me;
    assertText(input.text, 'question');
    const question = await this.em.transactional(async (tx) => {
      const briefing = await this.access.briefing(input.briefingId, tx, LockMode.PESSIMISTIC_READ);
      assertThreadOpen(briefing, 'ask');
      await this.consumeQuestion();
      return tx.create(BriefingQuestion, {
        briefing,
        author: tx.getReference(User, me.id),
        authorMarket: tx.getReference(Market, me.marketId),
        text: input.text,
        anonymous: input.anonymous,
      });
    });
    await this.deps.bus.publish('briefing', question.briefing.id, { kind: 'asked', questionId: question.id });
    return { question };
  }

  private async consumeQuestion() {
    try {
      await this.deps.questionLimiter.consume(this.access.me.id);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      throw briefingError(
        'RATE_LIMITED',
        'TOO_MANY_QUESTIONS',
        `Too many questions in a minute: try again in ${seconds} s.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  async upvote(questionId: string) {
    const me = this.access.me;
    const question = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.access.lockQuestion(tx, questionId);
      assertThreadOpen(briefing, 'upvote');
      if (question.author.id === me.id) {
        throw briefingError('CONFLICT', 'OWN_QUESTION', 'You cannot upvote your own question.');
      }
      if (question.status === QuestionStatus.DISMISSED)
        throw briefingError('CONFLICT', 'QUESTION_DISMISSED', 'This question was dismissed: it takes no upvotes.');
      const inserted = await tx.execute(
        `insert into briefing_upvote (id, created_at, updated_at, question_id, user_id)
         values (gen_random_uuid(), now(), now(), ?, ?) on conflict (question_id, user_id) do nothing returning id`,
        [question.id, me.id],
      );
      if (inserted.length === 0) {
        throw briefingError('CONFLICT', 'ALREADY_UPVOTED', 'You have already upvoted this question.');
      }
      question.upvoteCount += 1;
      return question;
    });
    this.deps.briefings.upvotes.touch({ briefingId: question.briefing.id, questionId: question.id });
    return { question };
  }

  async removeUpvote(questionId: string) {
    const me = this.access.me;
    const question = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.access.lockQuestion(tx, questionId);
      assertThreadOpen(briefing, 'change upvotes');
      const removed = await tx.execute(
        'delete from briefing_upvote where question_id = ? and user_id = ? returning id',
        [question.id, me.id],
      );
      if (removed.length === 0) throw briefingError('CONFLICT', 'NOT_UPVOTED', 'You have not upvoted this question.');
      question.upvoteCount -= 1;
      return question;
    });
    this.deps.briefings.upvotes.touch({ briefingId: question.briefing.id, questionId: question.id });
    return { question };
  }

  async reply(input: ReplyToBriefingQuestionInput) {
    const me = this.access.me;
    assertText(input.text, 'reply');
    const { reply, question } = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.access.lockQuestion(tx, input.questionId);
      assertThreadOpen(briefing, 'reply');
      if (input.official && !this.access.canPresent(briefing)) {
        throw briefingError(
          'FORBIDDEN',
          'PRESENTER_ONLY',
          'Only the presenter of this briefing marks an official answer.',
        );
      }
      if (question.status === QuestionStatus.DISMISSED)
        throw briefingError('CONFLICT', 'QUESTION_DISMISSED', 'This question was dismissed: it takes no replies.');
      const reply = tx.create(BriefingReply, {
        question,
        author: tx.getReference(User, me.id),
        authorMarket: tx.getReference(Market, me.marketId),
        text: input.text,
      });
      if (input.official) markAnswered(question, reply);
      return { reply, question };
    });
    const briefingId = question.briefing.id;
    await this.deps.bus.publish('briefing', briefingId, {
      kind: 'replied',
      questionId: question.id,
      replyId: reply.id,
    });
    if (input.official)
      await this.deps.bus.publish('briefing', briefingId, { kind: 'status', questionId: question.id });
    return { reply, question };
  }
}
