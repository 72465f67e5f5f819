import { Entity, Enum, Index, ManyToOne, OneToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity.js';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { Appeal } from './appeal.entity.js';
import { AuditStatus, ErrorCategory, Verdict } from './audit.enums.js';
import { SamplingRun } from './sampling-run.entity.js';

/**
 * One sampled decision to audit, then its verdict. The case's moderator, team, market,
 * queue, policy and decision are copied when it is drawn: the audit judges the decision
 * as it was (a re-imported case may change), and quality scores group on plain indexed
 * columns. A case is drawn at most once per run, i.e. per plan and day.
 */
@ObjectType({ description: 'An audit task on one moderator decision, and its verdict once completed.' })
@Entity()
@Unique({ properties: ['run', 'case'] })
@Index({ properties: ['day', 'team'] })
@Index({ properties: ['moderator', 'day'] })
@Index({ properties: ['status', 'assignee'] })
@Index({ properties: ['case'] })
export class Audit extends BaseEntity {
  @ManyToOne(() => SamplingRun)
  run!: Rel<SamplingRun>;

  @ManyToOne(() => Case)
  case!: Rel<Case>;

  @Field(() => LocalDateResolver, { description: 'The UTC day the decision was made (and sampled for).' })
  @Property({ type: 'date' })
  day!: string;

  @ManyToOne(() => User)
  moderator!: Rel<User>;

  @ManyToOne(() => Team)
  team!: Rel<Team>;

  @ManyToOne(() => Market)
  market!: Rel<Market>;

  @Field()
  @Property({ length: 100 })
  queue!: string;

  @ManyToOne(() => Policy)
  policy!: Rel<Policy>;

  // Exposed by AuditResolver, which hides it from a viewer still voting on the case.
  @Property({ length: 50 })
  decidedLabel!: string;

  @Field(() => AuditStatus)
  @Enum({ items: () => AuditStatus, nativeEnumName: 'audit_status', default: AuditStatus.PENDING })
  status: AuditStatus & Opt = AuditStatus.PENDING;

  /** Who should audit it; null while anyone on the QA team may claim it. */
  @ManyToOne(() => User, { nullable: true })
  assignee: Rel<User> | null = null;

  @ManyToOne(() => User, { nullable: true })
  auditor: Rel<User> | null = null;

  @Field(() => Verdict, { nullable: true })
  @Enum({ items: () => Verdict, nativeEnumName: 'verdict', nullable: true })
  verdict: Verdict | null = null;

  // Exposed by AuditResolver (hidden like decidedLabel).
  @Property({ length: 50, nullable: true })
  expectedLabel: string | null = null;

  // Exposed by AuditResolver (hidden like decidedLabel).
  @Enum({ items: () => ErrorCategory, nativeEnumName: 'error_category', nullable: true })
  errorCategory: ErrorCategory | null = null;

  // Exposed by AuditResolver (hidden like decidedLabel).
  @Property({ type: 'text', nullable: true })
  feedback: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  auditedAt: Date | null = null;

  @Field(() => Boolean, { description: 'An appeal overturned the verdict: it no longer counts against the moderator.' })
  @Property({ type: 'boolean', default: false })
  overturned: boolean & Opt = false;

  /** Loaded with the audit (an inverse one-to-one is joined), so lists need no query per row. */
  @OneToOne(() => Appeal, (appeal) => appeal.audit, { nullable: true })
  appeal: Rel<Appeal> | null = null;
}
