import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../shared/connection.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';
import { Vendor } from './vendor.entity.js';

@ObjectType()
export class SignInPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`, and in the websocket connection_init payload.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class SetTeamLeadPayload {
  @Field(() => Team) team!: Team;
}

export const UserConnection = ConnectionType(User);

/** What a change to a vendor returns (org: its name; sso: its password sign-in). */
@ObjectType()
export class VendorPayload {
  @Field(() => Vendor) vendor!: Vendor;
}
