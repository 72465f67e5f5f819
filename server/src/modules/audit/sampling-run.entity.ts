import { Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { SamplingPlan } from './sampling-plan.entity.js';

/** One plan run for one day. Unique per (plan, day): a day is sampled once, and running it again is a CONFLICT. */
@ObjectType({ description: 'A plan drawn for one day.' })
@Entity()
@Unique({ properties: ['plan', 'day'] })
export class SamplingRun extends BaseEntity {
  @Field(() => SamplingPlan)
  @ManyToOne(() => SamplingPlan)
  plan!: Rel<SamplingPlan>;

  @Field(() => LocalDateResolver, { description: 'The UTC day whose decisions were sampled.' })
  @Property({ type: 'date' })
  day!: string;

  @Field(() => Int, { description: 'Cases in scope decided that day.' })
  @Property({ type: 'integer' })
  candidates!: number;

  @Field(() => Int, { description: 'Audit tasks drawn.' })
  @Property({ type: 'integer' })
  drawn!: number;

  @Field(() => User, { nullable: true, description: 'Null when run from the command line.' })
  @ManyToOne(() => User, { nullable: true })
  ranBy: Rel<User> | null = null;
}
