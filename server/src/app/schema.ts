import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, type ClassType } from 'type-graphql';
import type { AnyFeatureModule } from '../modules/shared/module.js';
import { guardVendorWall } from '../modules/shared/visibility/guard.js';
import { authChecker } from './auth-checker.js';
import type { Context } from './context.js';
import { modules } from './modules.js';

/** The resolver classes of `list`: every module's. */
export const resolversOf = (list: readonly AnyFeatureModule[]) =>
  list.flatMap((module) => module.resolvers ?? []) as [ClassType, ...ClassType[]];

/** The GraphQL schema of `list` (by default, Concord's modules). */
export async function buildConcordSchema(list: readonly AnyFeatureModule[] = modules): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolversOf(list),
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
