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
import type { CalibrationService } from './calibration.service.js';
import type { GoldChallengeService } from './gold-challenge.service.js';
import { capped, firstArg, take } from '../shared/list-cap.js';
import { loadRef } from '../shared/load.js';
import { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { ItemState, SessionStatus } from './calibration.enums.js';
import {
  CastVoteInput,
  ChallengeGoldInput,
  CloseCalibrationSessionInput,
  CreateCalibrationSessionInput,
  OpenCalibrationItemInput,
  ResolveGoldChallengeInput,
  RevealCalibrationItemInput,
  SetCalibrationItemGoldInput,
  StartCalibrationSessionInput,
} from './calibration.inputs.js';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationParticipant } from './calibration-participant.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';
import {
  CalibrationResult,
  CastVotePayload,
  ChallengeGoldPayload,
  CloseCalibrationSessionPayload,
  CreateCalibrationSessionPayload,
  MyVote,
  OpenCalibrationItemPayload,
  ResolveGoldChallengePayload,
  RevealCalibrationItemPayload,
  RevealedVote,
  SessionEvent,
  type SessionEventValue,
  SetCalibrationItemGoldPayload,
  StartCalibrationSessionPayload,
  Tally,
} from './calibration.types.js';
import { GoldChallenge } from './gold-challenge.entity.js';

