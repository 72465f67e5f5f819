import { seedDemoRca } from '../../db/seed/demo-rca.js';
import { createQualityService } from '../audit/audit.module.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { RcaActionItem } from './rca-action-item.entity.js';
import { RcaEscalation } from './rca-escalation.entity.js';
import { RcaActionItemResolver, type RcaContext, RcaEscalationResolver } from './rca.resolver.js';
import { RcaService } from './rca.service.js';

/** Root-cause escalations from error trends, their action items and effectiveness. */
export const rcaModule = defineModule({
  name: 'rca',
  entities: [RcaEscalation, RcaActionItem],
  resolvers: withContext<RcaContext>(RcaEscalationResolver, RcaActionItemResolver),
  services: (deps: RequestDeps) => ({
    rca: new RcaService(deps.em, deps.viewer, deps.visibility, createQualityService(deps)),
  }),
  seedDemo: (tx) => seedDemoRca(tx),
});
