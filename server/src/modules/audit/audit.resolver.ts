import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { AuditService } from './audit.service.js';
import type { QualityService } from './quality.service.js';
import type { SamplingPlanService } from './sampling-plan.service.js';
import { capped, firstArg, take } from '../shared/list-cap.js';
import { loadRef } from '../shared/load.js';
import { Case } from '../case/case.entity.js';
import { PageInput } from '../identity/identity.inputs.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { TaxonomyLabel } from '../policy/taxonomy-label.embeddable.js';
import { Appeal } from './appeal.entity.js';
import { ErrorCategory } from './audit.enums.js';
import { Audit } from './audit.entity.js';
import {
  AppealsFilter,
  AssignAuditInput,
  AuditsFilter,
  ClaimAuditInput,
  CreateSamplingPlanInput,
  DecideAppealInput,
  ErrorTrendsInput,
  FileAppealInput,
  QualityScoresInput,
  RunSamplingPlanInput,
  SetSamplingPlanActiveInput,
  SubmitAuditInput,
} from './audit.inputs.js';
import {
  AssignAuditPayload,
  AuditConnection,
  ClaimAuditPayload,
  CreateSamplingPlanPayload,
  DecideAppealPayload,
  ErrorTrends,
  FileAppealPayload,
  QualityReport,
  RunSamplingPlanPayload,
  SetSamplingPlanActivePayload,
  SubmitAuditPayload,
} from './audit.types.js';
import { SamplingPlan } from './sampling-plan.entity.js';
import { SamplingRun } from './sampling-run.entity.js';

/** What the audit resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type AuditContext = RequestContext<{
  audit: AuditService;
  quality: QualityService;
  samplingPlan: SamplingPlanService;
}>;

const AUDITORS = [Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN];
const LEADS = [Role.QA_MANAGER, Role.ADMIN];

/** The viewer still votes on this audit's case as a blind calibration item. */
async function blindToViewer(ctx: AuditContext, audit: Audit): Promise<boolean> {
  return (await ctx.services.visibility.blindState(audit.case.id)) !== null;
}

@Resolver(() => SamplingPlan)
export class SamplingPlanResolver {
  @Authorized(...AUDITORS)
  @Query(() => [SamplingPlan], { description: capped('Sampling plans in your scope, newest first.') })
  samplingPlans(@Arg('first', () => Int, firstArg) first: number, @Ctx() ctx: AuditContext) {
    return ctx.services.samplingPlan.plans(take(first));
  }

  @Authorized(...AUDITORS)
  @Query(() => SamplingPlan)
  samplingPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: AuditContext) {
    return ctx.services.samplingPlan.plan(id);
  }

  @Authorized(...AUDITORS)
  @Mutation(() => CreateSamplingPlanPayload)
  async createSamplingPlan(
    @Arg('input', () => CreateSamplingPlanInput) input: CreateSamplingPlanInput,
    @Ctx() ctx: AuditContext,
  ) {
    return { plan: await ctx.services.samplingPlan.createPlan(input) };
  }

  @Authorized(...AUDITORS)
  @Mutation(() => SetSamplingPlanActivePayload, { description: 'Pauses or resumes a plan; a paused plan cannot run.' })
  async setSamplingPlanActive(
    @Arg('input', () => SetSamplingPlanActiveInput) input: SetSamplingPlanActiveInput,
    @Ctx() ctx: AuditContext,
  ) {
    return { plan: await ctx.services.samplingPlan.setPlanActive(input) };
  }

  @Authorized(...AUDITORS)
  @Mutation(() => RunSamplingPlanPayload, {
    description:
      'Draws the day’s audit tasks, reproducibly from the seed. A day is sampled once per plan: running it again is a CONFLICT.',
  })
  async runSamplingPlan(
    @Arg('input', () => RunSamplingPlanInput) input: RunSamplingPlanInput,
    @Ctx() ctx: AuditContext,
  ) {
    return { run: await ctx.services.samplingPlan.runPlan(input) };
  }

  @FieldResolver(() => Market, { nullable: true })
  market(@Root() plan: SamplingPlan) {
    return plan.market && loadRef(plan.market);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() plan: SamplingPlan) {
    return plan.team && loadRef(plan.team);
  }

  @FieldResolver(() => User, { nullable: true })
  moderator(@Root() plan: SamplingPlan) {
    return plan.moderator && loadRef(plan.moderator);
  }

  @FieldResolver(() => User)
  createdBy(@Root() plan: SamplingPlan) {
    return loadRef(plan.createdBy);
  }

  @FieldResolver(() => [SamplingRun], { description: capped('Days sampled, newest first.') })
  runs(@Root() plan: SamplingPlan, @Arg('first', () => Int, firstArg) first: number, @Ctx() ctx: AuditContext) {
    return ctx.services.samplingPlan.runs(plan, take(first));
  }
}

