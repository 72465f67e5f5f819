import {
  ArrayMaxSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AnalyticsDimension, AnalyticsTable, TrendInterval } from './analytics.enums.js';

/**
 * Which closed sessions and votes count. Every list is "any of"; lists are AND-ed with
 * each other. A vendor's staff are always limited to their own vendor's votes; naming
 * another vendor, or one of its teams, answers NOT_FOUND.
 */
@InputType({ description: 'Which closed sessions and which votes count; every field is optional.' })
export class AnalyticsFilter {
  @Field(() => Date, { nullable: true, description: 'Sessions closed at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Sessions closed before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Votes of these markets' voters. With several markets and no MARKET grouping, each market's votes on an item form their own unit (agreement within markets, pooled).",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  marketIds?: string[];

  @Field(() => [ID], { nullable: true, description: "Votes of these vendors' voters." })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  vendorIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: "Votes of these teams' voters (like markets: several teams without TEAM grouping pool per team).",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teamIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Sessions under any version of these policies.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  policyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Sessions under these policy versions.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  policyVersionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Sessions these users facilitated.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  facilitatorIds?: string[];
}

/** What `analyticsExport` writes: the table and the arguments of the query behind it. */
@InputType()
export class AnalyticsExportInput {
  @Field(() => AnalyticsTable)
  @IsEnum(AnalyticsTable)
  table!: AnalyticsTable;

  @Field(() => AnalyticsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AnalyticsFilter;

  @Field(() => [AnalyticsDimension], { nullable: true, description: 'For AGREEMENT_RATES.' })
  @IsOptional()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsEnum(AnalyticsDimension, { each: true })
  groupBy?: AnalyticsDimension[];

  @Field(() => TrendInterval, { nullable: true, description: 'For TREND; MONTH by default.' })
  @IsOptional()
  @IsEnum(TrendInterval)
  interval?: TrendInterval;

  @Field(() => ID, { nullable: true, description: 'For POLICY_VERSIONS.' })
  @IsOptional()
  @IsUUID()
  policyId?: string;

  @Field(() => Float, { nullable: true, description: 'For LOW_ACCURACY_PARTICIPANTS; 0.8 by default.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  threshold?: number;

  @Field(() => Int, { nullable: true, description: 'For LOW_ACCURACY_PARTICIPANTS; 20 by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  minVotes?: number;

  @Field(() => Int, { nullable: true, description: 'Rows of the ranked tables; 50 by default, at most 1000.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
