import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { PolicyVersion } from './policy-version.entity.js';

/**
 * A question and its answer about a policy version. Unlike the version's text, the FAQ
 * grows after publishing: briefings promote answered questions into it.
 */
@ObjectType({ description: 'A frequently asked question about a policy version, with its answer.' })
@Entity()
@Index({ properties: ['version', 'position'] })
export class FaqEntry extends BaseEntity {
  @ManyToOne(() => PolicyVersion)
  version!: Rel<PolicyVersion>;

  @Field(() => Int, { description: 'Order within the version, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  question!: string;

  @Field()
  @Property({ type: 'text' })
  answer!: string;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true })
  createdBy: Rel<User> | null = null;
}
