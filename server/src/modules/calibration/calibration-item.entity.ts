import { Entity, Enum, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity.js';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { ItemState } from './calibration.enums.js';
import { CalibrationSession } from './calibration-session.entity.js';

@ObjectType({ description: 'One sample case in a session.' })
@Entity()
@Unique({ properties: ['session', 'position'] })
export class CalibrationItem extends BaseEntity {
  @ManyToOne(() => CalibrationSession)
  session!: Rel<CalibrationSession>;

  @Field(() => Case)
  @ManyToOne(() => Case)
  case!: Rel<Case>;

  @Field(() => Int, { description: '1-based order in the session.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => ItemState)
  @Enum({ items: () => ItemState, nativeEnumName: 'item_state', default: ItemState.PENDING })
  state: ItemState & Opt = ItemState.PENDING;

  /** The expected label's key; shown to voters only after reveal (see the resolver). */
  @Property({ length: 100, nullable: true })
  goldLabel: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  goldSetBy: Rel<User> | null = null;

  @Field(() => String, { nullable: true, description: 'Notes from the discussion after reveal.' })
  @Property({ type: 'text', nullable: true })
  discussionNotes: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  openedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revealedAt: Date | null = null;
}
