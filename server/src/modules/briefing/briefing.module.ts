import { RateLimiterMemory } from 'rate-limiter-flexible';
import { seedDemoBriefings } from '../../db/seed/demo-briefings.js';
import { createPolicyService } from '../policy/policy.module.js';
import { withContext } from '../shared/context.js';
import { defineModule, type ProcessDeps, type RequestDeps } from '../shared/module.js';
import { Briefing } from './briefing.entity.js';
import type { BriefingDeps } from './briefing-deps.js';
import { BriefingHub } from './briefing-hub.js';
import { BriefingPresence } from './briefing-presence.entity.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingQuestionResolver, BriefingReplyResolver } from './briefing-question.resolver.js';
import { BriefingReply } from './briefing-reply.entity.js';
import { BriefingThreadResolver } from './briefing-thread.resolver.js';
import { BriefingUpvote } from './briefing-upvote.entity.js';
import { type BriefingContext, BriefingResolver } from './briefing.resolver.js';
import { BriefingService } from './briefing.service.js';

/** Live policy briefings: questions, upvotes, replies, moderation and acknowledgements. */
export const briefingModule = defineModule({
  name: 'briefing',
  entities: [Briefing, BriefingQuestion, BriefingReply, BriefingUpvote, BriefingPresence],
  resolvers: withContext<BriefingContext>(
    BriefingResolver,
    BriefingThreadResolver,
    BriefingQuestionResolver,
    BriefingReplyResolver,
  ),
  start: ({ orm, bus, config }: ProcessDeps) => {
    // Live briefing rooms of this process (presence in briefing_presence).
    const briefings = new BriefingHub(orm, bus);
    return {
      provides: {
        briefings,
        /** Questions per user per minute in briefings. */
        questionLimiter: new RateLimiterMemory({ points: config.QUESTIONS_PER_MINUTE, duration: 60 }),
      },
      close: () => briefings.close(),
    };
  },
  services: (deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'> & Omit<BriefingDeps, 'policy'>) => ({
    briefing: new BriefingService(
      deps.em,
      { ...deps, policy: (em) => createPolicyService({ em, viewer: deps.viewer, auditTrail: deps.auditTrail }) },
      deps.viewer,
    ),
  }),
  seedDemo: (tx) => seedDemoBriefings(tx),
});
