import { Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';

/** An invited voter. Their market is kept as it was when invited, for the per-market figures. */
@ObjectType()
@Entity()
@Unique({ properties: ['session', 'user'] })
export class CalibrationParticipant extends BaseEntity {
  @ManyToOne(() => CalibrationSession)
  session!: Rel<CalibrationSession>;

  @Field(() => User)
  @ManyToOne(() => User)
  user!: Rel<User>;

  @Field(() => Market)
  @ManyToOne(() => Market)
  market!: Rel<Market>;

  @Property({ type: 'datetime', nullable: true })
  lastSeenAt: Date | null = null;
}
