import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { type Connection, toConnection } from '../../app/connection.js';
import type { AppDeps } from '../../app/context.js';
import { badInput, conflict, DomainError, forbidden, notFound, unauthenticated } from '../../app/errors.js';
import { loadRef } from '../../app/load.js';
import { QA_ROLES, type Viewer } from '../../app/viewer.js';
import { mayName } from '../calibration/calibration.service.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { PolicyService } from '../policy/policy.service.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { BriefingStatus, QuestionOrder, QuestionStatus } from './briefing.enums.js';
import { Briefing } from './briefing.entity.js';
import type {
  AskBriefingQuestionInput,
  DismissBriefingQuestionInput,
  PinBriefingQuestionInput,
  PromoteBriefingQuestionInput,
  ReplyToBriefingQuestionInput,
  ScheduleBriefingInput,
  SetBriefingOfficialAnswerInput,
  SetBriefingReplyHiddenInput,
  UpdateBriefingInput,
} from './briefing.inputs.js';
import type { BriefingAcknowledgements, BriefingRoomPresence } from './briefing.types.js';
import { acknowledgementCounts, presenceCounts } from './briefing-counts.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';
import { BriefingUpvote } from './briefing-upvote.entity.js';

type QuestionPage = { order: QuestionOrder; status?: QuestionStatus[]; first: number; after?: string };

/** Who attends any briefing, whatever its markets. */
const ALWAYS_ATTEND: readonly Role[] = [...QA_ROLES, Role.POLICY_OWNER];

/**
 * Briefings and their Q&A. Attendees are the users of the audience markets, QA roles,
 * policy owners and admins; to anyone else a briefing and its questions do not exist
 * (NOT_FOUND). The presenter (or an admin) drives the briefing and moderates the thread.
 *
 * Races are settled with row locks: writes to the thread take the briefing row FOR SHARE
 * and the question row FOR UPDATE; start, end and close take the briefing FOR UPDATE, so
 * a question either commits before the thread closes or sees it closed. Events are
 * published only after the transaction commits.
 */
