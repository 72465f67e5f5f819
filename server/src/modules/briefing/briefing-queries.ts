import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type Connection, toConnection } from '../shared/connection.js';
import type { BriefingDeps } from './briefing-deps.js';
import { DomainError, notFound } from '../shared/errors.js';
import { Role } from '../identity/role.js';
import type { BriefingAccess } from './briefing-access.js';
import { BriefingStatus, QuestionOrder, type QuestionStatus } from './briefing.enums.js';
import { briefingError } from './briefing.errors.js';
import { Briefing } from './briefing.entity.js';
import type { BriefingAcknowledgements, BriefingRoomPresence } from './briefing.types.js';
import { acknowledgementCounts, presenceCounts } from './briefing-counts.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';
import { BriefingUpvote } from './briefing-upvote.entity.js';

type QuestionPage = { order: QuestionOrder; status?: QuestionStatus[]; first: number; after?: string };

/** Reading briefings and their threads, as far as the viewer may see them (BriefingAccess). */
export class BriefingQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<BriefingDeps, 'briefings'>,
    private readonly access: BriefingAccess,
  ) {}

  briefing(id: string): Promise<Briefing> {
    return this.access.briefing(id);
  }

  /** At most `first`: the live and upcoming ones first (soonest first), then the past (latest first). */
  async briefings(status: BriefingStatus | undefined, first: number): Promise<Briefing[]> {
    const attendable = this.access.attended();
    const found: Briefing[] = [];
    for (const [group, order] of [
      [BriefingStatus.LIVE, 'asc'],
      [BriefingStatus.SCHEDULED, 'asc'],
      [BriefingStatus.ENDED, 'desc'],
    ] as const) {
      if ((status && status !== group) || found.length >= first) continue;
      found.push(
        ...(await this.em.find(
          Briefing,
          { $and: [{ status: group }, attendable] },
          { orderBy: { scheduledAt: order, id: 'asc' }, limit: first - found.length },
        )),
      );
    }
    return found;
  }

  /** A question the viewer may see, with its briefing, or NOT_FOUND. */
  async question(id: string): Promise<BriefingQuestion> {
    const question = await this.em.findOne(BriefingQuestion, id, { populate: ['briefing'] });
    if (!question) throw notFound('Question', id);
    const briefing = question.briefing;
    if (!(await this.access.canAttend(briefing)) || !this.access.canSeeQuestion(briefing, question))
      throw notFound('Question', id);
    return question;
  }

  async questions(briefing: Briefing, page: QuestionPage): Promise<Connection<BriefingQuestion>> {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > 200) {
      throw briefingError('BAD_USER_INPUT', 'FIRST_OUT_OF_RANGE', 'Ask for 1 to 200 questions at a time (`first`).', {
        min: 1,
        max: 200,
      });
    }
    const visible = this.access.canPresent(briefing) ? {} : { $or: [{ hidden: false }, { author: this.access.me.id }] };
    const where = {
      $and: [{ briefing: briefing.id }, page.status?.length ? { status: { $in: page.status } } : {}, visible],
    };
    const orderBy =
      page.order === QuestionOrder.TOP
        ? ({ pinned: 'desc', upvoteCount: 'desc', createdAt: 'desc', id: 'desc' } as const)
        : ({ createdAt: 'desc', id: 'desc' } as const);
    try {
      const cursor = await this.em.findByCursor(BriefingQuestion, where, {
        first: page.first,
        after: page.after,
        orderBy,
      });
      return toConnection(cursor);
    } catch (error) {
      if (page.after && !(error instanceof DomainError))
        throw briefingError('BAD_USER_INPUT', 'INVALID_CURSOR', 'That cursor is not valid: load the list again.');
      throw error;
    }
  }

  presence(briefingId: string): Promise<BriefingRoomPresence> {
    return presenceCounts(this.em, briefingId);
  }

  acknowledgements(briefingId: string): Promise<BriefingAcknowledgements> {
    return acknowledgementCounts(this.em, briefingId);
  }

  /** The live events of a briefing for this viewer's subscription (see BriefingHub). */
  live(briefingId: string) {
    return this.deps.briefings.subscribe(briefingId, this.access.me.id);
  }

  private readonly myUpvotes = new DataLoader<string, boolean>(async (questionIds) => {
    const found = await this.em.find(BriefingUpvote, {
      user: this.access.me.id,
      question: { $in: [...questionIds] },
    });
    const upvoted = new Set(found.map((u) => u.question.id));
    return questionIds.map((id) => upvoted.has(id));
  });

  upvotedByMe(question: BriefingQuestion): Promise<boolean> {
    return this.myUpvotes.load(question.id);
  }

  private readonly repliesByQuestion = new DataLoader<string, BriefingReply[]>(async (questionIds) => {
    const me = this.access.me;
    // Hidden replies exist only for the briefing's presenter, admins and their author.
    const visible: FilterQuery<BriefingReply> =
      me.role === Role.ADMIN
        ? {}
        : { $or: [{ hidden: false }, { author: me.id }, { question: { briefing: { presenter: me.id } } }] };
    const found = await this.em.find(
      BriefingReply,
      { $and: [{ question: { $in: [...questionIds] } }, visible] },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return questionIds.map((id) => found.filter((r) => r.question.id === id));
  });

  /** Why a reply was hidden: for those who still see it (the presenter, admins, its author). */
  hiddenReasonOf(reply: BriefingReply): string | null {
    return reply.hidden ? reply.hiddenReason : null;
  }

  repliesOf(question: BriefingQuestion): Promise<BriefingReply[]> {
    return this.repliesByQuestion.load(question.id);
  }

  async replyCountOf(question: BriefingQuestion): Promise<number> {
    return (await this.repliesByQuestion.load(question.id)).length;
  }
}
