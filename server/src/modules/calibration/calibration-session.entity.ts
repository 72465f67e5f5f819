import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { SessionMode, SessionStatus } from './calibration.enums.js';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationParticipant } from './calibration-participant.entity.js';

@ObjectType({ description: 'A calibration meeting: reviewers from several markets vote on sample items.' })
@Entity()
@Index({ properties: ['status', 'scheduledAt'] })
export class CalibrationSession extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => PolicyVersion, { description: "Its taxonomy is the vote's choice list." })
  @ManyToOne(() => PolicyVersion)
  policyVersion!: Rel<PolicyVersion>;

  @Field(() => User)
  @ManyToOne(() => User)
  facilitator!: Rel<User>;

  @Field(() => SessionMode)
  @Enum({ items: () => SessionMode, nativeEnumName: 'session_mode' })
  mode!: SessionMode;

  @Field(() => SessionStatus)
  @Enum({ items: () => SessionStatus, nativeEnumName: 'session_status', default: SessionStatus.SCHEDULED })
  status: SessionStatus & Opt = SessionStatus.SCHEDULED;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => [Market])
  @ManyToMany(() => Market)
  invitedMarkets = new Collection<Market>(this);

  @OneToMany(() => CalibrationParticipant, (p) => p.session)
  participants = new Collection<CalibrationParticipant>(this);

  @OneToMany(() => CalibrationItem, (i) => i.session, { orderBy: { position: 'asc' } })
  items = new Collection<CalibrationItem>(this);

  /** How the items were drawn, to show and to reproduce: rule, seed, size, filters. */
  @Property({ type: 'json', nullable: true })
  sampling: Record<string, unknown> | null = null;
}
