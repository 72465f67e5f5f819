import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { PolicyService } from '../policy/policy.service.js';
import type { EventBus } from '../shared/bus.js';
import type { BriefingHub } from './briefing-hub.js';

/**
 * What the briefing parts use of the process and of other features: the bus, this
 * process's live briefings and question limiter (built by the briefing module's `start`),
 * and the policy module's service for acknowledgements and FAQ entries.
 */
export type BriefingDeps = {
  bus: EventBus;
  /** Live briefing rooms of this process. */
  briefings: BriefingHub;
  /** Questions per user per minute. */
  questionLimiter: RateLimiterMemory;
  /** The policy service over `em` (the request's, or a transaction's), as the viewer. */
  policy: (em: EntityManager) => Pick<PolicyService, 'acknowledge' | 'addFaqEntry'>;
};
