import type { EntityManager } from '@mikro-orm/postgresql';
import { accountDeactivated, signedOut } from '../modules/identity/identity.errors.js';
import { User } from '../modules/identity/user.entity.js';
import type {
  AnyFeatureModule,
  JobTasks,
  NeededBy,
  ProcessDeps,
  ProvidedBy,
  RequestDeps,
  ServicesOf,
} from '../modules/shared/module.js';
import { AuditTrail } from '../modules/shared/audit-log/audit-trail.js';
import type { ContextNeededBy } from '../modules/shared/context.js';
import { Visibility } from '../modules/shared/visibility/visibility.js';
import { bindDeadline, Deadline } from './deadline.js';
import { modules } from './modules.js';
import { type Viewer, viewerOf } from './viewer.js';

/**
 * What lives as long as the process: built once in `startConcord`, the app's own parts
 * (`ProcessDeps`) and what each module's `start` provides (its live hub, its limiters).
 */
export type AppDeps = ProcessDeps & ProvidedBy<typeof modules>;

/**
 * Starts each module's process-lived parts (in the modules' order) over the app's own.
 * `onClose` gets each part's close as soon as it is started, so a failure further on
 * can stop those already running; `tasks` collects the jobs the modules run.
 */
export function startModules<const L extends readonly AnyFeatureModule[] = typeof modules>(
  core: ProcessDeps,
  onClose: (close: () => Promise<void>) => void,
  list: L = modules as unknown as L,
  tasks: JobTasks = {},
): ProcessDeps & ProvidedBy<L> {
  const provided: Record<string, unknown> = {};
  for (const module of list) {
    const runtime = module.start?.(core);
    if (!runtime) continue;
    if (runtime.close) onClose(runtime.close);
    Object.assign(provided, runtime.provides);
    Object.assign(tasks, runtime.tasks);
  }
  return { ...core, ...provided } as ProcessDeps & ProvidedBy<L>;
}

/** Every module's per-request services, by name (`ctx.services.case`), and the request's `visibility`. */
export type Services = ServicesOf<typeof modules>;

/**
 * The services of `list` over one request: the request's one Visibility, then each
 * module's `services` from the deps it asks for (`deps` must hold all of them: a module
 * asking for something the app does not give is a type error here). Cheap objects over
 * the request's EntityManager; no DI container needed.
 */
export function servicesOf<const L extends readonly AnyFeatureModule[]>(
  list: L,
  deps: Omit<NeededBy<L>, 'visibility' | 'auditTrail'> & Omit<RequestDeps, 'visibility' | 'auditTrail'>,
): ServicesOf<L> {
  const visibility = new Visibility(deps.em, deps.viewer);
  const auditTrail = new AuditTrail(deps.em, deps.viewer, deps.clientIp);
  const request = { ...deps, visibility, auditTrail };
  const services: Record<string, unknown> = { visibility, auditTrail };
  for (const module of list) if (module.services) Object.assign(services, module.services(request));
  return services as ServicesOf<L>;
}

export const createServices = (em: EntityManager, deps: AppDeps, viewer: Viewer | null, clientIp: string): Services =>
  servicesOf(modules, { ...deps, em, viewer, clientIp });

/**
 * Each feature's resolvers read the context as a type of their own (`RequestContext<S>`,
 * modules/shared/context.ts) with the services they use, declared in their module
 * (`withContext`). The app's context must be every one of them: a feature asking for a
 * service the app does not provide fails the type check here.
 */
type EveryFeaturesContext<C extends ContextNeededBy<typeof modules>> = C;

/** One per HTTP request, and one per websocket operation (see `ws.ts`). */
export type Context = EveryFeaturesContext<{
  em: EntityManager;
  viewer: Viewer | null;
  services: Services;
  clientIp: string;
  /** The operation's time limit (REQUEST_DEADLINE_MS), bound to `em` too: see deadline.ts. */
  deadline: Deadline;
}>;

/** The user behind a token, or null when the token is absent. A bad token throws UNAUTHENTICATED. */
export async function resolveViewer(em: EntityManager, deps: AppDeps, token: string | null): Promise<Viewer | null> {
  if (token === null) return null;
  const { userId, issuedAtMs } = await deps.tokens.verify(token);
  const user = await em.findOne(User, { id: userId, active: true }, { populate: ['market', 'team.vendor'] });
  if (!user) {
    throw accountDeactivated();
  }
  if (user.tokensValidAfter && issuedAtMs < user.tokensValidAfter.getTime()) throw signedOut();
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
  return { em, viewer, services: createServices(em, deps, viewer, clientIp), clientIp, deadline };
}
