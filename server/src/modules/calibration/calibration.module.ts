import { seedDemoCalibration } from '../../db/seed/demo-calibration.js';
import { withContext } from '../shared/context.js';
import { defineModule, type ProcessDeps, type RequestDeps } from '../shared/module.js';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationParticipant } from './calibration-participant.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';
import {
  type CalibrationContext,
  CalibrationItemResolver,
  CalibrationSessionResolver,
  GoldChallengeResolver,
} from './calibration.resolver.js';
import { type CalibrationDeps, CalibrationService } from './calibration.service.js';
import { GoldChallenge } from './gold-challenge.entity.js';
import { GoldChallengeService } from './gold-challenge.service.js';
import { SessionHub } from './session-hub.js';
import { AlphaStatResolver, KappaStatResolver } from './stat-bands.resolver.js';
import { SessionPresence } from './session-presence.entity.js';
import { SessionResult } from './session-result.entity.js';
import { Vote } from './vote.entity.js';

/** Calibration sessions: blind votes on cases, reveals, results and gold challenges, live. */
export const calibrationModule = defineModule({
  name: 'calibration',
  entities: [
    CalibrationSession,
    CalibrationParticipant,
    CalibrationItem,
    Vote,
    SessionResult,
    GoldChallenge,
    SessionPresence,
  ],
  resolvers: withContext<CalibrationContext>(
    CalibrationSessionResolver,
    CalibrationItemResolver,
    GoldChallengeResolver,
    KappaStatResolver,
    AlphaStatResolver,
  ),
  start: ({ orm, bus }: ProcessDeps) => {
    // Live calibration rooms of this process (presence in session_presence).
    const sessions = new SessionHub(orm, bus);
    return { provides: { sessions }, close: () => sessions.close() };
  },
  services: (deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'> & CalibrationDeps) => ({
    calibration: new CalibrationService(deps.em, deps, deps.viewer, deps.auditTrail),
    goldChallenge: new GoldChallengeService(deps.em, deps, deps.viewer, deps.auditTrail),
  }),
  seedDemo: (tx) => seedDemoCalibration(tx),
});
