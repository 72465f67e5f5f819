import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../viewer.js';
import type { AuditAction } from './audit-action.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

/** What one entry says. The actor and the address come from the request unless given. */
export type AuditEvent = {
  action: AuditAction;
  target?: { type: string; id: string | null; label?: string | null } | null;
  /** The vendor whose people or teams were acted on; the actor's own vendor when left out. */
  vendorId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Who acted, when the request has no viewer yet (a sign-in): their id and vendor. */
  actor?: { id: string; vendorId: string | null } | null;
};

/**
 * The request's audit log writer, one per request like its `Visibility`. `add` puts the
 * entry in the unit of work of the change it records, so both commit or neither does;
 * `write` stores one on its own (a refused sign-in, where nothing else is written).
 */
export class AuditTrail {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly clientIp: string | null,
  ) {}

  add(em: EntityManager, event: AuditEvent): AuditLogEntry {
    const actor = event.actor !== undefined ? event.actor : this.viewer;
    const entry = em.create(AuditLogEntry, {
      action: event.action,
      actor: actor?.id ?? null,
      vendor: event.vendorId !== undefined ? event.vendorId : (actor?.vendorId ?? null),
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      targetLabel: event.target?.label ?? null,
      ip: this.clientIp,
      before: event.before ?? null,
      after: event.after ?? null,
    });
    em.persist(entry);
    return entry;
  }

  async write(event: AuditEvent): Promise<void> {
    const em = this.em.fork();
    this.add(em, event);
    await em.flush();
  }
}

/** The fields of `after` whose value differs from `before`'s, as the two halves of an entry. */
export function changed<T extends Record<string, unknown>>(before: T, after: T) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
    any: keys.length > 0,
  };
}
