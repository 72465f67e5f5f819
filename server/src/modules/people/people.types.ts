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
