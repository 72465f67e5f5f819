import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { LIMITS, limitRules } from './limits.js';
import { checkOperationCost } from './query-cost.js';

/**
 * The checks every operation passes before it runs, the same on HTTP and websockets, so
 * a limit cannot be walked around by changing transport. On HTTP, Apollo Server parses,
 * validates and coerces the variables itself (with {@link PARSE_OPTIONS} and the same
 * rules) and {@link guardOperation} runs in a plugin; on a websocket,
 * {@link prepareOperation} does all of it before the operation takes a slot.
 */

/**
 * A document of more tokens is refused while it is parsed, before anything else reads
 * it: a query of thousands of repeated fragment spreads made the cost estimator throw.
 * The client's largest operation is near 200 tokens.
 */
export const PARSE_OPTIONS = { maxTokens: 5_000 } as const;

export const VALIDATION_RULES = [...specifiedRules, ...limitRules];

/**
 * Text PostgreSQL cannot store (a NUL, U+0000) or that is not text at all (a lone UTF-16
 * surrogate, which no UTF-8 encoder can write): refused once here for every string an
 * operation carries, in its variables and in the document itself, instead of failing in
 * the database as an internal error in whichever mutation it reached.
 */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'contains a NUL character (U+0000)'
    : `contains a lone UTF-16 surrogate (U+${found[0].charCodeAt(0).toString(16).toUpperCase()})`;
}

/** The first unstorable string in a variables object, with its path (`input.rationale`). */
function badTextInValue(value: unknown, at: string): { at: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { at, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = badTextInValue(item, `${at}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A key is text too: it is checked against the input type, but only after this.
      const found = badTextInValue(key, at) ?? badTextInValue(item, at ? `${at}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function badTextInDocument(document: DocumentNode): { at: string; problem: string } | null {
  let found: { at: string; problem: string } | null = null;
  visit(document, {
    StringValue(node) {
      const problem = found ? null : problemOf(node.value);
      if (problem) found = { at: `the query at line ${node.loc?.startToken.line ?? '?'}`, problem };
    },
  });
  return found;
}

/** BAD_USER_INPUT for unstorable text anywhere in the operation, or null. */
export function checkText(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const found = badTextInValue(variables ?? {}, '') ?? badTextInDocument(document);
  if (!found) return null;
  const where = found.at.startsWith('the query') ? found.at : `$${found.at}`;
  return new GraphQLError(`The text in ${where} ${found.problem}, which Concord cannot store: remove it.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

function readsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

export type GuardOptions = {
  /** Whether a user is signed in: the schema is described to signed-in users only, in production. */
  signedIn: boolean;
  production: boolean;
};

/**
 * After parsing and validation: introspection, unstorable text and the cost with the
 * variables. Null when the operation may run. An estimate that cannot be made refuses the
 * operation (it used to let it through).
 */
export function guardOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  options: GuardOptions,
): GraphQLError | null {
  if (options.production && !options.signedIn && readsSchema(document)) {
    return new GraphQLError('Sign in to read the schema (it is published with the source, in schema/schema.graphql).', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return checkText(document, variables) ?? checkOperationCost(schema, document, variables, operationName, LIMITS.cost);
}

/** Everything a websocket operation needs to run, or the errors that refuse it, coded as on HTTP. */
export function prepareOperation(
  schema: GraphQLSchema,
  payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  options: GuardOptions,
): { document: DocumentNode; operation: OperationDefinitionNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(payload.query, PARSE_OPTIONS);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The query could not be read.';
    return {
      errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } } })],
    };
  }
  const invalid = validate(schema, document, VALIDATION_RULES);
  if (invalid.length > 0) {
    return {
      errors: invalid.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes ?? null,
            extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          }),
      ),
    };
  }
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (!operation) {
    const message = payload.operationName
      ? `Unknown operation named "${payload.operationName}".`
      : 'Send one operation, or name the one to run (operationName).';
    return { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })] };
  }
  // Unstorable text first, as on HTTP (where variables are coerced only when it runs).
  const badText = checkText(document, payload.variables);
  if (badText) return { errors: [badText] };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (coerced.errors) {
    return {
      errors: coerced.errors.map(
        (error) =>
          new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { code: 'BAD_USER_INPUT' } }),
      ),
    };
  }
  const refused = guardOperation(schema, document, payload.variables, payload.operationName, options);
  return refused ? { errors: [refused] } : { document, operation };
}

/** Apollo Server: {@link guardOperation} once the operation is known, before it runs. */
export function operationGuardPlugin<T extends { viewer: unknown }>(production: boolean): ApolloServerPlugin<T> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, request, operationName, contextValue }) => {
        const signedIn = contextValue.viewer !== null;
        const error = guardOperation(schema, document, request.variables, operationName, { signedIn, production });
        if (error) throw error;
      },
    }),
  };
}