@Resolver(() => SamplingRun)
export class SamplingRunResolver {
  @FieldResolver(() => SamplingPlan)
  plan(@Root() run: SamplingRun) {
    return loadRef(run.plan);
  }

  @FieldResolver(() => User, { nullable: true })
  ranBy(@Root() run: SamplingRun) {
    return run.ranBy && loadRef(run.ranBy);
  }
}

@Resolver(() => Audit)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditConnection, {
    description:
      'Audits in your scope, oldest decision first. QA: tasks and verdicts of your vendor (or all, for platform staff). A moderator: only their own completed audits.',
  })
  audits(
    @Arg('filter', () => AuditsFilter, { nullable: true }) filter: AuditsFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: AuditContext,
  ) {
    return ctx.services.audit.audits(filter ?? {}, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => Audit, { description: 'One audit you may see (a moderator: only their own, once completed).' })
  audit(@Arg('id', () => ID) id: string, @Ctx() ctx: AuditContext) {
    return ctx.services.audit.audit(id);
  }

  @Authorized(...AUDITORS)
  @Mutation(() => ClaimAuditPayload, { description: 'Takes an unassigned pending task.' })
  async claimAudit(@Arg('input', () => ClaimAuditInput) input: ClaimAuditInput, @Ctx() ctx: AuditContext) {
    return { audit: await ctx.services.audit.claim(input) };
  }

  @Authorized(...LEADS)
  @Mutation(() => AssignAuditPayload)
  async assignAudit(@Arg('input', () => AssignAuditInput) input: AssignAuditInput, @Ctx() ctx: AuditContext) {
    return { audit: await ctx.services.audit.assign(input) };
  }

  @Authorized(...AUDITORS)
  @Mutation(() => SubmitAuditPayload, {
    description:
      'Records the verdict of a pending task (assigned to you, or unassigned). A verdict is final but for an appeal.',
  })
  async submitAudit(@Arg('input', () => SubmitAuditInput) input: SubmitAuditInput, @Ctx() ctx: AuditContext) {
    return { audit: await ctx.services.audit.submit(input) };
  }

  @FieldResolver(() => Case)
  case(@Root() audit: Audit) {
    return loadRef(audit.case);
  }

  @FieldResolver(() => SamplingPlan, { nullable: true, description: 'Null for moderators.' })
  plan(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return ctx.services.audit.planOf(audit);
  }

  @FieldResolver(() => User)
  moderator(@Root() audit: Audit) {
    return loadRef(audit.moderator);
  }

  @FieldResolver(() => Team)
  team(@Root() audit: Audit) {
    return loadRef(audit.team);
  }

  @FieldResolver(() => Market)
  market(@Root() audit: Audit) {
    return loadRef(audit.market);
  }

  @FieldResolver(() => Policy)
  policy(@Root() audit: Audit) {
    return loadRef(audit.policy);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() audit: Audit) {
    return audit.assignee && loadRef(audit.assignee);
  }

  @FieldResolver(() => User, { nullable: true })
  auditor(@Root() audit: Audit) {
    return audit.auditor && loadRef(audit.auditor);
  }

  // The labels, error category and feedback say what the case's decision was and what it
  // should have been: null for a viewer who still votes on the case as a blind calibration
  // item (its `case` masks its decision the same way).
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The moderator's decision as sampled: a label key of the case's policy version. Null while you vote on the case in a calibration session.",
  })
  async decidedLabel(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return (await blindToViewer(ctx, audit)) ? null : audit.decidedLabel;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The label the decision should have been (its key). Null while you vote on the case.',
  })
  async expectedLabel(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return (await blindToViewer(ctx, audit)) ? null : audit.expectedLabel;
  }

  @FieldResolver(() => ErrorCategory, {
    nullable: true,
    description: 'Set on incorrect verdicts; null while you vote on the case.',
  })
  async errorCategory(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return (await blindToViewer(ctx, audit)) ? null : audit.errorCategory;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Feedback for the moderator; null while you vote on the case.',
  })
  async feedback(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return (await blindToViewer(ctx, audit)) ? null : audit.feedback;
  }

  @FieldResolver(() => TaxonomyLabel, { nullable: true, description: '`decidedLabel` in the case’s policy version.' })
  async decidedTaxonomyLabel(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    if (await blindToViewer(ctx, audit)) return null;
    return ctx.services.audit.taxonomyLabel(audit, audit.decidedLabel);
  }

  @FieldResolver(() => TaxonomyLabel, { nullable: true, description: '`expectedLabel` in the case’s policy version.' })
  async expectedTaxonomyLabel(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    if (!audit.expectedLabel || (await blindToViewer(ctx, audit))) return null;
    return ctx.services.audit.taxonomyLabel(audit, audit.expectedLabel);
  }

  @FieldResolver(() => Boolean, { description: 'Incorrect and not overturned: counts against the moderator.' })
  countsAgainstModerator(@Root() audit: Audit) {
    return audit.verdict === 'INCORRECT' && !audit.overturned;
  }

  @FieldResolver(() => Appeal, { nullable: true })
  appeal(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return ctx.services.audit.appealOf(audit);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Until when the verdict can be appealed (APPEAL_WINDOW_DAYS after the audit); null before it.',
  })
  appealDeadline(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return ctx.services.audit.appealDeadline(audit);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may appeal it now.' })
  canAppeal(@Root() audit: Audit, @Ctx() ctx: AuditContext) {
    return ctx.services.audit.canAppeal(audit);
  }
}