export class BriefingService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: AppDeps,
    private readonly viewer: Viewer | null,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  // ---- who may do what ----

  /** The presenter, or any admin. */
  canPresent(briefing: Briefing): boolean {
    const me = this.me;
    return me.role === Role.ADMIN || briefing.presenter.id === me.id;
  }

  private async canAttend(briefing: Briefing, em: EntityManager = this.em): Promise<boolean> {
    const me = this.me;
    if (ALWAYS_ATTEND.includes(me.role) || briefing.presenter.id === me.id) return true;
    const rows = await em.execute(
      'select 1 from briefing_audience_markets where briefing_id = ? and market_id = ? limit 1',
      [briefing.id, me.marketId],
    );
    return rows.length > 0;
  }

  /** Hidden questions exist only for the presenter, admins and their author. */
  private canSeeQuestion(briefing: Briefing, question: BriefingQuestion): boolean {
    return !question.hidden || this.canPresent(briefing) || question.author.id === this.me.id;
  }

  // ---- reading ----

  async briefing(id: string, em: EntityManager = this.em, lock?: LockMode): Promise<Briefing> {
    const briefing = await em.findOne(Briefing, id, lock ? { lockMode: lock } : {});
    if (!briefing || !(await this.canAttend(briefing, em))) throw notFound('Briefing', id);
    return briefing;
  }

  /** At most `first`: the live and upcoming ones first (soonest first), then the past (latest first). */
  async briefings(status: BriefingStatus | undefined, first: number): Promise<Briefing[]> {
    const me = this.me;
    const mayAttendAll = ALWAYS_ATTEND.includes(me.role);
    const attendable = mayAttendAll ? {} : { $or: [{ presenter: me.id }, { audienceMarkets: me.marketId }] };
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
    if (!(await this.canAttend(briefing)) || !this.canSeeQuestion(briefing, question)) throw notFound('Question', id);
    return question;
  }

  async questions(briefing: Briefing, page: QuestionPage): Promise<Connection<BriefingQuestion>> {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > 200) {
      throw badInput('Ask for 1 to 200 questions at a time (`first`).');
    }
    const visible = this.canPresent(briefing) ? {} : { $or: [{ hidden: false }, { author: this.me.id }] };
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
        throw badInput('That cursor is not valid: load the list again.');
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
    return this.deps.briefings.subscribe(briefingId, this.me.id);
  }

  // ---- authors, as the viewer may see them ----

  /** The vendor of a user (null: platform staff), batched. */
  private async vendorOf(user: User): Promise<string | null> {
    const loaded = await loadRef(user);
    if (!loaded.team) return null;
    const team = await loadRef(loaded.team);
    return team.vendor?.id ?? null;
  }

  /**
   * Whether the viewer sees who wrote something in a question's thread: their own
   * always; the anonymous asker's only as presenter or admin; others' unless they are of
   * another vendor.
   */
  private async mayIdentify(question: BriefingQuestion, author: User): Promise<boolean> {
    const me = this.me;
    if (author.id === me.id) return true;
    const briefing = await loadRef(question.briefing);
    if (question.anonymous && question.author.id === author.id && !this.canPresent(briefing)) return false;
    return mayName(me, await this.vendorOf(author));
  }

  private anonymousTo(question: BriefingQuestion, briefing: Briefing): boolean {
    return question.anonymous && question.author.id !== this.me.id && !this.canPresent(briefing);
  }

  async authorOf(question: BriefingQuestion): Promise<User | null> {
    return (await this.mayIdentify(question, question.author)) ? loadRef(question.author) : null;
  }

  async authorMarketOf(question: BriefingQuestion): Promise<Market | null> {
    const briefing = await loadRef(question.briefing);
    return this.anonymousTo(question, briefing) ? null : loadRef(question.authorMarket);
  }

  async replyAuthorOf(reply: BriefingReply): Promise<User | null> {
    const question = await loadRef(reply.question);
    return (await this.mayIdentify(question, reply.author)) ? loadRef(reply.author) : null;
  }

  async replyAuthorMarketOf(reply: BriefingReply): Promise<Market | null> {
    const question = await loadRef(reply.question);
    const briefing = await loadRef(question.briefing);
    const anonymous = reply.author.id === question.author.id && this.anonymousTo(question, briefing);
    return anonymous ? null : loadRef(reply.authorMarket);
  }

  async isByAsker(reply: BriefingReply): Promise<boolean> {
    return (await loadRef(reply.question)).author.id === reply.author.id;
  }

  async isByPresenter(reply: BriefingReply): Promise<boolean> {
    const question = await loadRef(reply.question);
    return (await loadRef(question.briefing)).presenter.id === reply.author.id;
  }

  async isOfficial(reply: BriefingReply): Promise<boolean> {
    return (await loadRef(reply.question)).officialAnswer?.id === reply.id;
  }

  private readonly myUpvotes = new DataLoader<string, boolean>(async (questionIds) => {
    const found = await this.em.find(BriefingUpvote, { user: this.me.id, question: { $in: [...questionIds] } });
    const upvoted = new Set(found.map((u) => u.question.id));
    return questionIds.map((id) => upvoted.has(id));
  });

  upvotedByMe(question: BriefingQuestion): Promise<boolean> {
    return this.myUpvotes.load(question.id);
  }

  private readonly repliesByQuestion = new DataLoader<string, BriefingReply[]>(async (questionIds) => {
    const me = this.me;
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

  // ---- the briefing's life ----

  async schedule(input: ScheduleBriefingInput) {
    const me = this.me;
    const presenterId = input.presenterId ?? me.id;
    if (presenterId !== me.id && me.role !== Role.ADMIN) {
      throw forbidden('Only an admin schedules a briefing for another presenter.');
    }
    const presenter = await this.em.findOne(User, { id: presenterId, active: true });
    if (!presenter) throw notFound('User', presenterId);
    if (presenter.role !== Role.POLICY_OWNER && presenter.role !== Role.ADMIN) {
      throw badInput(`${presenter.name} cannot present: a briefing's presenter is a policy owner (or an admin).`);
    }
    const version = await this.em.findOne(PolicyVersion, input.policyVersionId, { populate: ['policy'] });
    if (!version) throw notFound('Policy version', input.policyVersionId);
    if (version.status !== PolicyVersionStatus.PUBLISHED) {
      throw conflict(
        `Version ${version.number} of "${version.policy.key}" is ${version.status.toLowerCase()}: brief a published version.`,
      );
    }
    const markets = await this.em.find(Market, { id: { $in: input.marketIds } });
    if (markets.length !== input.marketIds.length) {
      const missing = input.marketIds.filter((id) => !markets.some((m) => m.id === id));
      throw badInput(`Unknown market(s): ${missing.join(', ')}.`);
    }
    const briefing = this.em.create(Briefing, {
      title: input.title.trim(),
      policyVersion: version,
      presenter,
      scheduledAt: input.scheduledAt,
      notes: input.notes ?? '',
    });
    briefing.audienceMarkets.set(markets);
    await this.em.flush();
    return { briefing };
  }

  async update(input: UpdateBriefingInput) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.lockToPresent(tx, input.briefingId);
      if (briefing.threadClosedAt) throw conflict('This briefing is closed: it can no longer change.');
      // Omitted or null: unchanged (null reached .trim() and NOT NULL columns as a 500).
      const setUp = input.title != null || input.scheduledAt != null || input.marketIds != null;
      if (setUp && briefing.status !== BriefingStatus.SCHEDULED) {
        throw conflict(`The briefing is ${briefing.status.toLowerCase()}: only its notes can change now.`);
      }
      if (input.marketIds != null) {
        const markets = await tx.find(Market, { id: { $in: input.marketIds } });
        if (markets.length !== input.marketIds.length) throw badInput('Some of those markets do not exist.');
        await briefing.audienceMarkets.init();
        briefing.audienceMarkets.set(markets);
      }
      if (input.title != null) briefing.title = input.title.trim();
      if (input.scheduledAt != null) briefing.scheduledAt = input.scheduledAt;
      if (input.notes !== undefined) briefing.notes = input.notes ?? '';
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'updated' });
    return { briefing };
  }

  async start(briefingId: string) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.lockToPresent(tx, briefingId);
      if (briefing.status !== BriefingStatus.SCHEDULED) {
        throw conflict(`The briefing is ${briefing.status.toLowerCase()}: only a scheduled briefing starts.`);
      }
      briefing.status = BriefingStatus.LIVE;
      briefing.startedAt = new Date();
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'started' });
    return { briefing };
  }

  async end(briefingId: string) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.lockToPresent(tx, briefingId);
      if (briefing.status !== BriefingStatus.LIVE) {
        throw conflict(`The briefing is ${briefing.status.toLowerCase()}: only a live briefing ends.`);
      }
      briefing.status = BriefingStatus.ENDED;
      briefing.endedAt = new Date();
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'ended' });
    return { briefing };
  }

  async closeThread(briefingId: string) {
    const briefing = await this.em.transactional(async (tx) => {
      const briefing = await this.lockToPresent(tx, briefingId);
      if (briefing.status !== BriefingStatus.ENDED) {
        throw conflict('End the briefing first: its thread stays open for follow-up until you close it.');
      }
      if (briefing.threadClosedAt) throw conflict('The thread is already closed.');
      briefing.threadClosedAt = new Date();
      return briefing;
    });
    await this.deps.bus.publish('briefing', briefing.id, { kind: 'threadClosed' });
    return { briefing };
  }

  /** The briefing FOR UPDATE, after checking the viewer attends (NOT_FOUND) and presents it (FORBIDDEN). */
  private async lockToPresent(tx: EntityManager, briefingId: string): Promise<Briefing> {
    const briefing = await this.briefing(briefingId, tx, LockMode.PESSIMISTIC_WRITE);
    if (!this.canPresent(briefing)) throw forbidden('Only the presenter of this briefing (or an admin) does that.');
    return briefing;
  }

  async acknowledge(briefingId: string) {
    const briefing = await this.briefing(briefingId);
    const { acknowledgement } = await new PolicyService(this.em, this.viewer).acknowledge(briefing.policyVersion.id);
    this.deps.briefings.acknowledged(briefing.id);
    return { briefing, acknowledgement };
  }

  // ---- the thread ----

  async ask(input: AskBriefingQuestionInput) {
    const me = this.me;
    assertText(input.text, 'question');
    const question = await this.em.transactional(async (tx) => {
      const briefing = await this.briefing(input.briefingId, tx, LockMode.PESSIMISTIC_READ);
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
      await this.deps.questionLimiter.consume(this.me.id);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      throw new DomainError('RATE_LIMITED', `Too many questions in a minute: try again in ${seconds} s.`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  async upvote(questionId: string) {
    const me = this.me;
    const question = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.lockQuestion(tx, questionId);
      assertThreadOpen(briefing, 'upvote');
      if (question.author.id === me.id) throw conflict('You cannot upvote your own question.');
      if (question.status === QuestionStatus.DISMISSED)
        throw conflict('This question was dismissed: it takes no upvotes.');
      const inserted = await tx.execute(
        `insert into briefing_upvote (id, created_at, updated_at, question_id, user_id)
         values (gen_random_uuid(), now(), now(), ?, ?) on conflict (question_id, user_id) do nothing returning id`,
        [question.id, me.id],
      );
      if (inserted.length === 0) throw conflict('You have already upvoted this question.');
      question.upvoteCount += 1;
      return question;
    });
    this.deps.briefings.upvotes.touch({ briefingId: question.briefing.id, questionId: question.id });
    return { question };
  }

  async removeUpvote(questionId: string) {
    const me = this.me;
    const question = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.lockQuestion(tx, questionId);
      assertThreadOpen(briefing, 'change upvotes');
      const removed = await tx.execute(
        'delete from briefing_upvote where question_id = ? and user_id = ? returning id',
        [question.id, me.id],
      );
      if (removed.length === 0) throw conflict('You have not upvoted this question.');
      question.upvoteCount -= 1;
      return question;
    });
    this.deps.briefings.upvotes.touch({ briefingId: question.briefing.id, questionId: question.id });
    return { question };
  }

  async reply(input: ReplyToBriefingQuestionInput) {
    const me = this.me;
    assertText(input.text, 'reply');
    const { reply, question } = await this.em.transactional(async (tx) => {
      const { question, briefing } = await this.lockQuestion(tx, input.questionId);
      assertThreadOpen(briefing, 'reply');
      if (input.official && !this.canPresent(briefing)) {
        throw forbidden('Only the presenter of this briefing marks an official answer.');
      }
      if (question.status === QuestionStatus.DISMISSED)
        throw conflict('This question was dismissed: it takes no replies.');
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

  async setOfficialAnswer(input: SetBriefingOfficialAnswerInput) {
    return this.moderate(input.questionId, { whenClosed: 'refuse' }, async (question, tx) => {
      if (question.status === QuestionStatus.DISMISSED) throw conflict('Reopen the question before answering it.');
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
        throw conflict('A dismissed question cannot be pinned.');
      if (question.pinned === input.pinned)
        throw conflict(`The question is already ${input.pinned ? '' : 'un'}pinned.`);
      question.pinned = input.pinned;
    });
  }

  async markAnswered(questionId: string) {
    return this.moderate(questionId, { whenClosed: 'refuse' }, (question) => {
      if (question.status !== QuestionStatus.OPEN) {
        throw conflict(`The question is ${question.status.toLowerCase()}, not open.`);
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
      if (question.status === QuestionStatus.OPEN && !question.hidden) throw conflict('The question is already open.');
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
    if (input.hidden && !input.reason) throw badInput('Give a reason for hiding the reply.');
    if (input.reason !== undefined) assertText(input.reason, 'reason');
    const { question, changed: reply } = await this.moderate(
      await this.questionIdOfReply(input.replyId),
      { whenClosed: 'allow', notice: 'none' },
      async (question, tx) => {
        const reply = await tx.findOneOrFail(BriefingReply, { id: input.replyId, question });
        if (reply.hidden === input.hidden) {
          throw conflict(`The reply is already ${input.hidden ? 'hidden' : 'shown'}.`);
        }
        if (input.hidden && question.officialAnswer?.id === reply.id) {
          throw conflict('This reply is the official answer: choose another answer before hiding it.');
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
          throw conflict('Only an answered question is promoted to the FAQ: answer it first.');
        }
        if (question.faqEntry) throw conflict("This question is already in the version's FAQ.");
        const official = question.officialAnswer ? await loadRef(question.officialAnswer) : null;
        const answer = input.answer ?? official?.text;
        if (!answer?.trim()) throw badInput('This question has no official answer: write the answer for the FAQ.');
        const added = await new PolicyService(tx, this.viewer).addFaqEntry(briefing.policyVersion.id, {
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
      const { question, briefing } = await this.lockQuestion(tx, questionId);
      if (!this.canPresent(briefing)) throw forbidden('Only the presenter of this briefing (or an admin) does that.');
      if (options.whenClosed === 'refuse') assertThreadOpen(briefing, 'change questions');
      return { question, changed: await change(question, tx, briefing) };
    });
    if (options.notice !== 'none') {
      await this.deps.bus.publish('briefing', question.briefing.id, { kind: 'status', questionId: question.id });
    }
    return { question, changed };
  }

  /** The question FOR UPDATE and its briefing FOR SHARE, as far as the viewer may see them. */
  private async lockQuestion(tx: EntityManager, questionId: string) {
    const [row] = await tx.execute<{ briefing_id: string }[]>(
      'select briefing_id from briefing_question where id = ?',
      [questionId],
    );
    if (!row) throw notFound('Question', questionId);
    const briefing = await tx
      .findOne(Briefing, row.briefing_id, { lockMode: LockMode.PESSIMISTIC_READ })
      .then(async (b) => (b && (await this.canAttend(b, tx)) ? b : null));
    const question = briefing
      ? await tx.findOne(BriefingQuestion, questionId, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!briefing || !question || !this.canSeeQuestion(briefing, question)) throw notFound('Question', questionId);
    return { question, briefing };
  }
}

function assertText(text: string, what: 'question' | 'reply' | 'reason') {
  if (text.trim() === '') throw badInput(`Write a ${what}: it cannot be empty or only spaces.`);
}

function assertThreadOpen(briefing: Briefing, verb: string) {
  if (briefing.threadClosedAt) {
    throw conflict(`The presenter has closed this briefing's thread: you can no longer ${verb} here.`);
  }
}

function markAnswered(question: BriefingQuestion, official: BriefingReply | null) {
  if (official) question.officialAnswer = official;
  if (question.status !== QuestionStatus.ANSWERED) {
    question.status = QuestionStatus.ANSWERED;
    question.answeredAt = new Date();
  }
}
