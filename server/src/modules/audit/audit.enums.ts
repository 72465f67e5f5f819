import { registerEnumType } from 'type-graphql';

export enum Verdict {
  CORRECT = 'CORRECT',
  INCORRECT = 'INCORRECT',
}
registerEnumType(Verdict, { name: 'Verdict', description: "An auditor's verdict on a moderator's decision." });

export enum ErrorCategory {
  MISSED_VIOLATION = 'MISSED_VIOLATION',
  OVER_ENFORCEMENT = 'OVER_ENFORCEMENT',
  WRONG_POLICY = 'WRONG_POLICY',
  WRONG_SEVERITY = 'WRONG_SEVERITY',
  OTHER = 'OTHER',
}
registerEnumType(ErrorCategory, {
  name: 'ErrorCategory',
  description: 'What kind of mistake an incorrect decision was.',
  valuesConfig: {
    MISSED_VIOLATION: { description: 'Left up content that violates.' },
    OVER_ENFORCEMENT: { description: 'Actioned content that does not violate.' },
    WRONG_POLICY: { description: 'Judged under the wrong policy.' },
    WRONG_SEVERITY: { description: 'Right policy, wrong severity.' },
    OTHER: { description: 'Anything else; say what in the feedback.' },
  },
});

export enum AuditStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
}
registerEnumType(AuditStatus, {
  name: 'AuditStatus',
  description: 'pending (drawn, not audited yet) → completed (verdict recorded; final but for an appeal).',
});

export enum AppealStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  OVERTURNED = 'OVERTURNED',
}
registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  description: 'open → upheld (the verdict stands) or overturned (it no longer counts against the moderator).',
});

export enum AppealOutcome {
  UPHOLD = 'UPHOLD',
  OVERTURN = 'OVERTURN',
}
registerEnumType(AppealOutcome, { name: 'AppealOutcome', description: "A QA lead's decision on an appeal." });

export enum QualityDimension {
  MODERATOR = 'MODERATOR',
  TEAM = 'TEAM',
  VENDOR = 'VENDOR',
  MARKET = 'MARKET',
  QUEUE = 'QUEUE',
  POLICY = 'POLICY',
  ERROR_CATEGORY = 'ERROR_CATEGORY',
}
registerEnumType(QualityDimension, {
  name: 'QualityDimension',
  description:
    'What quality scores are grouped by. ERROR_CATEGORY groups the incorrect verdicts that still count (not overturned).',
});

export enum TrendInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(TrendInterval, { name: 'TrendInterval', description: 'Buckets of a trend: UTC days or ISO weeks.' });
