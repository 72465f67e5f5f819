import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { BriefingStatus } from './briefing.enums.js';

@ObjectType({ description: 'A live presentation of a policy version to markets, with a Q&A thread.' })
@Entity()
@Index({ properties: ['status', 'scheduledAt'] })
export class Briefing extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => PolicyVersion, { description: 'The version presented: its change summary, FAQ and diff are on it.' })
  @ManyToOne(() => PolicyVersion)
  policyVersion!: Rel<PolicyVersion>;

  @Field(() => User, { description: 'A policy owner (or an admin).' })
  @ManyToOne(() => User)
  presenter!: Rel<User>;

  @Field(() => [Market])
  @ManyToMany(() => Market)
  audienceMarkets = new Collection<Market>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field(() => BriefingStatus)
  @Enum({ items: () => BriefingStatus, nativeEnumName: 'briefing_status', default: BriefingStatus.SCHEDULED })
  status: BriefingStatus & Opt = BriefingStatus.SCHEDULED;

  @Field(() => String, { description: 'Slides or speaker notes in Markdown (render without raw HTML).' })
  @Property({ type: 'text', default: '' })
  notes: string & Opt = '';

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the presenter closed the follow-up thread; null while open.',
  })
  @Property({ type: 'datetime', nullable: true })
  threadClosedAt: Date | null = null;
}
