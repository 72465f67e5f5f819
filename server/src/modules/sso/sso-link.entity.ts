import { Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A person's identity at the IdP (issuer and `sub`), stored at their first SSO sign-in: later
 * sign-ins find them by it, so a changed email at the IdP still reaches the same person, and
 * another IdP account with their email does not.
 */
@Entity({ tableName: 'sso_link' })
@Unique({ properties: ['issuer', 'subject'] })
export class SsoLink extends BaseEntity {
  @ManyToOne(() => User)
  @Unique()
  user!: Rel<User>;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'text' })
  subject!: string;
}
