import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { Invitation } from './invitation.entity.js';

@ObjectType()
export class InviteUserPayload {
  @Field(() => User) user!: User;
  @Field(() => Invitation) invitation!: Invitation;
}

@ObjectType()
export class RevokeInvitationPayload {
  @Field(() => Invitation) invitation!: Invitation;
}

@ObjectType({ description: 'What the invitation page shows before the person sets a password.' })
export class InvitationPreview {
  @Field() name!: string;
  @Field() email!: string;
  @Field() expiresAt!: Date;
}

@ObjectType({ description: 'Always true: the answer does not say whether the email has an account.' })
export class RequestPasswordResetPayload {
  @Field() accepted!: boolean;
}

@ObjectType()
export class SignOutEverywherePayload {
  @Field({ description: 'Every token of the account issued until now is refused from now on.' }) signedOut!: boolean;
}

@ObjectType()
export class UserPayload {
  @Field(() => User) user!: User;
}

@ObjectType({
  description:
    'A file with any bad line is rejected whole with BAD_USER_INPUT (reason FILE_HAS_BAD_LINES) and nobody is invited: `extensions.lineErrors` lists `{ line, field, message }`.',
})
export class ImportPeoplePayload {
  @Field(() => Int, { description: 'People in the file, every one checked.' }) checked!: number;
  @Field(() => Int, { description: 'People invited (0 on a dry run).' }) invited!: number;
  @Field() dryRun!: boolean;
}
