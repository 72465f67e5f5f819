import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ErrorCategory } from '../audit/audit.enums.js';
import { ActionItemStatus, RcaOrigin, RootCause } from './rca.enums.js';

@InputType({ description: 'Which audits an escalation is about; any combination, none for everywhere.' })
export class RcaScopeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  queue?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  policyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Audits and cases to link to an escalation.' })
export class RcaLinksInput {
  @Field(() => [ID])
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  auditIds: string[] = [];

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseIds: string[] = [];
}

@InputType()
export class CreateRcaEscalationInput {
  @Field()
  @Length(3, 200)
  title!: string;

  @Field()
  @Length(0, 20_000)
  description: string = '';

  @Field(() => RootCause)
  @IsEnum(RootCause)
  rootCause!: RootCause;

  @Field(() => RcaOrigin, {
    description: 'ERROR_TREND needs an error category; the trend figures of its scope are then kept with it.',
  })
  @IsEnum(RcaOrigin)
  origin: RcaOrigin = RcaOrigin.MANUAL;

  @Field(() => ErrorCategory, { nullable: true, description: 'The error category; null for all errors.' })
  @IsOptional()
  @IsEnum(ErrorCategory)
  errorCategory?: ErrorCategory | null;

  @Field(() => RcaScopeInput)
  @ValidateNested()
  scope!: RcaScopeInput;

  @Field(() => RcaLinksInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  links?: RcaLinksInput | null;
}

@InputType()
export class LinkRcaEscalationInput {
  @Field(() => ID)
  @IsUUID()
  escalationId!: string;

  @Field(() => RcaLinksInput)
  @ValidateNested()
  links!: RcaLinksInput;
}

@InputType()
export class StartRcaEscalationInput {
  @Field(() => ID)
  @IsUUID()
  escalationId!: string;
}

@InputType()
export class ResolveRcaEscalationInput {
  @Field(() => ID)
  @IsUUID()
  escalationId!: string;

  @Field({ description: 'What was found and done.' })
  @Length(5, 20_000, { message: 'say what was found and done in 5 to 20000 characters' })
  note!: string;
}

@InputType()
export class AddRcaActionItemInput {
  @Field(() => ID)
  @IsUUID()
  escalationId!: string;

  @Field()
  @Length(3, 300)
  title!: string;

  @Field(() => ID)
  @IsUUID()
  ownerId!: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date, YYYY-MM-DD' })
  dueDate!: string;
}

@InputType()
export class SetRcaActionItemStatusInput {
  @Field(() => ID)
  @IsUUID()
  actionItemId!: string;

  @Field(() => ActionItemStatus)
  @IsEnum(ActionItemStatus)
  status!: ActionItemStatus;
}
