import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIST_CAP } from '../shared/list-cap.js';
import { Role } from './role.js';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email!: string;

  @Field()
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password!: string;
}

@InputType()
export class SetTeamLeadInput {
  @Field(() => ID)
  @IsUUID()
  teamId!: string;

  @Field(() => ID, { nullable: true, description: 'A member of the team; null clears the lead.' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

@InputType()
export class UsersFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  marketId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: "A vendor's people." })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Active (true) or deactivated (false) people only.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'People who have not joined yet (true: their invitation is open) or who have (false).',
  })
  @IsOptional()
  @IsBoolean()
  invited?: boolean;

  @Field({ nullable: true, description: 'Part of a name or email, any case.' })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: LIST_CAP.default, description: `At most ${LIST_CAP.max}.` })
  @IsInt()
  @Min(1)
  @Max(LIST_CAP.max)
  first: number = LIST_CAP.default;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  after?: string;
}
