import { Entity, Enum, Index, ManyToOne, OneToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { AppealStatus } from './audit.enums.js';
import { Audit } from './audit.entity.js';

/**
 * A moderator's appeal of an incorrect verdict, and a QA lead's decision on it. One per
 * audit (a unique key): the decision is final, so an audit is never appealed twice.
 */
@ObjectType({ description: 'An appeal of an audit verdict: filed by the moderator, decided by a QA lead.' })
@Entity()
@Index({ properties: ['status', 'createdAt'] })
export class Appeal extends BaseEntity {
  @Field(() => Audit)
  @OneToOne(() => Audit, (audit) => audit.appeal, { owner: true })
  audit!: Rel<Audit>;

  @Field(() => User)
  @ManyToOne(() => User)
  appellant!: Rel<User>;

  @Field()
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => AppealStatus)
  @Enum({ items: () => AppealStatus, nativeEnumName: 'appeal_status', default: AppealStatus.OPEN })
  status: AppealStatus & Opt = AppealStatus.OPEN;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  decidedBy: Rel<User> | null = null;

  @Field(() => String, { nullable: true, description: "The QA lead's note on the decision." })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
}