/** What the calibration resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type CalibrationContext = RequestContext<{
  calibration: CalibrationService;
  goldChallenge: GoldChallengeService;
}>;

const DRIVERS = [Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN];

@Resolver(() => CalibrationSession)
export class CalibrationSessionResolver {
  @Authorized()
  @Query(() => CalibrationSession, { description: 'One session, as the viewer may see it.' })
  calibrationSession(@Arg('id', () => ID) id: string, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.session(id);
  }

  @Authorized()
  @Query(() => [CalibrationSession], { description: capped('Sessions the viewer may see, newest first.') })
  calibrationSessions(
    @Arg('status', () => SessionStatus, { nullable: true }) status: SessionStatus | undefined,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: CalibrationContext,
  ) {
    return ctx.services.calibration.sessions(status, take(first));
  }

  @Authorized(...DRIVERS)
  @Mutation(() => CreateCalibrationSessionPayload)
  async createCalibrationSession(
    @Arg('input', () => CreateCalibrationSessionInput) input: CreateCalibrationSessionInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    return { session: await ctx.services.calibration.create(input) };
  }

  @Authorized(...DRIVERS)
  @Mutation(() => StartCalibrationSessionPayload, { description: 'scheduled → live. Facilitator or QA manager.' })
  async startCalibrationSession(
    @Arg('input', () => StartCalibrationSessionInput) input: StartCalibrationSessionInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    return { session: await ctx.services.calibration.start(input.sessionId) };
  }

  @Authorized(...DRIVERS)
  @Mutation(() => OpenCalibrationItemPayload, { description: 'pending → voting.' })
  async openCalibrationItem(
    @Arg('input', () => OpenCalibrationItemInput) input: OpenCalibrationItemInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    return { item: await ctx.services.calibration.openItem(input.itemId) };
  }

  @Authorized(...DRIVERS)
  @Mutation(() => RevealCalibrationItemPayload, {
    description: 'voting → revealed: shows the distribution, gold and rationales to all.',
  })
  async revealCalibrationItem(
    @Arg('input', () => RevealCalibrationItemInput) input: RevealCalibrationItemInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    return { item: await ctx.services.calibration.reveal(input.itemId) };
  }

  @Authorized(...DRIVERS)
  @Mutation(() => CloseCalibrationSessionPayload, {
    description:
      'live → closed. Computes and stores the result; votes committed before it count, later ones get CONFLICT.',
  })
  async closeCalibrationSession(
    @Arg('input', () => CloseCalibrationSessionInput) input: CloseCalibrationSessionInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    return { session: await ctx.services.calibration.close(input.sessionId) };
  }

  @Authorized()
  @Mutation(() => CastVotePayload, {
    description: 'One vote per participant and item, changeable until reveal; label null abstains.',
  })
  async castVote(@Arg('input', () => CastVoteInput) input: CastVoteInput, @Ctx() ctx: CalibrationContext) {
    return { vote: await ctx.services.calibration.castVote(input) };
  }

  @Authorized(Role.POLICY_OWNER, Role.ADMIN)
  @Mutation(() => SetCalibrationItemGoldPayload, { description: "Sets an item's expected label (policy owners)." })
  async setCalibrationItemGold(
    @Arg('input', () => SetCalibrationItemGoldInput) input: SetCalibrationItemGoldInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    return { item: await ctx.services.goldChallenge.setGold(input) };
  }

  @Authorized()
  @Mutation(() => ChallengeGoldPayload, { description: "A participant disputes a revealed item's gold." })
  async challengeGold(
    @Arg('input', () => ChallengeGoldInput) input: ChallengeGoldInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    const challenge = await ctx.services.goldChallenge.challengeGold(input);
    return { challenge, item: await loadRef(challenge.item) };
  }

  @Authorized(Role.POLICY_OWNER, Role.ADMIN)
  @Mutation(() => ResolveGoldChallengePayload, {
    description: 'Upholds the gold, or changes it (a closed session gets a new result version).',
  })
  async resolveGoldChallenge(
    @Arg('input', () => ResolveGoldChallengeInput) input: ResolveGoldChallengeInput,
    @Ctx() ctx: CalibrationContext,
  ) {
    const challenge = await ctx.services.goldChallenge.resolveChallenge(input);
    return { challenge, item: await loadRef(challenge.item) };
  }

  @Authorized()
  @Subscription(() => SessionEvent, {
    description:
      'Live events of one session: presence, item opened, tally, reveal, close. Reload with `calibrationSession` on a gap.',
    subscribe: async ({ args, context }) => {
      const ctx = context as CalibrationContext;
      await ctx.services.calibration.session(args.sessionId as string); // NOT_FOUND unless the viewer may see it
      return ctx.services.calibration.live(args.sessionId as string);
    },
  })
  sessionEvents(@Arg('sessionId', () => ID) _sessionId: string, @Root() event: SessionEventValue): SessionEventValue {
    return event;
  }

  @FieldResolver(() => PolicyVersion)
  policyVersion(@Root() session: CalibrationSession) {
    return loadRef(session.policyVersion);
  }

  @FieldResolver(() => User)
  facilitator(@Root() session: CalibrationSession) {
    return loadRef(session.facilitator);
  }

  @FieldResolver(() => [Market])
  async invitedMarkets(@Root() session: CalibrationSession) {
    return (await session.invitedMarkets.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [CalibrationParticipant])
  participants(@Root() session: CalibrationSession, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.participants(session);
  }

  @FieldResolver(() => [CalibrationItem])
  async items(@Root() session: CalibrationSession) {
    return (await session.items.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may start, open, reveal and close it.' })
  canDrive(@Root() session: CalibrationSession, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.access.canDrive(session);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer is an invited voter.' })
  isParticipant(@Root() session: CalibrationSession, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.access.isParticipant(session.id);
  }

  @FieldResolver(() => CalibrationResult, {
    nullable: true,
    description: 'The stored result (latest version unless asked).',
  })
  result(
    @Root() session: CalibrationSession,
    @Arg('version', () => Int, { nullable: true }) version: number | undefined,
    @Ctx() ctx: CalibrationContext,
  ) {
    return ctx.services.calibration.result(session.id, version);
  }

  @FieldResolver(() => [Int], { description: 'Every stored result version, oldest first.' })
  resultVersions(@Root() session: CalibrationSession, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.resultVersions(session.id);
  }
}

@Resolver(() => CalibrationItem)
export class CalibrationItemResolver {
  @FieldResolver(() => Case, {
    description:
      "The case. To its voters, before reveal, without the moderator's decision and moderator; before it is opened, without its content.",
  })
  async case(@Root() item: CalibrationItem, @Ctx() ctx: CalibrationContext) {
    const found = await loadRef(item.case);
    if (item.state !== ItemState.REVEALED && (await ctx.services.calibration.access.isParticipant(item.session.id))) {
      ctx.services.visibility.markBlind(found.id, item.state === ItemState.PENDING ? 'pending' : 'voting');
    }
    return found;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The expected label: for voters only after reveal.' })
  async gold(@Root() item: CalibrationItem, @Ctx() ctx: CalibrationContext) {
    return (await ctx.services.calibration.access.goldVisible(item)) ? item.goldLabel : null;
  }

  @FieldResolver(() => Tally, { description: 'Counts only while blind and unrevealed.' })
  tally(@Root() item: CalibrationItem, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.tally(item);
  }

  @FieldResolver(() => MyVote, { nullable: true })
  myVote(@Root() item: CalibrationItem, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.myVote(item);
  }

  @FieldResolver(() => [RevealedVote], { nullable: true, description: 'Every vote and rationale, after reveal.' })
  votes(@Root() item: CalibrationItem, @Ctx() ctx: CalibrationContext) {
    return ctx.services.calibration.revealedVotes(item);
  }

  @FieldResolver(() => [GoldChallenge])
  goldChallenges(@Root() item: CalibrationItem, @Ctx() ctx: CalibrationContext) {
    return ctx.services.goldChallenge.challenges(item);
  }
}

@Resolver(() => GoldChallenge)
export class GoldChallengeResolver {
  @FieldResolver(() => User)
  raisedBy(@Root() challenge: GoldChallenge) {
    return loadRef(challenge.raisedBy);
  }

  @FieldResolver(() => User, { nullable: true })
  resolvedBy(@Root() challenge: GoldChallenge) {
    return challenge.resolvedBy && loadRef(challenge.resolvedBy);
  }
}
