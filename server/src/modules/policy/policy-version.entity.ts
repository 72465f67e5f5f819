import {
  Collection,
  Embedded,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import { PolicyVersionStatus } from './policy.enums.js';
import { Policy } from './policy.entity.js';
import { TaxonomyLabel } from './taxonomy-label.embeddable.js';

@ObjectType({ description: 'One version of a policy: its text and its decision taxonomy.' })
@Entity()
@Unique({ properties: ['policy', 'number'] })
export class PolicyVersion extends BaseEntity {
  @Field(() => Policy)
  @ManyToOne(() => Policy)
  policy!: Rel<Policy>;

  @Field(() => Int, { description: '1, 2, 3 … within its policy.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => PolicyVersionStatus)
  @Enum({ items: () => PolicyVersionStatus, nativeEnumName: 'policy_version_status' })
  status: PolicyVersionStatus & Opt = PolicyVersionStatus.DRAFT;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it takes effect (YYYY-MM-DD); required to publish.',
  })
  @Property({ type: 'date', nullable: true })
  effectiveDate: string | null = null;

  @Field(() => String, { description: 'The policy text, in Markdown (rendered without raw HTML).' })
  @Property({ type: 'text', default: '' })
  body: string & Opt = '';

  @Field(() => String, { description: 'What changed since the version it was drafted from.' })
  @Property({ type: 'text', default: '' })
  changeSummary: string & Opt = '';

  @Field(() => [TaxonomyLabel], { description: 'The decision taxonomy, in the order reviewers see it.' })
  @Embedded({ entity: () => TaxonomyLabel, array: true })
  labels: TaxonomyLabel[] & Opt = [];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;

  @Field(() => User, { nullable: true, description: 'Who wrote the draft; null for imported or seeded versions.' })
  @ManyToOne(() => User, { nullable: true })
  createdBy: Rel<User> | null = null;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  publishedBy: Rel<User> | null = null;

  @OneToMany(() => FaqEntry, (entry) => entry.version, { orderBy: { position: 'asc' } })
  faq = new Collection<FaqEntry>(this);
}
