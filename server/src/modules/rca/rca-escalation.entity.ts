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
import { Audit } from '../audit/audit.entity.js';
import { ErrorCategory } from '../audit/audit.enums.js';
import { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { RcaOrigin, RcaState, RootCause } from './rca.enums.js';
import { RcaActionItem } from './rca-action-item.entity.js';

/**
 * A root-cause analysis of an error trend: its error category and scope (any of market,
 * queue, policy, team; none means everywhere), what caused it, what is being done, and
 * whether it worked (the error rate before it was opened against after it was resolved).
 * A vendor's QA sees escalations scoped to no team or to one of its own teams.
 */
@ObjectType({ description: 'A root-cause analysis of an error trend, with action items.' })
@Entity()
@Index({ properties: ['state', 'createdAt'] })
export class RcaEscalation extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Field(() => RootCause)
  @Enum({ items: () => RootCause, nativeEnumName: 'root_cause' })
  rootCause!: RootCause;

  @Field(() => RcaOrigin)
  @Enum({ items: () => RcaOrigin, nativeEnumName: 'rca_origin', default: RcaOrigin.MANUAL })
  origin: RcaOrigin & Opt = RcaOrigin.MANUAL;

  @Field(() => RcaState)
  @Enum({ items: () => RcaState, nativeEnumName: 'rca_state', default: RcaState.OPEN })
  state: RcaState & Opt = RcaState.OPEN;

  // ---- category and scope: which audits its error rate counts ----

  @Field(() => ErrorCategory, { nullable: true, description: 'The error category it is about; null for all errors.' })
  @Enum({ items: () => ErrorCategory, nativeEnumName: 'error_category', nullable: true })
  errorCategory: ErrorCategory | null = null;

  @Field(() => Market, { nullable: true })
  @ManyToOne(() => Market, { nullable: true })
  market: Rel<Market> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  queue: string | null = null;

  @Field(() => Policy, { nullable: true })
  @ManyToOne(() => Policy, { nullable: true })
  policy: Rel<Policy> | null = null;

  @ManyToOne(() => Team, { nullable: true })
  team: Rel<Team> | null = null;

  // ---- people and times ----

  @ManyToOne(() => User)
  filedBy!: Rel<User>;

  /** The QA manager who took it on (set when it starts). */
  @ManyToOne(() => User, { nullable: true })
  owner: Rel<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What was found and done, written when resolving.' })
  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;

  /** The trend's figures when it was filed from one, kept as they were. */
  @Property({ type: 'json', nullable: true })
  trend: Record<string, unknown> | null = null;

  @ManyToMany(() => Audit)
  linkedAudits = new Collection<Audit>(this);

  @ManyToMany(() => Case)
  linkedCases = new Collection<Case>(this);

  @OneToMany(() => RcaActionItem, (a) => a.escalation, { orderBy: { dueDate: 'asc', createdAt: 'asc' } })
  actionItems = new Collection<RcaActionItem>(this);
}
