import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsLanguageTag, IsTimeZone } from '../shared/validators.js';

const NOT_BLANK = /\S/;

@InputType()
export class CreateVendorInput {
  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;
}

@InputType()
export class UpdateVendorInput {
  @Field(() => ID)
  @IsUUID()
  vendorId!: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;
}

@InputType()
export class CreateMarketInput {
  @Field({ description: 'BCP 47 tag, e.g. it-IT; unique.' })
  @IsLanguageTag()
  code!: string;

  @Field()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field({ nullable: true, description: "Its language (BCP 47); the code's language when left out." })
  @IsOptional()
  @IsLanguageTag()
  language?: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Rome.' })
  @IsTimeZone()
  timeZone!: string;
}

@InputType()
export class UpdateMarketInput {
  @Field(() => ID)
  @IsUUID()
  marketId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsLanguageTag()
  language?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => ID)
  @IsUUID()
  marketId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The vendor it works for; none for an internal team. A vendor's QA manager: their own vendor.",
  })
  @IsOptional()
  @IsUUID()
  vendorId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID)
  @IsUUID()
  teamId!: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;
}
