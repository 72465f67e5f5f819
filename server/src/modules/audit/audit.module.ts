import { seedDemoAudits } from '../../db/seed/demo-audits.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { Appeal } from './appeal.entity.js';
import { Audit } from './audit.entity.js';
import {
  AppealResolver,
  type AuditContext,
  AuditResolver,
  QualityResolver,
  SamplingPlanResolver,
  SamplingRunResolver,
} from './audit.resolver.js';
import { type AuditDeps, AuditService } from './audit.service.js';
import { QualityService } from './quality.service.js';
import { SamplingPlan } from './sampling-plan.entity.js';
import { SamplingPlanService } from './sampling-plan.service.js';
import { SamplingRun } from './sampling-run.entity.js';

/** The quality figures as other features get them (RCA files escalations from error trends). */
export const createQualityService = ({ em, viewer, visibility }: RequestDeps) =>
  new QualityService(em, viewer, visibility);

/** Daily audits: sampling plans and runs, verdicts, appeals, and the quality figures over them. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [SamplingPlan, SamplingRun, Audit, Appeal],
  resolvers: withContext<AuditContext>(
    SamplingPlanResolver,
    SamplingRunResolver,
    AuditResolver,
    AppealResolver,
    QualityResolver,
  ),
  services: (deps: RequestDeps & AuditDeps) => ({
    samplingPlan: new SamplingPlanService(deps.em, deps.viewer),
    audit: new AuditService(deps.em, deps, deps.viewer, deps.visibility, deps.auditTrail),
    quality: createQualityService(deps),
  }),
  seedDemo: (tx) => seedDemoAudits(tx),
});
