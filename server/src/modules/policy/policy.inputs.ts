import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PolicyArea } from './policy.enums.js';

/** Limits of a version's content, shared by the inputs and the rules. */
export const POLICY_LIMITS = { body: 100_000, changeSummary: 5_000, labels: 50, faqQuestion: 2_000, faqAnswer: 10_000 };

export const POLICY_KEY = /^[a-z][a-z0-9-]{1,63}$/;
export const LABEL_KEY = /^[a-z][a-z0-9_]{0,49}$/;

@InputType()
export class PoliciesFilter {
  @Field(() => PolicyArea, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyArea)
  area?: PolicyArea;

  @Field(() => String, { nullable: true, description: 'Part of the key or title, any case.' })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}

@InputType()
export class CreatePolicyInput {
  @Field({ description: 'Lower-case letters, digits and dashes, starting with a letter; cannot be changed later.' })
  @Matches(POLICY_KEY, { message: 'key must be 2 to 64 lower-case letters, digits or dashes, starting with a letter' })
  key!: string;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => PolicyArea)
  @IsEnum(PolicyArea)
  area!: PolicyArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2_000)
  description?: string;
}

@InputType()
export class UpdatePolicyInput {
  @Field(() => ID)
  @IsUUID()
  policyId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => PolicyArea, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyArea)
  area?: PolicyArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2_000)
  description?: string;
}

@InputType()
export class CreatePolicyVersionInput {
  @Field(() => ID)
  @IsUUID()
  policyId!: string;

  @Field(() => ID, { nullable: true, description: 'The version to copy; by default the latest one.' })
  @IsOptional()
  @IsUUID()
  baseVersionId?: string;
}

@InputType({ description: 'A label of a decision taxonomy.' })
export class TaxonomyLabelInput {
  @Field({ description: 'Lower-case letters, digits and underscores, starting with a letter (at most 50).' })
  @Matches(LABEL_KEY, {
    message: 'label key must be 1 to 50 lower-case letters, digits or underscores, starting with a letter',
  })
  key!: string;

  @Field()
  @Length(1, 100, { message: 'label name must be 1 to 100 characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1_000)
  description?: string;

  @Field(() => Int, { nullable: true, description: '0 to 100; set on every label or on none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  severity?: number | null;
}

@InputType({ description: 'The fields of a draft to change; those left out stay as they are.' })
export class UpdatePolicyVersionInput {
  @Field(() => ID)
  @IsUUID()
  versionId!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @MaxLength(POLICY_LIMITS.body)
  body?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(POLICY_LIMITS.changeSummary)
  changeSummary?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'effectiveDate must be a date, YYYY-MM-DD' })
  effectiveDate?: string;

  @Field(() => [TaxonomyLabelInput], { nullable: true, description: 'The whole taxonomy, in order.' })
  @IsOptional()
  @ArrayMaxSize(POLICY_LIMITS.labels)
  @ValidateNested({ each: true })
  labels?: TaxonomyLabelInput[];
}

@InputType()
export abstract class PolicyVersionInput {
  @Field(() => ID)
  @IsUUID()
  versionId!: string;
}

@InputType()
export class PublishPolicyVersionInput extends PolicyVersionInput {}

@InputType()
export class RetirePolicyVersionInput extends PolicyVersionInput {}

@InputType()
export class DiscardPolicyVersionInput extends PolicyVersionInput {}

@InputType()
export class AcknowledgePolicyVersionInput extends PolicyVersionInput {}

@InputType()
export class AddFaqEntryInput {
  @Field(() => ID)
  @IsUUID()
  versionId!: string;

  @Field()
  @Length(1, POLICY_LIMITS.faqQuestion)
  question!: string;

  @Field()
  @Length(1, POLICY_LIMITS.faqAnswer)
  answer!: string;
}

@InputType()
export class RemoveFaqEntryInput {
  @Field(() => ID)
  @IsUUID()
  entryId!: string;
}
