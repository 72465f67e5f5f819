import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';

@ObjectType()
export class MarketPayload {
  @Field(() => Market) market!: Market;
}

@ObjectType()
export class TeamPayload {
  @Field(() => Team) team!: Team;
}
