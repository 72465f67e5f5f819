import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SamplingRule, SessionMode } from './calibration.enums.js';

@InputType({ description: 'Draw items from cases: reproducible from the seed.' })
export class SamplingInput {
  @Field(() => SamplingRule)
  @IsEnum(SamplingRule)
  rule!: SamplingRule;

  @Field(() => Int, { description: 'How many items, 1 to 200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  size!: number;

  @Field(() => Int, { description: 'The same seed over the same cases draws the same items.' })
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed!: number;

  @Field(() => [String], { nullable: true, description: 'Only cases from these queues.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 100, { each: true })
  queues?: string[];
}

@InputType()
export class StartCalibrationSessionInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;
}

@InputType()
export class OpenCalibrationItemInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;
}

@InputType()
export class RevealCalibrationItemInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;
}

@InputType()
export class CloseCalibrationSessionInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;
}

@InputType()
export class CreateCalibrationSessionInput {
  @Field()
  @Length(3, 200)
  title!: string;

  @Field(() => ID)
  @IsUUID()
  policyVersionId!: string;

  @Field(() => SessionMode, { defaultValue: SessionMode.BLIND })
  @IsEnum(SessionMode)
  mode: SessionMode = SessionMode.BLIND;

  @Field(() => Date)
  @IsDate()
  scheduledAt!: Date;

  @Field(() => [ID], { description: 'Markets invited; every participant must be from one of them.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  marketIds!: string[];

  @Field(() => [ID])
  @ArrayMinSize(2, { message: 'a calibration needs at least two participants' })
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds!: string[];

  @Field(() => [ID], { nullable: true, description: 'Cases picked by hand, in order (or use `sampling`).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseIds?: string[];

  @Field(() => SamplingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sampling?: SamplingInput;
}

@InputType()
export class SetCalibrationItemGoldInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field({ description: "A label key of the session's policy version." })
  @Length(1, 100)
  label!: string;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field(() => String, { nullable: true, description: 'A label key; null to abstain (a missing value, not a label).' })
  @IsOptional()
  @Length(1, 100)
  label?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  rationale?: string | null;
}

@InputType()
export class ChallengeGoldInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field()
  @Length(5, 2000, { message: 'say why in 5 to 2000 characters' })
  reason!: string;
}

@InputType()
export class ResolveGoldChallengeInput {
  @Field(() => ID)
  @IsUUID()
  challengeId!: string;

  @Field(() => String, { nullable: true, description: 'A new gold label; omit to uphold the current one.' })
  @IsOptional()
  @Length(1, 100)
  newGold?: string | null;

  @Field()
  @Length(1, 2000)
  note!: string;
}
