import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { EventBus } from '../shared/bus.js';
import type { BriefingHub } from './briefing-hub.js';

/**
 * What the briefing parts use of the process's deps: the slice of `AppDeps` they need,
 * named here so that briefing/ does not import the app's context (which imports it back).
 */
export type BriefingDeps = {
  bus: EventBus;
  /** Live briefing rooms of this process. */
  briefings: BriefingHub;
  /** Questions per user per minute. */
  questionLimiter: RateLimiterMemory;
};
