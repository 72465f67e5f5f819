import { Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { BriefingContext } from './briefing.resolver.js';
import { loadRef } from '../shared/load.js';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { FaqEntry } from '../policy/faq-entry.entity.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';

// The fields of questions and replies that depend on the viewer (authors, upvotes, hidden replies).

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
  author(@Root() question: BriefingQuestion, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.authorOf(question);
  }

  @FieldResolver(() => Market, {
    nullable: true,
    description: "The asker's market; null when anonymous to the viewer.",
  })
  authorMarket(@Root() question: BriefingQuestion, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.authorMarketOf(question);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer asked it.' })
  mine(@Root() question: BriefingQuestion, @Ctx() ctx: BriefingContext) {
    return question.author.id === ctx.viewer?.id;
  }

  @FieldResolver(() => Boolean)
  upvotedByMe(@Root() question: BriefingQuestion, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.upvotedByMe(question);
  }

  @FieldResolver(() => [BriefingReply], { description: 'Oldest first.' })
  replies(@Root() question: BriefingQuestion, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.repliesOf(question);
  }

  @FieldResolver(() => Int)
  replyCount(@Root() question: BriefingQuestion, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.replyCountOf(question);
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
  hiddenReason(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.hiddenReasonOf(reply);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Null when the author is of another vendor, or is the asker of an anonymous question (their replies stay anonymous).',
  })
  author(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.replyAuthorOf(reply);
  }

  @FieldResolver(() => Market, { nullable: true, description: 'Null when the reply is anonymous to the viewer.' })
  authorMarket(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.replyAuthorMarketOf(reply);
  }

  @FieldResolver(() => Boolean, { description: 'Written by whoever asked the question.' })
  byAsker(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.isByAsker(reply);
  }

  @FieldResolver(() => Boolean, { description: 'Written by the presenter of the briefing.' })
  byPresenter(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.isByPresenter(reply);
  }

  @FieldResolver(() => Boolean)
  official(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.authors.isOfficial(reply);
  }

  @FieldResolver(() => Boolean)
  mine(@Root() reply: BriefingReply, @Ctx() ctx: BriefingContext) {
    return reply.author.id === ctx.viewer?.id;
  }
}
