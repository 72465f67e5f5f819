import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type RateLimiterMemory } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { QualityService } from '../modules/audit/quality.service.js';
import { BriefingService } from '../modules/briefing/briefing.service.js';
import type { BriefingHub } from '../modules/briefing/briefing-hub.js';
import { AnalyticsService } from '../modules/analytics/analytics.service.js';
import { CalibrationService } from '../modules/calibration/calibration.service.js';
import type { SessionHub } from '../modules/calibration/session-hub.js';
import { CaseService } from '../modules/case/case.service.js';
import { IdentityService } from '../modules/identity/identity.service.js';
import type { PasswordCost } from '../modules/identity/password.js';
import { type TokenService } from '../modules/identity/token.js';
import { User } from '../modules/identity/user.entity.js';
import { PolicyService } from '../modules/policy/policy.service.js';
import { RcaService } from '../modules/rca/rca.service.js';
import { QuizService } from '../modules/quiz/quiz.service.js';
import { Visibility } from '../modules/shared/visibility/visibility.js';
import { bindDeadline, Deadline } from './deadline.js';
import { accountDeactivated } from './errors.js';
import type { EventBus } from './event-bus.js';
import { type Viewer, viewerOf } from './viewer.js';

/** What lives as long as the process: built once in `createApp`. */
export type AppDeps = {
  orm: MikroORM;
  config: Config;
  tokens: TokenService;
  bus: EventBus;
  loginLimiter: RateLimiterMemory;
  /** Failed sign-ins per address, whatever the email. */
  loginAddressLimiter: RateLimiterMemory;
  /** scrypt cost of new hashes, and of the check an unknown email gets. */
  passwordCost: PasswordCost;
  /** Live calibration rooms of this process. */
  sessions: SessionHub;
  /** Live briefing rooms of this process. */
  briefings: BriefingHub;
  /** Questions per user per minute in briefings. */
  questionLimiter: RateLimiterMemory;
};

/** Services are cheap objects over the request's EntityManager; no DI container needed. */
export function createServices(em: EntityManager, deps: AppDeps, viewer: Viewer | null) {
  const visibility = new Visibility(em, viewer);
  return {
    visibility,
    identity: new IdentityService(em, deps, viewer),
    policy: new PolicyService(em, viewer),
    case: new CaseService(em, viewer, visibility),
    calibration: new CalibrationService(em, deps, viewer),
    audit: new AuditService(em, deps, viewer, visibility),
    quality: new QualityService(em, viewer, visibility),
    quiz: new QuizService(em, viewer),
    rca: new RcaService(em, viewer, visibility),
    briefing: new BriefingService(em, deps, viewer),
    analytics: new AnalyticsService(em, viewer),
  };
}

export type Services = ReturnType<typeof createServices>;

/** One per HTTP request, and one per websocket operation (see `ws.ts`). */
export type Context = {
  em: EntityManager;
  viewer: Viewer | null;
  services: Services;
  clientIp: string;
  /** The operation's time limit (REQUEST_DEADLINE_MS), bound to `em` too: see deadline.ts. */
  deadline: Deadline;
};

/** The user behind a token, or null when the token is absent. A bad token throws UNAUTHENTICATED. */
export async function resolveViewer(em: EntityManager, deps: AppDeps, token: string | null): Promise<Viewer | null> {
  if (token === null) return null;
  const { userId } = await deps.tokens.verify(token);
  const user = await em.findOne(User, { id: userId, active: true }, { populate: ['market', 'team.vendor'] });
  if (!user) {
    throw accountDeactivated();
  }
  return viewerOf(user);
}

/** An EntityManager of its own for one operation, under its deadline (which starts now). */
export function operationEm(deps: AppDeps): { em: EntityManager; deadline: Deadline } {
  const em = deps.orm.em.fork() as EntityManager;
  const deadline = new Deadline(deps.config.REQUEST_DEADLINE_MS);
  bindDeadline(em, deadline);
  return { em, deadline };
}

export async function createContext(deps: AppDeps, token: string | null, clientIp: string): Promise<Context> {
  const { em, deadline } = operationEm(deps);
  const viewer = await resolveViewer(em, deps, token);
  return { em, viewer, services: createServices(em, deps, viewer), clientIp, deadline };
}
