import { Check, Entity, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * What to audit every day: the cases decided that day within a scope (any of queue,
 * market, team, moderator, AND-ed), at a rate or a fixed count, optionally stratified by
 * the moderator's decision. The seed makes each day's draw reproducible.
 */
@ObjectType({ description: 'A daily sampling plan: which decisions to audit, how many, drawn from a seed.' })
@Entity()
@Check({ name: 'sampling_plan_size_check', expression: '(rate is null) <> (count_per_day is null)' })
@Index({ properties: ['createdAt'] })
export class SamplingPlan extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Only cases of this queue.' })
  @Property({ length: 100, nullable: true })
  queue: string | null = null;

  @Field(() => Market, { nullable: true, description: 'Only cases of this market.' })
  @ManyToOne(() => Market, { nullable: true })
  market: Rel<Market> | null = null;

  @Field(() => Team, { nullable: true, description: 'Only cases decided by this team.' })
  @ManyToOne(() => Team, { nullable: true })
  team: Rel<Team> | null = null;

  @Field(() => User, { nullable: true, description: 'Only cases decided by this moderator.' })
  @ManyToOne(() => User, { nullable: true })
  moderator: Rel<User> | null = null;

  /** Set when a vendor's QA made the plan: it then draws only from that vendor's teams. */
  @ManyToOne(() => Vendor, { nullable: true })
  vendor: Rel<Vendor> | null = null;

  @Field(() => Float, { nullable: true, description: 'Share of the day’s cases to audit, 0 < rate ≤ 1 (rounded up).' })
  @Property({ type: 'double', nullable: true })
  rate: number | null = null;

  @Field(() => Int, { nullable: true, description: 'How many cases to audit a day (all, when fewer were decided).' })
  @Property({ type: 'integer', nullable: true })
  countPerDay: number | null = null;

  @Field(() => Boolean, { description: 'Draw from each decision in proportion to its share of the day.' })
  @Property({ type: 'boolean', default: false })
  stratifyByDecision: boolean & Opt = false;

  @Field(() => Int, { description: 'The same plan, day and seed always draw the same cases.' })
  @Property({ type: 'integer' })
  seed!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Field(() => User)
  @ManyToOne(() => User)
  createdBy!: Rel<User>;
}
