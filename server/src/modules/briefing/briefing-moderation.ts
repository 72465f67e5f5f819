import type { EntityManager } from '@mikro-orm/postgresql';
import type { BriefingDeps } from './briefing-deps.js';
import { notFound } from '../shared/errors.js';
import { loadRef } from '../shared/load.js';
import type { Viewer } from '../shared/viewer.js';
import type { BriefingAccess } from './briefing-access.js';
import { QuestionStatus } from './briefing.enums.js';
import { briefingError } from './briefing.errors.js';
import type { Briefing } from './briefing.entity.js';
import type {
  DismissBriefingQuestionInput,
  PinBriefingQuestionInput,
  PromoteBriefingQuestionInput,
  SetBriefingOfficialAnswerInput,
  SetBriefingReplyHiddenInput,
} from './briefing.inputs.js';
import type { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';
import { assertText, assertThreadOpen, markAnswered } from './briefing-rules.js';

/**
 * The presenter's moderation of the thread: official answers, pins, dismissals, hidden
 * replies, promotion to the FAQ. Dismissing and hiding stay possible after the thread
 * closes: abusive content must still be removable.
 */
export class BriefingModeration {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<BriefingDeps, 'bus' | 'policy'>,
    private readonly access: BriefingAccess,
    private readonly viewer: Viewer | null,
  ) {}

  async setOfficialAnswer(input: SetBriefingOfficialAnswerInput) {
    return this.moderate(input.questionId, { whenClosed: 'refuse' }, async (question, tx) => {
      if (question.status === QuestionStatus.DISMISSED) {
        throw briefingError('CONFLICT', 'QUESTION_DISMISSED', 'Reopen the question before answering it.');
      }
      if (!input.replyId) {
        question.officialAnswer = null;
        return;
      }
      const reply = await tx.findOne(BriefingReply, { id: input.replyId, question });
      if (!reply) throw notFound('Reply to this question', input.replyId);
      markAnswered(question, reply);
    });
  }

  async pin(input: PinBriefingQuestionInput) {
    return this.moderate(input.questionId, { whenClosed: 'refuse' }, (question) => {
      if (input.pinned && question.status === QuestionStatus.DISMISSED)
        throw briefingError('CONFLICT', 'QUESTION_DISMISSED', 'A dismissed question cannot be pinned.');
      if (question.pinned === input.pinned) {
        throw briefingError(
          'CONFLICT',
          input.pinned ? 'ALREADY_PINNED' : 'ALREADY_UNPINNED',
          `The question is already ${input.pinned ? '' : 'un'}pinned.`,
        );
      }
      question.pinned = input.pinned;
    });
  }

  async markAnswered(questionId: string) {
    return this.moderate(questionId, { whenClosed: 'refuse' }, (question) => {
      if (question.status !== QuestionStatus.OPEN) {
        const { status } = question;
        throw briefingError(
          'CONFLICT',
          status === QuestionStatus.DISMISSED ? 'QUESTION_DISMISSED' : 'ALREADY_ANSWERED',
          `The question is ${status.toLowerCase()}, not open.`,
          { status },
        );
      }
      markAnswered(question, null);
    });
  }

  /** Allowed after the thread closes too: abusive content must still be removable. */
  async dismiss(input: DismissBriefingQuestionInput) {
    assertText(input.reason, 'reason');
    return this.moderate(input.questionId, { whenClosed: 'allow' }, (question) => {
      question.status = QuestionStatus.DISMISSED;
      question.dismissalReason = input.reason.trim();
      question.hidden = input.hide;
      question.pinned = false;
    });
  }

  async reopen(questionId: string) {
    return this.moderate(questionId, { whenClosed: 'refuse' }, (question) => {
      if (question.status === QuestionStatus.OPEN && !question.hidden) {
        throw briefingError('CONFLICT', 'ALREADY_OPEN', 'The question is already open.');
      }
      question.status = QuestionStatus.OPEN;
      question.dismissalReason = null;
      question.hidden = false;
      question.answeredAt = null;
    });
  }

  /**
   * Hides a reply from attendees, with a reason, or shows it again. Allowed after the
   * thread closes, like dismissing: abusive content must still be removable. The official
   * answer is not hidden: choose another answer first.
   */
  async setReplyHidden(input: SetBriefingReplyHiddenInput) {
    if (input.hidden && !input.reason) {
      throw briefingError('BAD_USER_INPUT', 'EMPTY_REASON', 'Give a reason for hiding the reply.');
    }
    if (input.reason !== undefined) assertText(input.reason, 'reason');
    const { question, changed: reply } = await this.moderate(
      await this.questionIdOfReply(input.replyId),
      { whenClosed: 'allow', notice: 'none' },
      async (question, tx) => {
        const reply = await tx.findOneOrFail(BriefingReply, { id: input.replyId, question });
        if (reply.hidden === input.hidden) {
          throw briefingError(
            'CONFLICT',
            input.hidden ? 'REPLY_ALREADY_HIDDEN' : 'REPLY_ALREADY_SHOWN',
            `The reply is already ${input.hidden ? 'hidden' : 'shown'}.`,
          );
        }
        if (input.hidden && question.officialAnswer?.id === reply.id) {
          throw briefingError(
            'CONFLICT',
            'HIDING_OFFICIAL_ANSWER',
            'This reply is the official answer: choose another answer before hiding it.',
          );
        }
        reply.hidden = input.hidden;
        reply.hiddenReason = input.hidden ? input.reason!.trim() : null;
        return reply;
      },
    );
    await this.deps.bus.publish('briefing', question.briefing.id, {
      kind: 'replyHidden',
      questionId: question.id,
      replyId: reply.id,
    });
    return { reply, question };
  }

  /** The question of a reply, for the question's own access checks; NOT_FOUND for an unknown reply. */
  private async questionIdOfReply(replyId: string): Promise<string> {
    const [row] = await this.em.execute<{ question_id: string }[]>(
      'select question_id from briefing_reply where id = ?',
      [replyId],
    );
    if (!row) throw notFound('Reply', replyId);
    return row.question_id;
  }

  /** Adds the question and its answer to the presented version's FAQ, in the same transaction. */
  async promote(input: PromoteBriefingQuestionInput) {
    const { question, changed: faqEntry } = await this.moderate(
      input.questionId,
      { whenClosed: 'allow' },
      async (question, tx, briefing) => {
        if (question.status !== QuestionStatus.ANSWERED) {
          throw briefingError(
            'CONFLICT',
            'NOT_ANSWERED',
            'Only an answered question is promoted to the FAQ: answer it first.',
          );
        }
        if (question.faqEntry) {
          throw briefingError('CONFLICT', 'ALREADY_IN_FAQ', "This question is already in the version's FAQ.");
        }
        const official = question.officialAnswer ? await loadRef(question.officialAnswer) : null;
        const answer = input.answer ?? official?.text;
        if (!answer?.trim()) {
          throw briefingError(
            'BAD_USER_INPUT',
            'NO_FAQ_ANSWER',
            'This question has no official answer: write the answer for the FAQ.',
          );
        }
        const added = await this.deps.policy(tx).addFaqEntry(briefing.policyVersion.id, {
          question: input.question ?? question.text,
          answer,
        });
        question.faqEntry = added.entry;
        return added.entry;
      },
    );
    return { question, faqEntry };
  }

  /**
   * A presenter's change to one question: locks it, checks the viewer attends (NOT_FOUND),
   * sees it (NOT_FOUND) and presents (FORBIDDEN), applies `change`, commits, then
   * announces the new status (unless `notice: 'none'`). Returns the question and what
   * `change` returned.
   */
  private async moderate<R = void>(
    questionId: string,
    options: { whenClosed: 'refuse' | 'allow'; notice?: 'status' | 'none' },
    change: (question: BriefingQuestion, tx: EntityManager, briefing: Briefing) => R | Promise<R>,
  ): Promise<{ question: BriefingQuestion; changed: R }> {
    const { question, changed } = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.access.lockQuestion(tx, questionId);
      if (!this.access.canPresent(briefing))
        throw briefingError(
          'FORBIDDEN',
          'PRESENTER_ONLY',
          'Only the presenter of this briefing (or an admin) does that.',
        );
      if (options.whenClosed === 'refuse') assertThreadOpen(briefing, 'change questions');
      return { question, changed: await change(question, tx, briefing) };
    });
    if (options.notice !== 'none') {
      await this.deps.bus.publish('briefing', question.briefing.id, { kind: 'status', questionId: question.id });
    }
    return { question, changed };
  }
}
