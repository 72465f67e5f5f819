import { Entity, Index, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A one-time link to join Concord: sent by mail to a person an admin (or their vendor's
 * admin) added. Only the SHA-256 of its token is stored, so a copy of the database holds no
 * usable link. Used once, it is spent; it expires; its sender or an admin may revoke it.
 */
@ObjectType({ description: 'An invitation to join: its person, who sent it, and where it stands.' })
@Entity()
export class Invitation extends BaseEntity {
  @ManyToOne(() => 'User')
  @Index()
  user!: Rel<User>;

  /** Null for the first admin, invited from the command line. */
  @ManyToOne(() => 'User', { nullable: true })
  invitedBy: Rel<User> | null = null;

  /** SHA-256 of the token, hex; never exposed. */
  @Property({ length: 64, hidden: true })
  @Unique()
  tokenHash!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: (Date & Opt) | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: (Date & Opt) | null = null;
}
