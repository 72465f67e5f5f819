import type { AuditEvent } from '../shared/audit-log/audit-trail.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { CalibrationItem } from './calibration-item.entity.js';
import type { CalibrationSession } from './calibration-session.entity.js';

/**
 * What the audit log records of a session (issue #15): gold set or changed, reveals, the
 * close and each result version. Entries carry the acting person's vendor, so a vendor's QA
 * manager reads only their own people's; a gold label never reaches a vendor's entries
 * unless one of its people set it (policy owners and admins are the platform's).
 */
const itemTarget = (session: CalibrationSession, item: CalibrationItem) => ({
  type: 'CalibrationItem',
  id: item.id,
  label: `${session.title} #${item.position}`,
});

export const goldSet = (
  session: CalibrationSession,
  item: CalibrationItem,
  before: string | null,
  after: string,
): AuditEvent => ({
  action: AuditAction.GOLD_SET,
  target: itemTarget(session, item),
  before: { gold: before },
  after: { gold: after },
});

export const goldChallengeResolved = (
  session: CalibrationSession,
  item: CalibrationItem,
  change: { before: string | null; after: string | null; note: string; resultVersion: number | null },
): AuditEvent => ({
  action: AuditAction.GOLD_CHALLENGE_RESOLVED,
  target: itemTarget(session, item),
  before: { gold: change.before },
  after: {
    gold: change.after ?? change.before,
    outcome: change.after ? 'CHANGED' : 'UPHELD',
    note: change.note,
    resultVersion: change.resultVersion,
  },
});

export const itemRevealed = (session: CalibrationSession, item: CalibrationItem): AuditEvent => ({
  action: AuditAction.ITEM_REVEALED,
  target: itemTarget(session, item),
  after: { state: item.state },
});

export const sessionClosed = (session: CalibrationSession, resultVersion: number): AuditEvent => ({
  action: AuditAction.SESSION_CLOSED,
  target: { type: 'CalibrationSession', id: session.id, label: session.title },
  before: { status: 'LIVE' },
  after: { status: session.status, resultVersion },
});
