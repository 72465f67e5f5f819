import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LabelCount, StatValue } from '../calibration/calibration.types.js';
import { AlphaStat, KappaStat } from '../calibration/stat-value.types.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { AnalyticsDimension } from './analytics.enums.js';

@ObjectType({
  description:
    "Agreement over the votes of closed sessions that a filter selects, for one group. POOLED, not averaged over sessions: every (session, item) is one unit of the reliability data and the figures are computed over all of their votes at once, exactly as the statistics library would over that pooled data (STATS.md). Categories are the union of the taxonomies involved. Only the dimensions of `groupBy` are set; with VENDOR (or TEAM) a null vendor (team) is the platform's own staff (people without a team).",
})
export class AgreementRateRow {
  @Field(() => Market, { nullable: true }) market!: Market | null;
  @Field(() => Policy, { nullable: true }) policy!: Policy | null;
  @Field(() => PolicyVersion, { nullable: true }) policyVersion!: PolicyVersion | null;
  @Field(() => Vendor, { nullable: true }) vendor!: Vendor | null;
  @Field(() => Team, { nullable: true }) team!: Team | null;
  @Field(() => User, { nullable: true }) facilitator!: User | null;
  @Field(() => Date, { nullable: true, description: 'Start (UTC) of the month or week, with MONTH or WEEK.' })
  period!: Date | null;

  @Field(() => Int, { description: 'Closed sessions with at least one counted vote.' }) sessions!: number;
  @Field(() => Int, { description: 'Units: (session, item) pairs with at least one counted vote.' }) items!: number;
  @Field(() => Int, { description: 'Units with at least two votes: those agreement is measured on.' })
  pairableItems!: number;
  @Field(() => Int, { description: 'Counted votes (abstentions are not votes).' }) votes!: number;
  @Field(() => Int, { description: "Votes on pairable units: Krippendorff's n." }) pairableVotes!: number;

  @Field(() => StatValue, { description: 'Mean over pairable units of the share of agreeing vote pairs.' })
  percentAgreement!: StatValue;
  @Field(() => KappaStat, { description: "Fleiss' kappa (Gwet's generalisation to unequal vote counts)." })
  fleissKappa!: KappaStat;
  @Field(() => AlphaStat, { description: "Krippendorff's alpha, nominal." }) krippendorffAlpha!: AlphaStat;
  @Field(() => KappaStat, { description: "Gwet's AC1." }) gwetAC1!: KappaStat;
  @Field(() => StatValue, { description: 'Share of votes on items with gold that equal the gold.' })
  accuracy!: StatValue;
  @Field(() => Int) goldVotes!: number;
  @Field(() => Int) correctVotes!: number;
  @Field(() => StatValue, { description: "Share of gold items whose majority (among this group's votes) is the gold." })
  majorityMatchesGold!: StatValue;
  @Field(() => Int, { description: 'Units with gold and at least one vote.' }) goldItems!: number;
  @Field(() => Int) majorityMatchedItems!: number;
}

@ObjectType({ description: 'Agreement rates for a filter: grouped rows, the total, and a trend of the total.' })
export class AgreementRates {
  @Field(() => [AnalyticsDimension]) groupBy!: AnalyticsDimension[];
  @Field(() => [AgreementRateRow], { description: 'One row per group with votes, ordered by the groups.' })
  rows!: AgreementRateRow[];
  @Field(() => AgreementRateRow, { description: 'Everything the filter selects, pooled.' }) total!: AgreementRateRow;
  @Field(() => [AgreementRateRow], { description: 'The total per month or week, oldest first (periods with votes).' })
  trend!: AgreementRateRow[];
}

@ObjectType({ description: 'An item of a closed session, with how its (visible) votes split.' })
export class AnalyticsItem {
  @Field(() => ID) sessionId!: string;
  @Field() sessionTitle!: string;
  @Field(() => Date) closedAt!: Date;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) position!: number;
  @Field(() => ID, { description: "The item's case (open it through `case`, which applies its own scoping)." })
  caseId!: string;
  @Field(() => PolicyVersion) policyVersion!: PolicyVersion;
  @Field(() => String, { nullable: true }) gold!: string | null;
  @Field(() => Int) votes!: number;
  @Field(() => Float, { nullable: true, description: 'Share of agreeing vote pairs on this item; null under 2 votes.' })
  percentAgreement!: number | null;
  @Field(() => String, { nullable: true, description: 'The unique most chosen label; null on a tie.' })
  majority!: string | null;
  @Field(() => Float) majorityShare!: number;
  @Field(() => [LabelCount], { description: 'Most chosen first.' }) distribution!: LabelCount[];
}

