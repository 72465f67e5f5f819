import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from '../../identity/user.entity.js';
import type { Vendor } from '../../identity/vendor.entity.js';
import { AuditAction } from './audit-action.js';

/**
 * One sensitive action, as it happened: append-only. PostgreSQL refuses to update, delete
 * or truncate these rows (a trigger, migration AuditLog), so not even a bug in Concord can
 * rewrite history; there is no `updatedAt`.
 */
@ObjectType({ description: 'One recorded sensitive action: who did what, when, from where, and what changed.' })
@Entity({ tableName: 'audit_log_entry' })
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['vendor', 'at'] })
export class AuditLogEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date & Opt = new Date();

  @Field(() => AuditAction)
  @Property({ type: 'text' })
  action!: AuditAction;

  /** Who did it; null for an unknown email's failed sign-in or a command-line action. */
  @ManyToOne(() => 'User', { nullable: true, deleteRule: 'restrict' })
  @Index()
  actor: Rel<User> | null = null;

  /** Whose entry it is: the vendor of the person or team acted on, else of the actor; null for the platform's own. */
  @ManyToOne(() => 'Vendor', { nullable: true, deleteRule: 'restrict' })
  vendor: Rel<Vendor> | null = null;

  @Field(() => String, { nullable: true, description: 'What was acted on: User, Team, CalibrationItem, …' })
  @Property({ type: 'text', nullable: true })
  targetType: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'text', nullable: true })
  @Index()
  targetId: string | null = null;

  @Field(() => String, { nullable: true, description: 'A name for it as it was then (an email, a title).' })
  @Property({ type: 'text', nullable: true })
  targetLabel: string | null = null;

  @Field(() => String, { nullable: true, description: 'The address the request came from.' })
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  /** The fields that changed, as they were; null where nothing was changed. */
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  /** The same fields after the change. */
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
