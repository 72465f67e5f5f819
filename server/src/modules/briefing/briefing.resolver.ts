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
import type { RequestContext } from '../shared/context.js';
import type { BriefingService } from './briefing.service.js';
import { capped, firstArg, take } from '../shared/list-cap.js';
import { loadRef } from '../shared/load.js';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { PRESENTERS } from './briefing-roles.js';
import { BriefingStatus, QuestionOrder, QuestionStatus } from './briefing.enums.js';
import { Briefing } from './briefing.entity.js';
import {
  AcknowledgeBriefingVersionInput,
  CloseBriefingThreadInput,
  EndBriefingInput,
  ScheduleBriefingInput,
  StartBriefingInput,
  UpdateBriefingInput,
} from './briefing.inputs.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import {
  AcknowledgeBriefingVersionPayload,
  BriefingAcknowledgements,
  BriefingEvent,
  type BriefingEventValue,
  BriefingQuestionConnection,
  BriefingRoomPresence,
  CloseBriefingThreadPayload,
  EndBriefingPayload,
  ScheduleBriefingPayload,
  StartBriefingPayload,
  UpdateBriefingPayload,
} from './briefing.types.js';

/** What the briefing resolvers (this file's, briefing-question's and briefing-thread's) read from the request's context (`ctx.services.*`); the module declares it. */
export type BriefingContext = RequestContext<{ briefing: BriefingService }>;

// Briefings: reading them, their life, their live events and their fields. The thread's
// mutations are in briefing-thread.resolver.ts, questions' and replies' fields in
// briefing-question.resolver.ts.

@Resolver(() => Briefing)
export class BriefingResolver {
  @Authorized()
  @Query(() => Briefing, { description: 'One briefing the viewer may attend; NOT_FOUND otherwise.' })
  briefing(@Arg('id', () => ID) id: string, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.briefing(id);
  }

  @Authorized()
  @Query(() => [Briefing], {
    description: capped('Briefings the viewer may attend: live first, then upcoming (soonest first), then past.'),
  })
  briefings(
    @Arg('status', () => BriefingStatus, { nullable: true }) status: BriefingStatus | undefined,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.queries.briefings(status, take(first));
  }

  @Authorized()
  @Query(() => BriefingQuestion, { description: 'One question with what the viewer may see of its author.' })
  briefingQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.question(id);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => ScheduleBriefingPayload)
  scheduleBriefing(
    @Arg('input', () => ScheduleBriefingInput) input: ScheduleBriefingInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.lifecycle.schedule(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => UpdateBriefingPayload, { description: 'Presenter: notes any time before the thread closes.' })
  updateBriefing(@Arg('input', () => UpdateBriefingInput) input: UpdateBriefingInput, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.lifecycle.update(input);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => StartBriefingPayload, { description: 'scheduled → live. Presenter.' })
  startBriefing(@Arg('input', () => StartBriefingInput) input: StartBriefingInput, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.lifecycle.start(input.briefingId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => EndBriefingPayload, { description: 'live → ended; questions stay open for follow-up. Presenter.' })
  endBriefing(@Arg('input', () => EndBriefingInput) input: EndBriefingInput, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.lifecycle.end(input.briefingId);
  }

  @Authorized(...PRESENTERS)
  @Mutation(() => CloseBriefingThreadPayload, {
    description: 'After the end: no more questions, replies or upvotes. Presenter.',
  })
  closeBriefingThread(
    @Arg('input', () => CloseBriefingThreadInput) input: CloseBriefingThreadInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.lifecycle.closeThread(input.briefingId);
  }

  @Authorized()
  @Mutation(() => AcknowledgeBriefingVersionPayload, {
    description: 'Acknowledges the presented version from the room (as `acknowledgePolicyVersion`).',
  })
  acknowledgeBriefingVersion(
    @Arg('input', () => AcknowledgeBriefingVersionInput) input: AcknowledgeBriefingVersionInput,
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.lifecycle.acknowledge(input.briefingId);
  }

  @Authorized()
  @Subscription(() => BriefingEvent, {
    description:
      'Live events of one briefing: the same for every viewer. Viewer-specific fields (authors, my upvote) come from queries.',
    subscribe: async ({ args, context }) => {
      const ctx = context as BriefingContext;
      await ctx.services.briefing.queries.briefing(args.briefingId as string); // NOT_FOUND unless the viewer may attend
      return ctx.services.briefing.queries.live(args.briefingId as string);
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
  canPresent(@Root() briefing: Briefing, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.access.canPresent(briefing);
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
    @Ctx() ctx: BriefingContext,
  ) {
    return ctx.services.briefing.queries.questions(briefing, { order, status, first, after });
  }

  @FieldResolver(() => BriefingRoomPresence, { description: 'Who is in the room now, by market.' })
  presence(@Root() briefing: Briefing, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.presence(briefing.id);
  }

  @FieldResolver(() => BriefingAcknowledgements, {
    description: 'Acknowledgements of the presented version per audience market (counts).',
  })
  acknowledgements(@Root() briefing: Briefing, @Ctx() ctx: BriefingContext) {
    return ctx.services.briefing.queries.acknowledgements(briefing.id);
  }
}
