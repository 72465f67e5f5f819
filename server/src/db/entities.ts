import {
  AnalyticsItemStat,
  AnalyticsLabelPair,
  AnalyticsLabelStat,
  AnalyticsParticipantStat,
  AnalyticsScopeStat,
} from '../modules/analytics/analytics-aggregates.entity.js';
import { CalibrationItem } from '../modules/calibration/calibration-item.entity.js';
import { CalibrationParticipant } from '../modules/calibration/calibration-participant.entity.js';
import { CalibrationSession } from '../modules/calibration/calibration-session.entity.js';
import { GoldChallenge } from '../modules/calibration/gold-challenge.entity.js';
import { SessionPresence } from '../modules/calibration/session-presence.entity.js';
import { SessionResult } from '../modules/calibration/session-result.entity.js';
import { Vote } from '../modules/calibration/vote.entity.js';
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
  AnalyticsScopeStat,
  AnalyticsLabelStat,
  AnalyticsLabelPair,
  AnalyticsItemStat,
  AnalyticsParticipantStat,
];
