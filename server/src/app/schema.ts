import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { TeamResolver, UserResolver } from '../modules/identity/identity.resolver.js';
import { authChecker } from './auth-checker.js';

export const resolvers = [UserResolver, TeamResolver] as const;

export function buildConcordSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    // class-validator checks every input object before a resolver runs.
    validate: { forbidUnknownValues: false, whitelist: true },
  });
}

/** The SDL committed as schema/schema.graphql: sorted, so its diffs are stable. */
export const printConcordSchema = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;
