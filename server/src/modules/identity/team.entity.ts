import { Entity, Enum, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity.js';
import { Market } from './market.entity.js';
import type { User } from './user.entity.js';
import { TeamKind } from './role.js';
import { Vendor } from './vendor.entity.js';

// Relations are typed `Rel<T>`: under ES modules the decorator metadata would otherwise
// name a class that a circular import has not initialised yet.
@ObjectType({ description: 'A team in one market, internal or at a vendor.' })
@Entity()
@Unique({ properties: ['name', 'market'] })
export class Team extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field(() => TeamKind)
  @Enum({ items: () => TeamKind, nativeEnumName: 'team_kind' })
  kind!: TeamKind;

  @Field(() => Market)
  @ManyToOne(() => Market)
  market!: Rel<Market>;

  @Field(() => Vendor, { nullable: true, description: 'Set for vendor teams only.' })
  @ManyToOne(() => Vendor, { nullable: true })
  vendor: Rel<Vendor> | null = null;

  /**
   * A member of the team who may read their teammates' audits and appeal a verdict for
   * them (DESIGN.md: "a moderator, or their team lead, appeals"). A person on the team,
   * not a role: a senior moderator at a vendor is the usual lead. Exposed by a resolver.
   */
  @ManyToOne('User', { nullable: true })
  lead: Rel<User> | null = null;
}
