import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseFileFormat, ContentType } from './case.enums.js';

@InputType({ description: 'Every filter given must match (AND).' })
export class CasesFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  policyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  policyVersionId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  queue?: string;

  @Field(() => String, { nullable: true, description: 'A label key, e.g. `violating`.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: 'decision must be a label key' })
  decision?: string;

  @Field(() => ContentType, { nullable: true })
  @IsOptional()
  @IsEnum(ContentType)
  contentType?: ContentType;

  @Field(() => Date, { nullable: true, description: 'Decided at or after this time.' })
  @IsOptional()
  @IsDate()
  decidedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Decided before this time.' })
  @IsOptional()
  @IsDate()
  decidedTo?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the text, any case, in any language (at least 3 characters use the trigram index).',
  })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}

/** A GraphQL request body is limited by MAX_BODY (1mb by default): larger files go through `pnpm concord import cases`. */
@InputType()
export class ImportCasesInput {
  @Field(() => CaseFileFormat)
  @IsEnum(CaseFileFormat)
  format!: CaseFileFormat;

  @Field({ description: 'The whole file. Requests are limited to MAX_BODY (1mb by default); use the CLI for more.' })
  @Length(1, 100_000_000)
  content!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check and count, but write nothing.' })
  @IsBoolean()
  dryRun: boolean = false;
}
