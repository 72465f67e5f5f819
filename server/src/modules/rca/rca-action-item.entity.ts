import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { ActionItemStatus } from './rca.enums.js';
import { RcaEscalation } from './rca-escalation.entity.js';

@ObjectType({ description: 'Something to do about a root cause: an owner, a due date, a status.' })
@Entity()
@Index({ properties: ['status', 'dueDate'] })
export class RcaActionItem extends BaseEntity {
  @ManyToOne(() => RcaEscalation)
  escalation!: Rel<RcaEscalation>;

  @Field()
  @Property({ length: 300 })
  title!: string;

  /** Shown only to viewers who may see the person (see the resolver). */
  @ManyToOne(() => User)
  owner!: Rel<User>;

  @Field(() => LocalDateResolver, { description: 'The day it is due (YYYY-MM-DD); overdue the day after.' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => ActionItemStatus)
  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status', default: ActionItemStatus.OPEN })
  status: ActionItemStatus & Opt = ActionItemStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When it was marked done or dropped.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
