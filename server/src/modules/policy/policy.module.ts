import type { EntityManager } from '@mikro-orm/postgresql';
import { seedDemoPolicies } from '../../db/seed/demo-policies.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { Acknowledgement } from './acknowledgement.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import {
  AcknowledgementResolver,
  FaqEntryResolver,
  type PolicyContext,
  PolicyResolver,
  PolicyVersionResolver,
} from './policy.resolver.js';
import { PolicyService } from './policy.service.js';
import { TaxonomyLabel } from './taxonomy-label.embeddable.js';

/** The policy service as other features get it: over the request's EntityManager, or a transaction's. */
export const createPolicyService = ({ em, viewer, auditTrail }: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'>) =>
  new PolicyService(em, viewer, auditTrail);

/** Policies, their versions, FAQ and acknowledgements. */
export const policyModule = defineModule({
  name: 'policy',
  entities: [Policy, PolicyVersion, TaxonomyLabel, FaqEntry, Acknowledgement],
  resolvers: withContext<PolicyContext>(
    PolicyResolver,
    PolicyVersionResolver,
    FaqEntryResolver,
    AcknowledgementResolver,
  ),
  services: (deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'>) => ({ policy: createPolicyService(deps) }),
  seedDemo: async (tx: EntityManager, { policyOwner }) => {
    seedDemoPolicies(tx, policyOwner);
    await tx.flush();
  },
});
