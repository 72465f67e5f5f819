import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import type { AuditTrail } from './audit-log/audit-trail.js';
import type { Viewer } from './viewer.js';
import type { Visibility } from './visibility/visibility.js';

/** The operation's time limit, as a feature may use it (app/deadline.ts's `Deadline` is one). */
export interface RequestDeadline {
  /** The limit, in ms from the operation's start, and the time it passes (epoch ms). */
  readonly ms: number;
  readonly at: number;
  /** Throws TIMEOUT once the limit has passed. */
  check(): void;
  /** `value`, or TIMEOUT when the limit passes first. */
  race<T>(value: Promise<T>): Promise<T>;
}

/**
 * The request's context (`@Ctx()`) as a feature's resolvers read it: the request's `em`,
 * who asks and from where, its deadline, and `services`, the services `S` they use (named by
 * their classes, their own feature's or another's) with the request's `visibility` and
 * `auditTrail`. The app builds one context with every module's services (app/context.ts),
 * and checks it is each feature's: see `withContext`.
 *
 * It lives here, not in app/, so that no feature imports anything from app/, not even a
 * type: the app lists the features, and a feature naming the app's context, derived from
 * that list, would close a cycle (the lint fails on it).
 */
export type RequestContext<S extends object = object> = {
  em: EntityManager;
  viewer: Viewer | null;
  /** The address the request came from (`unknown` when the transport does not say). */
  clientIp: string;
  deadline: RequestDeadline;
  services: S & { visibility: Visibility; auditTrail: AuditTrail };
};

declare const contextOf: unique symbol;

/** A module's resolver classes, marked (at the type level only) with the context they read. */
export type ResolversOf<C extends RequestContext> = readonly ClassType[] & { readonly [contextOf]?: C };

/**
 * A module's `resolvers`, and the context they read (`withContext<QuizContext>(QuizResolver, …)`):
 * the app's context must be assignable to it, so a feature asking for a service the app does
 * not provide fails the type check (`ContextNeededBy`, app/context.ts).
 */
export const withContext = <C extends RequestContext>(...resolvers: ClassType[]): ResolversOf<C> => resolvers;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Merged<U> = [U] extends [never] ? unknown : UnionToIntersection<U>;

/** What the resolvers of the modules `L` read from their context, together. */
export type ContextNeededBy<L extends readonly object[]> = Merged<
  L[number] extends infer M ? (M extends { resolvers: { readonly [contextOf]?: infer C } } ? C : never) : never
>;