@ObjectType({ description: "One market's votes on an item." })
export class AnalyticsMarketMajority {
  @Field(() => Market) market!: Market;
  @Field(() => Int) votes!: number;
  @Field(() => String, { nullable: true, description: 'Null on a tie.' }) majority!: string | null;
  @Field(() => Float) majorityShare!: number;
  @Field(() => Boolean, { nullable: true, description: 'Null without gold, or on a tie.' })
  matchesGold!: boolean | null;
}

@ObjectType({
  description: "An item whose markets' majorities differ: a sign of a translation or cultural ambiguity in the policy.",
})
export class DivergentItem extends AnalyticsItem {
  @Field(() => Float, {
    description: 'Share of markets whose majority is not the most common market majority (0: all agree).',
  })
  divergence!: number;
  @Field(() => [AnalyticsMarketMajority]) markets!: AnalyticsMarketMajority[];
}

@ObjectType({
  description:
    'Two labels of one policy that voters confuse: vote pairs on one item that split between them, and votes of one where the gold is the other.',
})
export class ConfusedLabelPair {
  @Field(() => Policy) policy!: Policy;
  @Field() labelA!: string;
  @Field() labelB!: string;
  @Field(() => Int, { description: 'Pairs of votes on one item, one A and one B.' }) disagreements!: number;
  @Field(() => Float, { description: "Share of all the policy's disagreeing vote pairs." }) share!: number;
  @Field(() => Int, { description: 'Votes for B where the gold is A.' }) goldAChoseB!: number;
  @Field(() => Int, { description: 'Votes for A where the gold is B.' }) goldBChoseA!: number;
}

@ObjectType({
  description:
    "A market's distance from gold under one policy, against the other markets (pooled). The market filter picks the rows; the markets compared with are every other market of the same voters (team, vendor), policy and period.",
})
export class MarketDrift {
  @Field(() => Market) market!: Market;
  @Field(() => Policy) policy!: Policy;
  @Field(() => Int) goldVotes!: number;
  @Field(() => StatValue, { description: "The market's accuracy against gold." }) accuracy!: StatValue;
  @Field(() => StatValue, {
    description: "Every market's accuracy on the same policy, this one included (whatever the market filter).",
  })
  allMarketsAccuracy!: StatValue;
  @Field(() => StatValue, {
    description:
      'The other markets\' accuracy on the same policy (whatever the market filter); null with reason "no other market" when no other market has gold votes.',
  })
  otherMarketsAccuracy!: StatValue;
  @Field(() => Float, {
    nullable: true,
    description: 'accuracy − otherMarketsAccuracy: negative drifts from gold; null when either is undefined.',
  })
  drift!: number | null;
  @Field(() => StatValue, { description: "Share of gold items where the market's majority is the gold." })
  majorityMatchesGold!: StatValue;
}

@ObjectType({ description: 'A participant whose accuracy against gold is below the threshold (QA managers only).' })
export class LowAccuracyParticipant {
  @Field(() => User) user!: User;
  @Field(() => Market, { description: 'Their market in the latest session counted.' }) market!: Market;
  @Field(() => Team, { nullable: true }) team!: Team | null;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) goldVotes!: number;
  @Field(() => Int) correctVotes!: number;
  @Field(() => Float) accuracy!: number;
}

@ObjectType({
  description:
    'A vendor on the gold items that at least two vendors (or a vendor and the platform staff) voted on, pooled over those items only.',
})
export class VendorComparisonRow {
  @Field(() => Vendor, { nullable: true, description: "Null: the platform's own staff." }) vendor!: Vendor | null;
  @Field(() => Int, { description: 'Shared gold items this vendor voted on.' }) items!: number;
  @Field(() => Int) votes!: number;
  @Field(() => Int) correctVotes!: number;
  @Field(() => StatValue) accuracy!: StatValue;
  @Field(() => StatValue, { description: 'Pooled percent agreement among its own voters on those items.' })
  percentAgreement!: StatValue;
}

@ObjectType({ description: 'What the analytics filters can choose from, as the viewer may see it.' })
export class AnalyticsOptions {
  @Field(() => [Market]) markets!: Market[];
  @Field(() => [Vendor]) vendors!: Vendor[];
  @Field(() => [Team]) teams!: Team[];
  @Field(() => [Policy]) policies!: Policy[];
  @Field(() => [PolicyVersion]) policyVersions!: PolicyVersion[];
  @Field(() => [User]) facilitators!: User[];
  @Field(() => Date, { nullable: true, description: 'The first and last close of a counted session.' })
  firstClosedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastClosedAt!: Date | null;
}
