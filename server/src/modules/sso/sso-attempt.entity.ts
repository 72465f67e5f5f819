import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * One SSO sign-in under way: what the callback checks the IdP's answer against. Found by the
 * hash of its `state` (the browser holds the state in a cookie too) and deleted as it is
 * used, so a callback works once; a few minutes old, it no longer works at all.
 */
@Entity({ tableName: 'sso_attempt' })
export class SsoAttempt extends BaseEntity {
  @Property({ length: 64 })
  @Unique()
  stateHash!: string;

  @Property({ type: 'text' })
  nonce!: string;

  @Property({ type: 'text' })
  codeVerifier!: string;

  /** The path inside Concord to open once signed in. */
  @Property({ type: 'text' })
  next!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
