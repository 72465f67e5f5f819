import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../app/context.js';
import { capped, firstArg, take } from '../../app/limits.js';
import { loadRef } from '../../app/load.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { FaqEntry } from '../policy/faq-entry.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { BriefingStatus, QuestionOrder, QuestionStatus } from './briefing.enums.js';
import { Briefing } from './briefing.entity.js';
import {
  AcknowledgeBriefingVersionInput,
  AskBriefingQuestionInput,
  CloseBriefingThreadInput,
  DismissBriefingQuestionInput,
  EndBriefingInput,
  MarkBriefingQuestionAnsweredInput,
  PinBriefingQuestionInput,
  PromoteBriefingQuestionInput,
  RemoveBriefingUpvoteInput,
  ReopenBriefingQuestionInput,
  ReplyToBriefingQuestionInput,
  ScheduleBriefingInput,
  SetBriefingOfficialAnswerInput,
  SetBriefingReplyHiddenInput,
  StartBriefingInput,
  UpdateBriefingInput,
  UpvoteBriefingQuestionInput,
} from './briefing.inputs.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';
import {
  AcknowledgeBriefingVersionPayload,
  AskBriefingQuestionPayload,
  BriefingAcknowledgements,
  BriefingEvent,
  type BriefingEventValue,
  BriefingQuestionConnection,
  BriefingRoomPresence,
  CloseBriefingThreadPayload,
  DismissBriefingQuestionPayload,
  EndBriefingPayload,
  MarkBriefingQuestionAnsweredPayload,
  PinBriefingQuestionPayload,
  PromoteBriefingQuestionPayload,
  RemoveBriefingUpvotePayload,
  ReopenBriefingQuestionPayload,
  ReplyToBriefingQuestionPayload,
  ScheduleBriefingPayload,
  SetBriefingOfficialAnswerPayload,
  SetBriefingReplyHiddenPayload,
  StartBriefingPayload,
  UpdateBriefingPayload,
  UpvoteBriefingQuestionPayload,
} from './briefing.types.js';

/** Who may schedule and present; the service checks that the viewer presents this briefing. */
const PRESENTERS = [Role.POLICY_OWNER, Role.ADMIN];

@Resolver(() => Briefing)
export class BriefingResolver {
  @Authorized()
  @Query(() => Briefing, { description: 'One briefing the viewer may attend; NOT_FOUND otherwise.' })
  briefing(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.briefing.briefing(id);
  }

  @Authorized()
  @Query(() => [Briefing], {
    description: capped('Briefings the viewer may attend: live first, then upcoming (soonest first), then past.'),
  })
  briefings(
    @Arg('status', () => BriefingStatus, { nullable: true }) status: BriefingStatus | undefined,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.briefings(status, take(first));
  }

