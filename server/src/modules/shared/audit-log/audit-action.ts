import { registerEnumType } from 'type-graphql';

/**
 * What an audit-log entry records: the sensitive actions of issue #15 (sign-ins, people and
 * their rights, invitations, gold, reveals and results, appeal decisions, exports of people-
 * level data, policy publication). Stored as text, so a new action needs no migration.
 */
export enum AuditAction {
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  SIGN_OUT_EVERYWHERE = 'SIGN_OUT_EVERYWHERE',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DEACTIVATED = 'USER_DEACTIVATED',
  USER_REACTIVATED = 'USER_REACTIVATED',
  PASSWORD_SET = 'PASSWORD_SET',
  PASSWORD_RESET_REQUESTED = 'PASSWORD_RESET_REQUESTED',
  INVITATION_SENT = 'INVITATION_SENT',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  VENDOR_CREATED = 'VENDOR_CREATED',
  VENDOR_UPDATED = 'VENDOR_UPDATED',
  TEAM_CREATED = 'TEAM_CREATED',
  TEAM_UPDATED = 'TEAM_UPDATED',
  TEAM_LEAD_SET = 'TEAM_LEAD_SET',
  MARKET_CREATED = 'MARKET_CREATED',
  MARKET_UPDATED = 'MARKET_UPDATED',
  GOLD_SET = 'GOLD_SET',
  GOLD_CHALLENGE_RESOLVED = 'GOLD_CHALLENGE_RESOLVED',
  ITEM_REVEALED = 'ITEM_REVEALED',
  SESSION_CLOSED = 'SESSION_CLOSED',
  APPEAL_DECIDED = 'APPEAL_DECIDED',
  POLICY_PUBLISHED = 'POLICY_PUBLISHED',
  PEOPLE_EXPORTED = 'PEOPLE_EXPORTED',
  AUDIT_LOG_EXPORTED = 'AUDIT_LOG_EXPORTED',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'A sensitive action the audit log records.',
});
