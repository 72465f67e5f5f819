import { Entity, ManyToOne, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { PolicyVersion } from './policy-version.entity.js';

/** A user's statement that they have read a published version; at most one per user and version. */
@ObjectType({ description: 'A user has read a published policy version (when: `createdAt`).' })
@Entity({ tableName: 'policy_acknowledgement' })
@Unique({ properties: ['version', 'user'] })
export class Acknowledgement extends BaseEntity {
  @ManyToOne(() => PolicyVersion)
  version!: Rel<PolicyVersion>;

  @Field(() => User)
  @ManyToOne(() => User)
  user!: Rel<User>;
}
