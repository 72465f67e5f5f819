import type { AuditAction, AuditLogFilter } from '../../gql/graphql';

/** Every action the log records: a record, so an action added to the schema fails the type check until it is listed. */
const ACTIONS: Record<AuditAction, true> = {
  APPEAL_DECIDED: true,
  AUDIT_LOG_EXPORTED: true,
  GOLD_CHALLENGE_RESOLVED: true,
  GOLD_SET: true,
  INVITATION_ACCEPTED: true,
  INVITATION_REVOKED: true,
  INVITATION_SENT: true,
  ITEM_REVEALED: true,
  MARKET_CREATED: true,
  MARKET_UPDATED: true,
  PASSWORD_RESET_REQUESTED: true,
  PASSWORD_SET: true,
  PEOPLE_EXPORTED: true,
  POLICY_PUBLISHED: true,
  SESSION_CLOSED: true,
  SIGN_IN: true,
  SIGN_IN_FAILED: true,
  SIGN_OUT_EVERYWHERE: true,
  TEAM_CREATED: true,
  TEAM_LEAD_SET: true,
  TEAM_UPDATED: true,
  USER_CREATED: true,
  USER_DEACTIVATED: true,
  USER_REACTIVATED: true,
  USER_UPDATED: true,
  VENDOR_CREATED: true,
  VENDOR_UPDATED: true,
};

export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditAction[];

/** What the page's filter form holds, as the address keeps it: days are the reader's local dates. */
export type AuditLogForm = { action: string; actorId: string; search: string; from: string; to: string };

export const EMPTY_FORM: AuditLogForm = { action: '', actorId: '', search: '', from: '', to: '' };

/** The form from the address (`?action=…&actor=…&q=…&from=YYYY-MM-DD&to=YYYY-MM-DD`). */
export function formFrom(params: URLSearchParams): AuditLogForm {
  return {
    action: params.get('action') ?? '',
    actorId: params.get('actor') ?? '',
    search: params.get('q') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function paramsFrom(form: AuditLogForm): URLSearchParams {
  const params = new URLSearchParams();
  if (form.action) params.set('action', form.action);
  if (form.actorId) params.set('actor', form.actorId);
  if (form.search.trim()) params.set('q', form.search.trim());
  if (form.from) params.set('from', form.from);
  if (form.to) params.set('to', form.to);
  return params;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a `YYYY-MM-DD` day, as an ISO instant; null for anything else. */
function startOfDay(day: string, plusDays = 0): string | null {
  if (!DAY.test(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const start = new Date(year, month - 1, date + plusDays);
  return Number.isNaN(start.getTime()) ? null : start.toISOString();
}

/**
 * The server's filter: `from` the start of the first day, `to` the start of the day after the
 * last (the server's `to` is exclusive), so "to 5 December" includes all of 5 December.
 */
export function serverFilter(form: AuditLogForm): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (form.action && (AUDIT_ACTIONS as readonly string[]).includes(form.action)) {
    filter.actions = [form.action as AuditAction];
  }
  if (form.actorId) filter.actorId = form.actorId;
  if (form.search.trim()) filter.search = form.search.trim();
  const from = startOfDay(form.from);
  if (from) filter.from = from;
  const to = startOfDay(form.to, 1);
  if (to) filter.to = to;
  return filter;
}

/** A period whose end comes before its start; the server refuses it too (BAD_PERIOD). */
export const badPeriod = (form: AuditLogForm) => Boolean(form.from && form.to && form.to < form.from);
