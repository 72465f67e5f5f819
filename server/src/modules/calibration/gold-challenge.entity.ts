import { Entity, Enum, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { ChallengeStatus } from './calibration.enums.js';
import { CalibrationItem } from './calibration-item.entity.js';

/** A participant disputes an item's gold after reveal; the policy owner upholds or changes it. */
@ObjectType()
@Entity()
export class GoldChallenge extends BaseEntity {
  @ManyToOne(() => CalibrationItem)
  item!: Rel<CalibrationItem>;

  @Field(() => User)
  @ManyToOne(() => User)
  raisedBy!: Rel<User>;

  @Field()
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { description: 'The gold label when the challenge was raised.' })
  @Property({ length: 100 })
  goldAtChallenge!: string;

  @Field(() => ChallengeStatus)
  @Enum({ items: () => ChallengeStatus, nativeEnumName: 'challenge_status', default: ChallengeStatus.OPEN })
  status: ChallengeStatus & Opt = ChallengeStatus.OPEN;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  resolvedBy: Rel<User> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  newGold: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}
