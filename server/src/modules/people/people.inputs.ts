import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { IsLanguageTag } from '../shared/validators.js';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../identity/role.js';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email!: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { description: 'The market they work in.' })
  @IsUUID()
  marketId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Their team, in that market; required for a vendor's people, none for admins and policy owners.",
  })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other markets they also work in.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  otherMarketIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      "Languages they read (BCP 47), preferred first; their market's when left out. Their mail is in the first Concord speaks.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsLanguageTag({ each: true })
  languages?: string[];
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token of the link the invitation mail carries.' })
  @Length(20, 200)
  token!: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link the reset mail carries.' })
  @Length(20, 200)
  token!: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string;

  @Field(() => ID, { nullable: true, description: 'Their new team; null takes them off every team (platform staff).' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Other markets they also work in (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  otherMarketIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      "Languages they read (BCP 47), preferred first; an empty list: their market's. Their mail is in the first Concord speaks.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsLanguageTag({ each: true })
  languages?: string[];
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@InputType()
export class ImportPeopleInput {
  @Field({
    description:
      'The whole CSV file: email,name,role,market[,team][,languages][,other_markets], lists separated by |. Requests are limited to MAX_BODY; larger files go through `pnpm -s concord users import`.',
  })
  @Length(1, 100_000_000)
  content!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check every line, but invite nobody.' })
  @IsBoolean()
  dryRun: boolean = false;
}
