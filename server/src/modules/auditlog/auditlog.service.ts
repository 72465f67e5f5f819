import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import type { PageInput } from '../identity/identity.inputs.js';
import type { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import { AuditLogEntry } from '../shared/audit-log/audit-log-entry.entity.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { toConnection } from '../shared/connection.js';
import type { Viewer } from '../shared/viewer.js';
import { escapeLike } from '../shared/sql.js';
import { auditLogScope } from '../shared/visibility/scopes.js';
import { auditLogError } from './auditlog.errors.js';
import type { AuditLogFilter } from './auditlog.inputs.js';
import type { AuditLogChange } from './auditlog.types.js';

/** The most entries one export carries: narrow the filter for more. */
export const EXPORT_MAX_ROWS = 50_000;

/** Reading the audit log: admins all of it, a vendor's QA manager their vendor's entries; nobody writes it here. */
export class AuditLogService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {}

  private where(viewer: Viewer, filter: AuditLogFilter): FilterQuery<AuditLogEntry> {
    const scope = auditLogScope(viewer);
    if (scope === null) {
      throw auditLogError('FORBIDDEN', 'NOT_AN_ADMIN', 'Only admins and a vendor’s QA managers read the audit log.');
    }
    if (filter.from && filter.to && filter.from >= filter.to) {
      throw auditLogError('BAD_USER_INPUT', 'BAD_PERIOD', '`from` must be before `to`.');
    }
    return {
      $and: [
        scope,
        filter.actions?.length ? { action: { $in: filter.actions } } : {},
        filter.actorId ? { actor: filter.actorId } : {},
        filter.targetId ? { targetId: filter.targetId } : {},
        filter.vendorId ? { vendor: filter.vendorId } : {},
        filter.search ? { targetLabel: { $ilike: `%${escapeLike(filter.search)}%` } } : {},
        filter.from ? { at: { $gte: filter.from } } : {},
        filter.to ? { at: { $lt: filter.to } } : {},
      ],
    };
  }

  async list(filter: AuditLogFilter, page: PageInput) {
    const cursor = await this.em.findByCursor(AuditLogEntry, this.where(this.viewer!, filter), {
      first: page.first,
      after: page.after,
      orderBy: { at: 'desc', id: 'desc' },
    });
    return toConnection(cursor);
  }

  /** Newest first, at most EXPORT_MAX_ROWS; the export is itself an entry. */
  async export(filter: AuditLogFilter) {
    const where = this.where(this.viewer!, filter);
    const count = await this.em.count(AuditLogEntry, where);
    if (count > EXPORT_MAX_ROWS) {
      throw auditLogError(
        'BAD_USER_INPUT',
        'TOO_MANY_ROWS',
        `${count} entries match: an export holds at most ${EXPORT_MAX_ROWS}. Narrow the period or the actions.`,
        { count, max: EXPORT_MAX_ROWS },
      );
    }
    const entries = await this.em.find(AuditLogEntry, where, {
      orderBy: { at: 'desc', id: 'desc' },
      populate: ['actor.team', 'vendor'],
    });
    const viewer = this.viewer!;
    // The same wall as the schema's: another vendor's person is not named (none should act on
    // a vendor's people, but an export must not be the place that finds out).
    const named = (actor: User) =>
      viewer.vendorId === null || !actor.team?.vendor || actor.team.vendor.id === viewer.vendorId;
    const rows = entries.map((entry) => [
      entry.at.toISOString(),
      entry.action,
      entry.actor ? (named(entry.actor) ? entry.actor.email : 'another vendor’s reviewer') : '',
      entry.actor && named(entry.actor) ? entry.actor.name : '',
      entry.vendor?.name ?? '',
      entry.targetType ?? '',
      entry.targetId ?? '',
      entry.targetLabel ?? '',
      entry.ip ?? '',
      changesOf(entry)
        .map((change) => `${change.field}: ${change.before ?? '–'} → ${change.after ?? '–'}`)
        .join('; '),
    ]);
    const csv = stringify(rows, {
      header: true,
      columns: [
        'at',
        'action',
        'actor_email',
        'actor_name',
        'vendor',
        'target_type',
        'target_id',
        'target',
        'ip',
        'changes',
      ],
      record_delimiter: 'windows',
      // A leading =, +, -, @, tab or CR would run as a formula in a spreadsheet (OWASP).
      escape_formulas: true,
    });
    await this.trail.write({
      action: AuditAction.AUDIT_LOG_EXPORTED,
      after: { rows: entries.length, filter: JSON.parse(JSON.stringify(filter)) as Record<string, unknown> },
    });
    return { csv, rowCount: entries.length };
  }
}

/** The fields an entry changed, from its before and after halves. */
export function changesOf(entry: Pick<AuditLogEntry, 'before' | 'after'>): AuditLogChange[] {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  const text = (value: unknown) =>
    value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
  return fields.map((field) => ({ field, before: text(entry.before?.[field]), after: text(entry.after?.[field]) }));
}