@Resolver(() => Appeal)
export class AppealResolver {
  @Authorized()
  @Query(() => [Appeal], {
    description: capped('Appeals in your scope, newest first: QA staff see their scope’s; a moderator their own.'),
  })
  appeals(
    @Arg('filter', () => AppealsFilter, { nullable: true }) filter: AppealsFilter | undefined,
    @Arg('first', () => Int, firstArg) first: number,
    @Ctx() ctx: AuditContext,
  ) {
    return ctx.services.audit.appeals(filter ?? {}, take(first));
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => FileAppealPayload, {
    description: 'The audited moderator appeals an incorrect verdict within the appeal window; once per audit.',
  })
  async fileAppeal(@Arg('input', () => FileAppealInput) input: FileAppealInput, @Ctx() ctx: AuditContext) {
    return { appeal: await ctx.services.audit.fileAppeal(input) };
  }

  @Authorized(...LEADS)
  @Mutation(() => DecideAppealPayload, {
    description: 'A QA lead upholds or overturns an open appeal (not of their own audit); the decision is final.',
  })
  async decideAppeal(@Arg('input', () => DecideAppealInput) input: DecideAppealInput, @Ctx() ctx: AuditContext) {
    return { appeal: await ctx.services.audit.decideAppeal(input) };
  }

  @FieldResolver(() => Audit)
  audit(@Root() appeal: Appeal) {
    return loadRef(appeal.audit);
  }

  @FieldResolver(() => User)
  appellant(@Root() appeal: Appeal) {
    return loadRef(appeal.appellant);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() appeal: Appeal) {
    return appeal.decidedBy && loadRef(appeal.decidedBy);
  }
}

@Resolver()
export class QualityResolver {
  @Authorized(...AUDITORS)
  @Query(() => QualityReport, {
    description: 'Accuracy of completed audits over decision days, per group, with a trend.',
  })
  qualityScores(@Arg('input', () => QualityScoresInput) input: QualityScoresInput, @Ctx() ctx: AuditContext) {
    return ctx.services.quality.scores(input);
  }

  @Authorized(...AUDITORS)
  @Query(() => ErrorTrends, {
    description: 'Error categories and expected→decided label pairs growing fastest, period over previous period.',
  })
  errorTrends(@Arg('input', () => ErrorTrendsInput) input: ErrorTrendsInput, @Ctx() ctx: AuditContext) {
    return ctx.services.quality.errorTrends(input);
  }
}
