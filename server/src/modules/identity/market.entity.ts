import { Entity, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity.js';

/** A language market, e.g. it-IT. */
@ObjectType({ description: 'A language market (BCP 47 code, e.g. it-IT).' })
@Entity()
export class Market extends BaseEntity {
  @Field({ description: 'BCP 47 language tag, e.g. it-IT.' })
  @Property({ length: 35 })
  @Unique()
  code!: string;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, {
    description: "The market's language (BCP 47), e.g. it: the language its people read content in by default.",
  })
  @Property({ length: 35, onCreate: (market: Market) => market.code.split('-')[0]! })
  language!: string & Opt;

  @Field(() => String, { description: 'IANA time zone its working hours are in, e.g. Europe/Rome.' })
  @Property({ length: 64 })
  timeZone: string & Opt = 'UTC';
}
