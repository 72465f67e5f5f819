import { Arg, Authorized, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { AnalyticsService } from './analytics.service.js';
import { Role } from '../identity/role.js';
import { AnalyticsDimension, TrendInterval } from './analytics.enums.js';
import { AnalyticsExportInput, AnalyticsFilter } from './analytics.inputs.js';
import {
  AgreementRateRow,
  AgreementRates,
  AnalyticsItem,
  AnalyticsOptions,
  ConfusedLabelPair,
  DivergentItem,
  LowAccuracyParticipant,
  MarketDrift,
  VendorComparisonRow,
} from './analytics.types.js';

/** What the analytics resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type AnalyticsContext = RequestContext<{ analytics: AnalyticsService }>;

/** Who reads analytics: QA staff and policy owners (a vendor's QA staff, their vendor's votes only). */
const ANALYSTS = [Role.ADMIN, Role.QA_MANAGER, Role.QA_SPECIALIST, Role.POLICY_OWNER];

const filterArg = { nullable: true, description: 'Every closed session the viewer may see, without one.' } as const;
const limitArg = { nullable: true, description: 'At most this many rows: 50 by default, at most 1000.' } as const;

@Resolver()
export class AnalyticsResolver {
  @Authorized(...ANALYSTS)
  @Query(() => AgreementRates, {
    description:
      'Agreement rates over closed sessions, grouped by up to two dimensions, with the total and its trend. Figures are pooled over the underlying votes, not averaged over sessions.',
  })
  agreementRates(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Arg('groupBy', () => [AnalyticsDimension], { nullable: true, description: 'At most two; none: only the total.' })
    groupBy: AnalyticsDimension[] | undefined,
    @Arg('interval', () => TrendInterval, { nullable: true, description: 'Of the trend; MONTH by default.' })
    interval: TrendInterval | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.agreementRates(filter ?? {}, groupBy ?? [], interval ?? TrendInterval.MONTH);
  }

  @Authorized(...ANALYSTS)
  @Query(() => [AnalyticsItem], {
    description: 'Items with the lowest agreement among their (visible) votes, at least two; most contested first.',
  })
  contestedItems(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Arg('limit', () => Int, limitArg) limit: number | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.contestedItems(filter ?? {}, limit);
  }

  @Authorized(...ANALYSTS)
  @Query(() => [ConfusedLabelPair], { description: 'Label pairs most often split between voters, most first.' })
  confusedLabelPairs(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Arg('limit', () => Int, limitArg) limit: number | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.confusedLabelPairs(filter ?? {}, limit);
  }

  @Authorized(...ANALYSTS)
  @Query(() => [MarketDrift], { description: "Each market's accuracy against gold per policy, beside all markets'." })
  marketDrift(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.marketDrift(filter ?? {});
  }

  @Authorized(...ANALYSTS)
  @Query(() => [DivergentItem], { description: "Items whose markets' majorities differ, most divergent first." })
  divergentItems(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Arg('limit', () => Int, limitArg) limit: number | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.divergentItems(filter ?? {}, limit);
  }

  @Authorized(Role.QA_MANAGER)
  @Query(() => [LowAccuracyParticipant], {
    description:
      "Participants whose pooled accuracy against gold is below `threshold`, with at least `minVotes` gold votes; lowest first. QA managers only, and a vendor's only over their own vendor's people.",
  })
  lowAccuracyParticipants(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Arg('threshold', () => Float, { nullable: true, description: '0 to 1; 0.8 by default.' })
    threshold: number | undefined,
    @Arg('minVotes', () => Int, { nullable: true, description: '20 by default.' }) minVotes: number | undefined,
    @Arg('limit', () => Int, limitArg) limit: number | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.lowAccuracyParticipants(filter ?? {}, threshold, minVotes, limit);
  }

  @Authorized(...ANALYSTS)
  @Query(() => [AgreementRateRow], {
    description: "A policy's versions side by side (oldest first), each pooled over its closed sessions.",
  })
  policyVersionComparison(
    @Arg('policyId', () => ID) policyId: string,
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.policyVersionComparison(policyId, filter ?? {});
  }

  @Authorized(...ANALYSTS)
  @Query(() => [VendorComparisonRow], {
    description: "Vendor against vendor on the same gold items. A vendor's staff get only their own row.",
  })
  vendorComparison(
    @Arg('filter', () => AnalyticsFilter, filterArg) filter: AnalyticsFilter | undefined,
    @Ctx() ctx: AnalyticsContext,
  ) {
    return ctx.services.analytics.vendorComparison(filter ?? {});
  }

  @Authorized(...ANALYSTS)
  @Query(() => AnalyticsOptions, {
    description: 'The markets, vendors, teams, policies and facilitators to filter by.',
  })
  analyticsOptions(@Ctx() ctx: AnalyticsContext) {
    return ctx.services.analytics.options();
  }

  @Authorized(...ANALYSTS)
  @Query(() => String, {
    description:
      'One analytics table as CSV text (RFC 4180, a header row, comma separated, UTF-8), with the same rules and scoping as its query.',
  })
  analyticsExport(@Arg('input', () => AnalyticsExportInput) input: AnalyticsExportInput, @Ctx() ctx: AnalyticsContext) {
    return ctx.services.analytics.exportCsv(input);
  }
}
