import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { BriefingQuestionResolver, BriefingReplyResolver } from '../modules/briefing/briefing-question.resolver.js';
import { BriefingThreadResolver } from '../modules/briefing/briefing-thread.resolver.js';
import { BriefingResolver } from '../modules/briefing/briefing.resolver.js';
import {
  CalibrationItemResolver,
  CalibrationSessionResolver,
  GoldChallengeResolver,
} from '../modules/calibration/calibration.resolver.js';
import {
  AppealResolver,
  AuditResolver,
  QualityResolver,
  SamplingPlanResolver,
  SamplingRunResolver,
} from '../modules/audit/audit.resolver.js';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { CaseResolver } from '../modules/case/case.resolver.js';
import { TeamResolver, UserResolver } from '../modules/identity/identity.resolver.js';
import {
  AcknowledgementResolver,
  FaqEntryResolver,
  PolicyResolver,
  PolicyVersionResolver,
} from '../modules/policy/policy.resolver.js';
import {
  QuizAnswerResolver,
  QuizAttemptResolver,
  QuizQuestionResolver,
  QuizResolver,
} from '../modules/quiz/quiz.resolver.js';
import { RcaActionItemResolver, RcaEscalationResolver } from '../modules/rca/rca.resolver.js';
import { guardVendorWall } from '../modules/shared/visibility/guard.js';
import { authChecker } from './auth-checker.js';
import type { Context } from './context.js';

export const resolvers = [
  UserResolver,
  TeamResolver,
  PolicyResolver,
  PolicyVersionResolver,
  FaqEntryResolver,
  AcknowledgementResolver,
  CaseResolver,
  CalibrationSessionResolver,
  CalibrationItemResolver,
  GoldChallengeResolver,
  SamplingPlanResolver,
  SamplingRunResolver,
  AuditResolver,
  AppealResolver,
  QualityResolver,
  QuizResolver,
  QuizQuestionResolver,
  QuizAttemptResolver,
  QuizAnswerResolver,
  RcaEscalationResolver,
  RcaActionItemResolver,
  BriefingResolver,
  BriefingThreadResolver,
  BriefingQuestionResolver,
  BriefingReplyResolver,
  AnalyticsResolver,
] as const;

export async function buildConcordSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    // Every subscription brings its own `subscribe` (the session hub), but type-graphql
    // insists on a pubSub whenever the schema has subscriptions; this one is never used.
    pubSub: createPubSub(),
    // class-validator checks every input object before a resolver runs.
    validate: { forbidUnknownValues: false, whitelist: true },
  });
  return guardVendorWall(schema, (context) => (context as Partial<Context> | null)?.services?.visibility ?? null);
}

/** The SDL committed as schema/schema.graphql: sorted, so its diffs are stable. */
export const printConcordSchema = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;
