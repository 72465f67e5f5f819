import { Briefing } from '../modules/briefing/briefing.entity.js';
import { BriefingPresence } from '../modules/briefing/briefing-presence.entity.js';
import { BriefingQuestion } from '../modules/briefing/briefing-question.entity.js';
import { BriefingReply } from '../modules/briefing/briefing-reply.entity.js';
import { BriefingUpvote } from '../modules/briefing/briefing-upvote.entity.js';
import {
  AnalyticsItemStat,
  AnalyticsLabelPair,
  AnalyticsLabelMonth,
  AnalyticsLabelStat,
  AnalyticsParticipantStat,
  AnalyticsScopeMonth,
  AnalyticsScopeStat,
} from '../modules/analytics/analytics-aggregates.entity.js';
import { CalibrationItem } from '../modules/calibration/calibration-item.entity.js';
import { CalibrationParticipant } from '../modules/calibration/calibration-participant.entity.js';
import { CalibrationSession } from '../modules/calibration/calibration-session.entity.js';
import { GoldChallenge } from '../modules/calibration/gold-challenge.entity.js';
import { SessionPresence } from '../modules/calibration/session-presence.entity.js';
import { SessionResult } from '../modules/calibration/session-result.entity.js';
import { Vote } from '../modules/calibration/vote.entity.js';
import { Appeal } from '../modules/audit/appeal.entity.js';
import { Audit } from '../modules/audit/audit.entity.js';
import { SamplingPlan } from '../modules/audit/sampling-plan.entity.js';
import { SamplingRun } from '../modules/audit/sampling-run.entity.js';
import { Case } from '../modules/case/case.entity.js';
import { Market } from '../modules/identity/market.entity.js';
import { Team } from '../modules/identity/team.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Vendor } from '../modules/identity/vendor.entity.js';
import { Acknowledgement } from '../modules/policy/acknowledgement.entity.js';
import { FaqEntry } from '../modules/policy/faq-entry.entity.js';
import { Policy } from '../modules/policy/policy.entity.js';
import { PolicyVersion } from '../modules/policy/policy-version.entity.js';
import { TaxonomyLabel } from '../modules/policy/taxonomy-label.embeddable.js';
import { RcaActionItem } from '../modules/rca/rca-action-item.entity.js';
import { RcaEscalation } from '../modules/rca/rca-escalation.entity.js';
import { Quiz } from '../modules/quiz/quiz.entity.js';
import { QuizAnswer } from '../modules/quiz/quiz-answer.entity.js';
import { QuizAttempt } from '../modules/quiz/quiz-attempt.entity.js';
import { QuizQuestion } from '../modules/quiz/quiz-question.entity.js';

/** Every entity, listed rather than discovered from globs so the same list works from src and dist. */
export const entities = [
  Market,
  Vendor,
  Team,
  User,
  Policy,
  PolicyVersion,
  TaxonomyLabel,
  FaqEntry,
  Acknowledgement,
  Case,
  CalibrationSession,
  CalibrationParticipant,
  CalibrationItem,
  Vote,
  SessionResult,
  GoldChallenge,
  SessionPresence,
  SamplingPlan,
  SamplingRun,
  Audit,
  Appeal,
  Quiz,
  QuizQuestion,
  QuizAttempt,
  QuizAnswer,
  RcaEscalation,
  RcaActionItem,
  Briefing,
  BriefingQuestion,
  BriefingReply,
  BriefingUpvote,
  BriefingPresence,
  AnalyticsScopeStat,
  AnalyticsScopeMonth,
  AnalyticsLabelMonth,
  AnalyticsLabelStat,
  AnalyticsLabelPair,
  AnalyticsItemStat,
  AnalyticsParticipantStat,
];