  @Authorized()
  @Query(() => BriefingQuestion, { description: 'One question with what the viewer may see of its author.' })
  briefingQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.briefing.question(id);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => ScheduleBriefingPayload)
  scheduleBriefing(@Arg('input', () => ScheduleBriefingInput) input: ScheduleBriefingInput, @Ctx() ctx: Context) {
    return ctx.services.briefing.schedule(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => UpdateBriefingPayload, { description: 'Presenter: notes any time before the thread closes.' })
  updateBriefing(@Arg('input', () => UpdateBriefingInput) input: UpdateBriefingInput, @Ctx() ctx: Context) {
    return ctx.services.briefing.update(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => StartBriefingPayload, { description: 'scheduled → live. Presenter.' })
  startBriefing(@Arg('input', () => StartBriefingInput) input: StartBriefingInput, @Ctx() ctx: Context) {
    return ctx.services.briefing.start(input.briefingId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => EndBriefingPayload, { description: 'live → ended; questions stay open for follow-up. Presenter.' })
  endBriefing(@Arg('input', () => EndBriefingInput) input: EndBriefingInput, @Ctx() ctx: Context) {
    return ctx.services.briefing.end(input.briefingId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => CloseBriefingThreadPayload, {
    description: 'After the end: no more questions, replies or upvotes. Presenter.',
  })
  closeBriefingThread(
    @Arg('input', () => CloseBriefingThreadInput) input: CloseBriefingThreadInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.closeThread(input.briefingId);
  }

  @Authorized()
  @Mutation(() => AcknowledgeBriefingVersionPayload, {
    description: 'Acknowledges the presented version from the room (as `acknowledgePolicyVersion`).',
  })
  acknowledgeBriefingVersion(
    @Arg('input', () => AcknowledgeBriefingVersionInput) input: AcknowledgeBriefingVersionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.acknowledge(input.briefingId);
  }

  @Authorized()
  @Mutation(() => AskBriefingQuestionPayload, { description: 'Rate limited per user per minute (RATE_LIMITED).' })
  askBriefingQuestion(
    @Arg('input', () => AskBriefingQuestionInput) input: AskBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.ask(input);
  }

  @Authorized()
  @Mutation(() => UpvoteBriefingQuestionPayload, {
    description: 'One upvote per user and question (twice: CONFLICT); not your own question.',
  })
  upvoteBriefingQuestion(
    @Arg('input', () => UpvoteBriefingQuestionInput) input: UpvoteBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.upvote(input.questionId);
  }

  @Authorized()
  @Mutation(() => RemoveBriefingUpvotePayload)
  removeBriefingUpvote(
    @Arg('input', () => RemoveBriefingUpvoteInput) input: RemoveBriefingUpvoteInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.removeUpvote(input.questionId);
  }

  @Authorized()
  @Mutation(() => ReplyToBriefingQuestionPayload)
  replyToBriefingQuestion(
    @Arg('input', () => ReplyToBriefingQuestionInput) input: ReplyToBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.reply(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => SetBriefingOfficialAnswerPayload, {
    description: 'Presenter: marks a reply (any, or their own) as the official answer; the question becomes answered.',
  })
  setBriefingOfficialAnswer(
    @Arg('input', () => SetBriefingOfficialAnswerInput) input: SetBriefingOfficialAnswerInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.setOfficialAnswer(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => PinBriefingQuestionPayload, { description: 'Presenter: pins or unpins.' })
  pinBriefingQuestion(
    @Arg('input', () => PinBriefingQuestionInput) input: PinBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.pin(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => MarkBriefingQuestionAnsweredPayload, { description: 'Presenter: open → answered.' })
  markBriefingQuestionAnswered(
    @Arg('input', () => MarkBriefingQuestionAnsweredInput) input: MarkBriefingQuestionAnsweredInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.markAnswered(input.questionId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => DismissBriefingQuestionPayload, {
    description: 'Presenter: dismisses with a reason, optionally hiding it.',
  })
  dismissBriefingQuestion(
    @Arg('input', () => DismissBriefingQuestionInput) input: DismissBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.dismiss(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => SetBriefingReplyHiddenPayload, {
    description: 'Presenter: hides a reply from attendees with a reason (abusive or off-topic), or shows it again.',
  })
  setBriefingReplyHidden(
    @Arg('input', () => SetBriefingReplyHiddenInput) input: SetBriefingReplyHiddenInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.setReplyHidden(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => ReopenBriefingQuestionPayload, { description: 'Presenter: back to open and visible (undo).' })
  reopenBriefingQuestion(
    @Arg('input', () => ReopenBriefingQuestionInput) input: ReopenBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.reopen(input.questionId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => PromoteBriefingQuestionPayload, {
    description: "Presenter: adds an answered question and its answer to the presented version's FAQ, once.",
  })
  promoteBriefingQuestionToFaq(
    @Arg('input', () => PromoteBriefingQuestionInput) input: PromoteBriefingQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.promote(input);
  }

  @Authorized()
  @Subscription(() => BriefingEvent, {
    description:
      'Live events of one briefing: the same for every viewer. Viewer-specific fields (authors, my upvote) come from queries.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      await ctx.services.briefing.briefing(args.briefingId as string); // NOT_FOUND unless the viewer may attend
      return ctx.services.briefing.live(args.briefingId as string);
    },
  })
  briefingEvents(
    @Arg('briefingId', () => ID) _briefingId: string,
    @Root() event: BriefingEventValue,
  ): BriefingEventValue {
    return event;
  }

  @FieldResolver(() => PolicyVersion)
  policyVersion(@Root() briefing: Briefing) {
    return loadRef(briefing.policyVersion);
  }

  @FieldResolver(() => User)
  presenter(@Root() briefing: Briefing) {
    return loadRef(briefing.presenter);
  }

  @FieldResolver(() => [Market])
  async audienceMarkets(@Root() briefing: Briefing) {
    const markets = (await briefing.audienceMarkets.load({ dataloader: true })).getItems();
    return [...markets].sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => Boolean)
  threadClosed(@Root() briefing: Briefing) {
    return briefing.threadClosedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer presents it (the presenter, or an admin).' })
  canPresent(@Root() briefing: Briefing, @Ctx() ctx: Context) {
    return ctx.services.briefing.canPresent(briefing);
  }

  @FieldResolver(() => BriefingQuestionConnection, {
    description: 'Questions the viewer may see (hidden ones only to the presenter, admins and their author).',
  })
  questions(
    @Root() briefing: Briefing,
    @Arg('order', () => QuestionOrder, { defaultValue: QuestionOrder.TOP }) order: QuestionOrder,
    @Arg('status', () => [QuestionStatus], { nullable: true }) status: QuestionStatus[] | undefined,
    @Arg('first', () => Int, { defaultValue: 100, description: '1 to 200.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.briefing.questions(briefing, { order, status, first, after });
  }

  @FieldResolver(() => BriefingRoomPresence, { description: 'Who is in the room now, by market.' })
  presence(@Root() briefing: Briefing, @Ctx() ctx: Context) {
    return ctx.services.briefing.presence(briefing.id);
  }

  @FieldResolver(() => BriefingAcknowledgements, {
    description: 'Acknowledgements of the presented version per audience market (counts).',
  })
  acknowledgements(@Root() briefing: Briefing, @Ctx() ctx: Context) {
    return ctx.services.briefing.acknowledgements(briefing.id);
  }
}

@Resolver(() => BriefingQuestion)
export class BriefingQuestionResolver {
  @FieldResolver(() => ID)
  briefingId(@Root() question: BriefingQuestion) {
    return question.briefing.id;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Null when the viewer may not see who asked: anonymous (except to the presenter, admins and the author) or of another vendor.',
  })
  author(@Root() question: BriefingQuestion, @Ctx() ctx: Context) {
    return ctx.services.briefing.authorOf(question);
  }

  @FieldResolver(() => Market, {
    nullable: true,
    description: "The asker's market; null when anonymous to the viewer.",
  })
  authorMarket(@Root() question: BriefingQuestion, @Ctx() ctx: Context) {
    return ctx.services.briefing.authorMarketOf(question);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer asked it.' })
  mine(@Root() question: BriefingQuestion, @Ctx() ctx: Context) {
    return question.author.id === ctx.viewer?.id;
  }

  @FieldResolver(() => Boolean)
  upvotedByMe(@Root() question: BriefingQuestion, @Ctx() ctx: Context) {
    return ctx.services.briefing.upvotedByMe(question);
  }

  @FieldResolver(() => [BriefingReply], { description: 'Oldest first.' })
  replies(@Root() question: BriefingQuestion, @Ctx() ctx: Context) {
    return ctx.services.briefing.repliesOf(question);
  }

  @FieldResolver(() => Int)
  replyCount(@Root() question: BriefingQuestion, @Ctx() ctx: Context) {
    return ctx.services.briefing.replyCountOf(question);
  }

  @FieldResolver(() => BriefingReply, { nullable: true })
  officialAnswer(@Root() question: BriefingQuestion) {
    return question.officialAnswer && loadRef(question.officialAnswer);
  }

  @FieldResolver(() => FaqEntry, { nullable: true, description: 'The FAQ entry it was promoted to.' })
  faqEntry(@Root() question: BriefingQuestion) {
    return question.faqEntry && loadRef(question.faqEntry);
  }
}

@Resolver(() => BriefingReply)
export class BriefingReplyResolver {
  @FieldResolver(() => ID)
  questionId(@Root() reply: BriefingReply) {
    return reply.question.id;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the presenter hid it; null while shown.' })
  hiddenReason(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return ctx.services.briefing.hiddenReasonOf(reply);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Null when the author is of another vendor, or is the asker of an anonymous question (their replies stay anonymous).',
  })
  author(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return ctx.services.briefing.replyAuthorOf(reply);
  }

  @FieldResolver(() => Market, { nullable: true, description: 'Null when the reply is anonymous to the viewer.' })
  authorMarket(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return ctx.services.briefing.replyAuthorMarketOf(reply);
  }

  @FieldResolver(() => Boolean, { description: 'Written by whoever asked the question.' })
  byAsker(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return ctx.services.briefing.isByAsker(reply);
  }

  @FieldResolver(() => Boolean, { description: 'Written by the presenter of the briefing.' })
  byPresenter(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return ctx.services.briefing.isByPresenter(reply);
  }

  @FieldResolver(() => Boolean)
  official(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return ctx.services.briefing.isOfficial(reply);
  }

  @FieldResolver(() => Boolean)
  mine(@Root() reply: BriefingReply, @Ctx() ctx: Context) {
    return reply.author.id === ctx.viewer?.id;
  }
}
