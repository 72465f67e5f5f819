import { Entity, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity.js';

/** A BPO company whose teams moderate for the platform. Vendors never see each other's data. */
@ObjectType({ description: 'A BPO vendor company. Its users see only its own people and work.' })
@Entity()
export class Vendor extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  @Unique()
  name!: string;

  @Field(() => Boolean, {
    description: "Whether its people may sign in with a password; off, they sign in by the organisation's SSO only.",
  })
  @Property({ type: 'boolean', default: true })
  passwordSignIn: boolean & Opt = true;
}
