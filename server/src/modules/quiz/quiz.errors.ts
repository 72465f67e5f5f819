import { featureErrors } from '../shared/errors.js';

/** Why a quiz request is refused; clients show `errors.quiz.<REASON>`. */
export const quizError = featureErrors('quiz', [
  'QA_TEAM_ONLY',
  'VENDOR_TEAMS_ONLY',
  'NOT_ASSIGNED',
  'ALREADY_TAKEN',
  'STARTED_TWICE',
  'ALREADY_SUBMITTED',
  'QUESTION_NOT_IN_QUIZ',
  'ANSWERED_TWICE',
  'LABEL_NOT_IN_POLICY',
  'UNANSWERED_QUESTIONS',
  'NOTHING_TO_REOPEN',
  'ATTEMPT_IN_PROGRESS',
  'ALREADY_REOPENED',
  'ONE_SOURCE_PER_QUESTION',
  'NO_CONTESTED_ITEMS',
  'SESSION_NOT_CLOSED',
  'NO_GOLD_LABEL',
  'AUDIT_NOT_COMPLETED',
  'AUDIT_CONTENT_VENDOR_ONLY',
  'NO_ASSIGNMENT',
  'UNKNOWN_ASSIGNEES',
  'CASE_TWICE',
]);
