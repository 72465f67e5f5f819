import { Field, ObjectType } from 'type-graphql';
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
