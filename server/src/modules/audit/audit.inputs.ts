import { IsBoolean, IsEnum, IsInt, IsISO8601, IsNumber, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  AppealOutcome,
  AppealStatus,
  AuditStatus,
  ErrorCategory,
  QualityDimension,
  TrendInterval,
  Verdict,
} from './audit.enums.js';

const DAY = { message: 'must be a date, YYYY-MM-DD' };

@InputType({
  description:
    'Give at least one of queue, marketId, teamId, moderatorId (they are AND-ed), and exactly one of rate or countPerDay.',
})
export class CreateSamplingPlanInput {
  @Field()
  @Length(3, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  queue?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  moderatorId?: string;

  @Field(() => Float, { nullable: true, description: '0 < rate ≤ 1.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  rate?: number;

  @Field(() => Int, { nullable: true, description: '1 to 10,000.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  countPerDay?: number;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  stratifyByDecision: boolean = false;

  @Field(() => Int, { description: '0 to 2^31 - 1.' })
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed!: number;
}

@InputType()
export class RunSamplingPlanInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => LocalDateResolver, { description: 'The UTC day whose decisions to sample; not in the future.' })
  @IsISO8601({ strict: true }, DAY)
  day!: string;
}

@InputType()
export class SetSamplingPlanActiveInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => Boolean)
  @IsBoolean()
  active!: boolean;
}

@InputType({ description: 'Filters of the audit list; a moderator always gets only their own completed audits.' })
export class AuditsFilter {
  @Field(() => AuditStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AuditStatus)
  status?: AuditStatus;

  @Field(() => ID, {
    nullable: true,
    description: "One team's audits. A moderator who leads a team reads its members' audits with it.",
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only tasks assigned to me (true).' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only tasks nobody is assigned to (true): claimable.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  moderatorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string;

  @Field(() => Verdict, { nullable: true })
  @IsOptional()
  @IsEnum(Verdict)
  verdict?: Verdict;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Decision day from (inclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true }, DAY)
  dayFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Decision day to (inclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true }, DAY)
  dayTo?: string;

  @Field(() => ErrorCategory, { nullable: true, description: 'Incorrect verdicts of this error category.' })
  @IsOptional()
  @IsEnum(ErrorCategory)
  errorCategory?: ErrorCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  policyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  queue?: string;
}

@InputType()
export class ClaimAuditInput {
  @Field(() => ID)
  @IsUUID()
  auditId!: string;
}

@InputType({ description: 'QA managers assign a task to a QA specialist or manager (null: back to claimable).' })
export class AssignAuditInput {
  @Field(() => ID)
  @IsUUID()
  auditId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;
}

@InputType({
  description:
    'INCORRECT needs an errorCategory and the expectedLabel; CORRECT takes neither (expectedLabel, if given, must be the decision).',
})
export class SubmitAuditInput {
  @Field(() => ID)
  @IsUUID()
  auditId!: string;

  @Field(() => Verdict)
  @IsEnum(Verdict)
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: "A label key of the case's policy version." })
  @IsOptional()
  @Length(1, 50)
  expectedLabel?: string;

  @Field(() => ErrorCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ErrorCategory)
  errorCategory?: ErrorCategory;

  @Field(() => String, { nullable: true, description: 'Up to 5,000 characters.' })
  @IsOptional()
  @Length(0, 5000)
  feedback?: string;
}

@InputType()
export class FileAppealInput {
  @Field(() => ID)
  @IsUUID()
  auditId!: string;

  @Field({ description: '10 to 5,000 characters.' })
  @Length(10, 5000)
  reason!: string;
}

@InputType()
export class DecideAppealInput {
  @Field(() => ID)
  @IsUUID()
  appealId!: string;

  @Field(() => AppealOutcome)
  @IsEnum(AppealOutcome)
  outcome!: AppealOutcome;

  @Field({ description: '1 to 5,000 characters.' })
  @Length(1, 5000)
  note!: string;
}

@InputType()
export class AppealsFilter {
  @Field(() => AppealStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AppealStatus)
  status?: AppealStatus;
}

@InputType({ description: 'A period of decision days and optional filters, AND-ed.' })
export class QualityFilter {
  @Field(() => LocalDateResolver, { description: 'First decision day (inclusive).' })
  @IsISO8601({ strict: true }, DAY)
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last decision day (inclusive); at most 366 days after from.' })
  @IsISO8601({ strict: true }, DAY)
  to!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  moderatorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  policyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  queue?: string;
}

@InputType()
export class QualityScoresInput extends QualityFilter {
  @Field(() => QualityDimension)
  @IsEnum(QualityDimension)
  groupBy!: QualityDimension;

  @Field(() => TrendInterval, { defaultValue: TrendInterval.DAY })
  @IsEnum(TrendInterval)
  interval: TrendInterval = TrendInterval.DAY;
}

@InputType({ description: 'Compares the period from–to with the period of the same length just before it.' })
export class ErrorTrendsInput extends QualityFilter {
  @Field(() => Int, { defaultValue: 10, description: 'How many of each list, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}
