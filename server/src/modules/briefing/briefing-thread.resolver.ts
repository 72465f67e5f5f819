import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { BriefingContext } from './briefing.resolver.js';
import { PRESENTERS } from './briefing-roles.js';
import {
  AskBriefingQuestionInput,
  DismissBriefingQuestionInput,
  MarkBriefingQuestionAnsweredInput,
  PinBriefingQuestionInput,
  PromoteBriefingQuestionInput,
  RemoveBriefingUpvoteInput,
  ReopenBriefingQuestionInput,
  ReplyToBriefingQuestionInput,
  SetBriefingOfficialAnswerInput,
  SetBriefingReplyHiddenInput,
  UpvoteBriefingQuestionInput,
} from './briefing.inputs.js';
import {
  AskBriefingQuestionPayload,
  DismissBriefingQuestionPayload,
  MarkBriefingQuestionAnsweredPayload,
  PinBriefingQuestionPayload,
  PromoteBriefingQuestionPayload,
  RemoveBriefingUpvotePayload,
  ReopenBriefingQuestionPayload,
  ReplyToBriefingQuestionPayload,
  SetBriefingOfficialAnswerPayload,
  SetBriefingReplyHiddenPayload,
  UpvoteBriefingQuestionPayload,
} from './briefing.types.js';

/** The thread's mutations: attendees ask, upvote and reply; the presenter moderates. */
@Resolver()
export class BriefingThreadResolver {
  @Authorized()
  @Mutation(() => AskBriefingQuestionPayload, { description: 'Rate limited per user per minute (RATE_LIMITED).' })
  askBriefingQuestion(
    @Arg('input', () => AskBriefingQuestionInput) input: AskBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.thread.ask(input);
  }

  @Authorized()
  @Mutation(() => UpvoteBriefingQuestionPayload, {
    description: 'One upvote per user and question (twice: CONFLICT); not your own question.',
  })
  upvoteBriefingQuestion(
    @Arg('input', () => UpvoteBriefingQuestionInput) input: UpvoteBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.thread.upvote(input.questionId);
  }

  @Authorized()
  @Mutation(() => RemoveBriefingUpvotePayload)
  removeBriefingUpvote(
    @Arg('input', () => RemoveBriefingUpvoteInput) input: RemoveBriefingUpvoteInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.thread.removeUpvote(input.questionId);
  }

  @Authorized()
  @Mutation(() => ReplyToBriefingQuestionPayload)
  replyToBriefingQuestion(
    @Arg('input', () => ReplyToBriefingQuestionInput) input: ReplyToBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.thread.reply(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => SetBriefingOfficialAnswerPayload, {
    description: 'Presenter: marks a reply (any, or their own) as the official answer; the question becomes answered.',
  })
  setBriefingOfficialAnswer(
    @Arg('input', () => SetBriefingOfficialAnswerInput) input: SetBriefingOfficialAnswerInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.setOfficialAnswer(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => PinBriefingQuestionPayload, { description: 'Presenter: pins or unpins.' })
  pinBriefingQuestion(
    @Arg('input', () => PinBriefingQuestionInput) input: PinBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.pin(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => MarkBriefingQuestionAnsweredPayload, { description: 'Presenter: open → answered.' })
  markBriefingQuestionAnswered(
    @Arg('input', () => MarkBriefingQuestionAnsweredInput) input: MarkBriefingQuestionAnsweredInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.markAnswered(input.questionId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => DismissBriefingQuestionPayload, {
    description: 'Presenter: dismisses with a reason, optionally hiding it.',
  })
  dismissBriefingQuestion(
    @Arg('input', () => DismissBriefingQuestionInput) input: DismissBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.dismiss(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => SetBriefingReplyHiddenPayload, {
    description: 'Presenter: hides a reply from attendees with a reason (abusive or off-topic), or shows it again.',
  })
  setBriefingReplyHidden(
    @Arg('input', () => SetBriefingReplyHiddenInput) input: SetBriefingReplyHiddenInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.setReplyHidden(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => ReopenBriefingQuestionPayload, { description: 'Presenter: back to open and visible (undo).' })
  reopenBriefingQuestion(
    @Arg('input', () => ReopenBriefingQuestionInput) input: ReopenBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.reopen(input.questionId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => PromoteBriefingQuestionPayload, {
    description: "Presenter: adds an answered question and its answer to the presented version's FAQ, once.",
  })
  promoteBriefingQuestionToFaq(
    @Arg('input', () => PromoteBriefingQuestionInput) input: PromoteBriefingQuestionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.moderation.promote(input);
  }
}
