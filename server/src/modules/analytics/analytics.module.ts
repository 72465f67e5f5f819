import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import {
  AnalyticsItemStat,
  AnalyticsLabelMonth,
  AnalyticsLabelPair,
  AnalyticsLabelStat,
  AnalyticsParticipantStat,
  AnalyticsScopeMonth,
  AnalyticsScopeStat,
} from './analytics-aggregates.entity.js';
import { type AnalyticsContext, AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { generateDemoAnalytics } from './demo-generator.js';

/** Agreement analytics over closed sessions, from aggregate tables written at each close. */
export const analyticsModule = defineModule({
  name: 'analytics',
  entities: [
    AnalyticsScopeStat,
    AnalyticsScopeMonth,
    AnalyticsLabelMonth,
    AnalyticsLabelStat,
    AnalyticsLabelPair,
    AnalyticsItemStat,
    AnalyticsParticipantStat,
  ],
  resolvers: withContext<AnalyticsContext>(AnalyticsResolver),
  services: ({ em, viewer, auditTrail }: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'>) => ({
    analytics: new AnalyticsService(em, viewer, auditTrail),
  }),
  // Half a year of closed sessions, so the analytics page has history on first start (about a second).
  seedDemo: (tx) => generateDemoAnalytics(tx, { sessions: 36, votes: 36 * 48, months: 6, votersPerMarket: 4 }),
});
