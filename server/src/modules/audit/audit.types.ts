import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../shared/connection.js';
import { Appeal } from './appeal.entity.js';
import { Audit } from './audit.entity.js';
import { ErrorCategory } from './audit.enums.js';
import { SamplingPlan } from './sampling-plan.entity.js';
import { SamplingRun } from './sampling-run.entity.js';

@ObjectType()
export class AuditConnection extends ConnectionType(Audit) {}

@ObjectType()
export class CreateSamplingPlanPayload {
  @Field(() => SamplingPlan) plan!: SamplingPlan;
}

@ObjectType()
export class SetSamplingPlanActivePayload {
  @Field(() => SamplingPlan) plan!: SamplingPlan;
}

@ObjectType()
export class RunSamplingPlanPayload {
  @Field(() => SamplingRun) run!: SamplingRun;
}

@ObjectType()
export class ClaimAuditPayload {
  @Field(() => Audit) audit!: Audit;
}

@ObjectType()
export class AssignAuditPayload {
  @Field(() => Audit) audit!: Audit;
}

@ObjectType()
export class SubmitAuditPayload {
  @Field(() => Audit) audit!: Audit;
}

@ObjectType()
export class FileAppealPayload {
  @Field(() => Appeal) appeal!: Appeal;
}

@ObjectType()
export class DecideAppealPayload {
  @Field(() => Appeal) appeal!: Appeal;
}

@ObjectType({ description: 'Completed audits of a group. Overturned verdicts count as correct.' })
export class QualityScore {
  @Field({
    description: 'The id of the group (moderator, team, vendor, market, policy), the queue, or the error category.',
  })
  key!: string;

  @Field({ description: 'A name to show: person, team, vendor, market code, policy title, queue, category.' })
  label!: string;

  @Field(() => Int, { description: 'Completed audits.' })
  audited!: number;

  @Field(() => Int, { description: 'Correct verdicts, and incorrect ones overturned on appeal.' })
  correct!: number;

  @Field(() => Int, { description: 'Incorrect verdicts that still count.' })
  incorrect!: number;

  @Field(() => Int, { description: 'Verdicts overturned on appeal.' })
  overturned!: number;

  @Field(() => Float, { nullable: true, description: 'correct / audited; null with no audits.' })
  accuracy!: number | null;
}

@ObjectType()
export class QualityTrendPoint {
  @Field(() => LocalDateResolver, { description: 'First day of the bucket (a Monday for weeks).' })
  periodStart!: string;

  @Field(() => Int) audited!: number;
  @Field(() => Int) correct!: number;
  @Field(() => Float, { nullable: true }) accuracy!: number | null;
}

@ObjectType({ description: 'Quality over a period: overall, per group, and a trend.' })
export class QualityReport {
  @Field(() => QualityScore, { description: 'All audits of the period and filters (key "all").' })
  overall!: QualityScore;

  @Field(() => [QualityScore], {
    description: 'Per group, worst accuracy first (for ERROR_CATEGORY: most errors first, `incorrect` is the count).',
  })
  groups!: QualityScore[];

  @Field(() => [QualityTrendPoint], {
    description: 'Per day or week, oldest first; buckets with no audit are left out.',
  })
  trend!: QualityTrendPoint[];
}

@ObjectType()
export class ErrorCategoryTrend {
  @Field(() => ErrorCategory) errorCategory!: ErrorCategory;
  @Field(() => Int, { description: 'Errors (not overturned) in the period.' }) current!: number;
  @Field(() => Int, { description: 'Errors in the previous period of the same length.' }) previous!: number;
  @Field(() => Int, { description: 'current - previous.' }) change!: number;
  @Field(() => Float, { nullable: true, description: 'Errors per completed audit in the period.' })
  currentRate!: number | null;
  @Field(() => Float, { nullable: true }) previousRate!: number | null;
}

@ObjectType({ description: 'A confusion: the label expected by the auditor against the one the moderator chose.' })
export class LabelPairTrend {
  @Field() policyKey!: string;
  @Field() expectedLabel!: string;
  @Field() decidedLabel!: string;
  @Field(() => Int) current!: number;
  @Field(() => Int) previous!: number;
  @Field(() => Int) change!: number;
}

@ObjectType({ description: 'The error trends growing fastest, period over previous period.' })
export class ErrorTrends {
  @Field(() => LocalDateResolver) from!: string;
  @Field(() => LocalDateResolver) to!: string;
  @Field(() => LocalDateResolver) previousFrom!: string;
  @Field(() => LocalDateResolver) previousTo!: string;
  @Field(() => Int) audited!: number;
  @Field(() => Int) previousAudited!: number;
  @Field(() => [ErrorCategoryTrend], { description: 'Largest change first.' }) categories!: ErrorCategoryTrend[];
  @Field(() => [LabelPairTrend], { description: 'Largest change first.' }) labelPairs!: LabelPairTrend[];
}
