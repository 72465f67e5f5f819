import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { Vendor } from '../identity/vendor.entity.js';

@ObjectType()
export class VendorPayload {
  @Field(() => Vendor) vendor!: Vendor;
}

@ObjectType()
export class MarketPayload {
  @Field(() => Market) market!: Market;
}

@ObjectType()
export class TeamPayload {
  @Field(() => Team) team!: Team;
}
