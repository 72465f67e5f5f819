import { Entity, Index, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import type { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/** A one-time link to set a new password, mailed on request; only its token's SHA-256 is kept. Not in the schema. */
@Entity()
export class PasswordReset extends BaseEntity {
  @ManyToOne(() => 'User')
  @Index()
  user!: Rel<User>;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: (Date & Opt) | null = null;
}
