import { analyticsModule } from '../modules/analytics/analytics.module.js';
import { auditModule } from '../modules/audit/audit.module.js';
import { auditLogModule } from '../modules/auditlog/auditlog.module.js';
import { briefingModule } from '../modules/briefing/briefing.module.js';
import { calibrationModule } from '../modules/calibration/calibration.module.js';
import { caseModule } from '../modules/case/case.module.js';
import { identityModule } from '../modules/identity/identity.module.js';
import { mailModule } from '../modules/mail/mail.module.js';
import { orgModule } from '../modules/org/org.module.js';
import { peopleModule } from '../modules/people/people.module.js';
import { policyModule } from '../modules/policy/policy.module.js';
import { quizModule } from '../modules/quiz/quiz.module.js';
import { rcaModule } from '../modules/rca/rca.module.js';
import { ssoModule } from '../modules/sso/sso.module.js';

/**
 * Every feature of Concord, and the one place that lists them: the schema, the entities,
 * the per-request services, the process's live hubs and the demo seed are all folded
 * from this array (see modules/shared/module.ts). Order matters for the demo seed only:
 * a module comes after those its demo data refers to.
 */
export const modules = [
  mailModule,
  identityModule,
  orgModule,
  peopleModule,
  policyModule,
  caseModule,
  calibrationModule,
  auditModule,
  quizModule,
  rcaModule,
  briefingModule,
  analyticsModule,
  auditLogModule,
  ssoModule,
] as const;
