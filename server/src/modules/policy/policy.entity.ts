import { Collection, Entity, Enum, OneToMany, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity.js';
import { PolicyArea } from './policy.enums.js';
import { PolicyVersion } from './policy-version.entity.js';

@ObjectType({ description: 'A content policy; its rules and decision taxonomy live in its versions.' })
@Entity()
export class Policy extends BaseEntity {
  @Field({ description: 'Stable, human-readable identifier, e.g. `hate-speech`; what case files refer to.' })
  @Property({ length: 64 })
  @Unique()
  key!: string;

  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => PolicyArea)
  @Enum({ items: () => PolicyArea, nativeEnumName: 'policy_area' })
  area!: PolicyArea;

  @Field(() => String, { description: 'What the policy covers, in a sentence or two; may be empty.' })
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @OneToMany(() => PolicyVersion, (version) => version.policy, { orderBy: { number: 'desc' } })
  versions = new Collection<PolicyVersion>(this);
}
