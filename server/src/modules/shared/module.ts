import type { EntityClass, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { ClassType } from 'type-graphql';
import type { Config } from '../../config.js';
import type { PasswordCost } from '../identity/password.js';
import type { TokenService } from '../identity/token.js';
import type { User } from '../identity/user.entity.js';
import type { EventBus } from './bus.js';
import type { JobName, JobPayloads } from './jobs.js';
import type { AuditTrail } from './audit-log/audit-trail.js';
import type { Viewer } from './viewer.js';
import type { Visibility } from './visibility/visibility.js';

/**
 * What the app builds once per process and offers every module's `start` (and every
 * module's `services`, which take the part they use).
 */
export type ProcessDeps = {
  orm: MikroORM;
  config: Config;
  bus: EventBus;
  tokens: TokenService;
  /** scrypt cost of new hashes, and of the check an unknown email gets. */
  passwordCost: PasswordCost;
};

/**
 * What each request (an HTTP request, a websocket operation) offers: its EntityManager,
 * who asks and from where, the request's one `Visibility` and its audit-log writer, shared
 * by every module's services.
 */
export type RequestDeps = {
  em: EntityManager;
  viewer: Viewer | null;
  /** The address the request came from (`unknown` when the transport does not say). */
  clientIp: string;
  visibility: Visibility;
  auditTrail: AuditTrail;
};

/** How a module runs the jobs it names (modules/shared/jobs.ts); a throw retries the job later. */
export type JobTasks = { [N in JobName]?: (payload: JobPayloads[N]) => Promise<void> };

/** What a module's `start` gives: its process-lived parts (live hubs, limiters), and how to stop them. */
export type ModuleRuntime<P extends object> = {
  /** Merged into the app's deps, where this module's `services` (and tests) find them. */
  provides: P;
  close?: () => Promise<void>;
  /** The jobs it runs, over the parts it started. */
  tasks?: JobTasks;
};

/** What the demo's people give the features' demo seeds. */
export type DemoSeedContext = {
  /** The demo's policy owner, author of the demo policies. */
  policyOwner: User;
  /** The email of the demo moderator of each market code. */
  moderators: Record<string, string>;
};

/**
 * One feature: everything `app/` needs to know about it, so adding a feature is a folder
 * with a `<feature>.module.ts` and one line in `app/modules.ts`.
 *
 * - `entities`: its MikroORM entities (and embeddables);
 * - `resolvers`: its type-graphql resolver classes;
 * - `start`: its process-lived parts, built once at start-up, closed at shutdown;
 * - `services`: its per-request services, from a narrow deps type of its own (a part of
 *   `RequestDeps`, `ProcessDeps` and what modules' `start` provide); each key becomes
 *   `ctx.services.<key>`;
 * - `seedDemo`: its part of the demo data, run in the modules' order;
 * - `routes`: plain HTTP routes beside /graphql (a redirect to and from another site, as
 *   SSO's), built once over the process's deps and mounted before the client's pages;
 *
 * and, outside this object, its bus topics (declaration merging into `BusNotices`,
 * modules/shared/bus.ts).
 */
export type FeatureModule<P extends object, D, S extends object> = {
  readonly name: string;
  readonly entities?: readonly EntityClass<object>[];
  readonly resolvers?: readonly ClassType[];
  readonly start?: (deps: ProcessDeps) => ModuleRuntime<P>;
  readonly services?: (deps: D) => S;
  readonly seedDemo?: (tx: EntityManager, demo: DemoSeedContext) => Promise<unknown> | void;
  readonly routes?: (deps: ProcessDeps) => Router;
};

export type AnyFeatureModule = FeatureModule<object, any, object>;

/** Declares a module, keeping its exact type (what it provides and which services it adds). */
export const defineModule = <const M extends AnyFeatureModule>(module: M): M => module;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Merged<U> = [U] extends [never] ? unknown : UnionToIntersection<U>;

/** Everything the modules' `start` provide, merged. */
export type ProvidedBy<L extends readonly AnyFeatureModule[]> = Merged<
  L[number] extends infer M ? (M extends { start: (deps: never) => ModuleRuntime<infer P> } ? P : never) : never
>;

/** Every module's services, merged: the type of `ctx.services` (with the request's `visibility`). */
export type ServicesOf<L extends readonly AnyFeatureModule[]> = {
  visibility: Visibility;
  auditTrail: AuditTrail;
} & Merged<L[number] extends infer M ? (M extends { services: (deps: never) => infer S } ? S : never) : never>;

/** What the modules' `services` need together: the app must give each request all of it. */
export type NeededBy<L extends readonly AnyFeatureModule[]> = Merged<
  L[number] extends infer M ? (M extends { services: (deps: infer D) => object } ? D : never) : never
>;
