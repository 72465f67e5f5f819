import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  type Opt,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity.js';
import { Market } from './market.entity.js';
import { Role } from './role.js';
import { Team } from './team.entity.js';

@ObjectType({ description: 'A person who signs in to Concord.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased, so sign-in is case-insensitive. */
  @Field()
  @Property({ length: 320 })
  @Unique()
  email!: string;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => Market)
  @ManyToOne(() => Market)
  market!: Rel<Market>;

  /** Markets they also work in, besides `market` (exposed by a resolver). */
  @ManyToMany(() => Market, undefined, {
    pivotTable: 'user_other_markets',
    joinColumn: 'user_id',
    inverseJoinColumn: 'market_id',
  })
  otherMarkets = new Collection<Market>(this);

  /** Languages they read (BCP 47); empty: their market's language. Exposed by a resolver. */
  @Property({ type: 'text[]', default: '{}' })
  languages: string[] & Opt = [];

  @Field(() => Team, { nullable: true, description: 'Every user but admins and policy owners has one.' })
  @ManyToOne(() => Team, { nullable: true })
  @Index()
  team: Rel<Team> | null = null;

  /** scrypt, in the format of `password.ts`; never exposed. */
  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Field(() => Date, {
    nullable: true,
    description: 'When they first set a password or signed in by SSO; null while their invitation is open.',
  })
  @Property({ type: 'datetime', nullable: true })
  joinedAt: Date | null = new Date();

  /**
   * Tokens issued before this moment are refused ("sign out everywhere", a password reset);
   * null: every unexpired token is good.
   */
  @Property({ type: 'datetime', nullable: true })
  tokensValidAfter: Date | null = null;
}
