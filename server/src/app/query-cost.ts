import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { getVariableValues } from 'graphql/execution/values.js';
import {
  getNamedType,
  getOperationAST,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { LIST_CAP } from './limits.js';

/**
 * The items a list without a size argument is assumed to hold (a session's items, an
 * item's votes, a taxonomy's labels): a few dozen in practice, rarely more.
 */
export const UNSIZED_LIST = 20;

/**
 * The size a field's arguments ask for: `page: { first }` on connections (the page's
 * default `first` when no page is given, as the resolver does), `first`, or `limit`.
 */
function requestedSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  const page = args['page'] as { first?: unknown } | null | undefined;
  const first = page?.first ?? args['first'];
  if (typeof first === 'number' && (first < 1 || first > LIST_CAP.max)) throw new ListSizeError(field.name, first);
  const size = first ?? args['limit'] ?? defaultPageSize(field);
  return typeof size === 'number' ? Math.max(0, size) : null;
}

/** A page or capped list asked for more than LIST_CAP.max items (or fewer than one). */
export class ListSizeError extends Error {
  constructor(
    readonly field: string,
    readonly first: number,
  ) {
    super(
      `\`first\` on ${field} is ${first}: ask for 1 to ${LIST_CAP.max} items at a time${
        first > LIST_CAP.max ? ' (a connection pages on with `after`; a capped list lists the first ones only)' : ''
      }.`,
    );
  }
}

function defaultPageSize(field: GraphQLField<unknown, unknown>): unknown {
  const pageType = getNamedType(field.args.find((arg) => arg.name === 'page')?.type);
  return isInputObjectType(pageType) ? pageType.getFields()['first']?.defaultValue : undefined;
}

/**
 * Each field costs 1 plus its selection, times the number of items it returns: the size
 * its arguments ask for (after variables and defaults), or {@link UNSIZED_LIST} for a list
 * without one. Nested lists therefore multiply, which is the cost that matters.
 */
const sizedListEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection's `page` already sized it: its edges are that many, not that many again.
  // (Our connections are the types named …Connection, see app/connection.ts.)
  const pageOfConnection = type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
  const size =
    requestedSize(field, args) ?? (isListType(getNullableType(field.type)) && !pageOfConnection ? UNSIZED_LIST : 1);
  return 1 + childComplexity * size;
};

/**
 * The estimated cost of one operation with its variables, or null when the variables do
 * not fit the operation (execution then refuses them with its own error). graphql-armor's
 * cost rule runs during validation, before variables are known, so it counted `first: 50`
 * written in the query but not `page: { first: $n }`: a query could ask for 200 × 200 × …
 * nested items at a nominal cost. graphql-query-complexity estimates with the variables.
 * Any other failure to estimate throws {@link CostUnknownError}: a limit fails closed.
 */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number | null {
  const operation = getOperationAST(query, operationName ?? undefined);
  if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return null;
  try {
    return getComplexity({
      schema,
      query,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [sizedListEstimator],
    });
  } catch (cause) {
    if (cause instanceof ListSizeError) throw cause;
    throw new CostUnknownError(cause);
  }
}

/** The estimator failed on a document that parsed and validated: it must not run. */
export class CostUnknownError extends Error {
  constructor(cause: unknown) {
    super('The cost of this operation could not be estimated.', { cause });
  }
}

/** The refusal for an operation over the limit: a validation failure, like depth and aliases. */
export function costLimitError(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `Query cost limit of ${limit} exceeded, estimated ${cost}: ask for fewer items per page or fewer nested lists.`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, limit, http: { status: 400 } } },
  );
}

/** An operation that asks only about the schema: exempt, so tools (codegen, explorers) keep working. */
function isIntrospectionOnly(query: DocumentNode, operationName?: string | null): boolean {
  const operation = query.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return Boolean(
    operation?.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')),
  );
}

/** The refusal for an operation over `limit`, or null when it fits (or is introspection). */
export function checkOperationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limit: number,
): GraphQLError | null {
  if (isIntrospectionOnly(query, operationName)) return null;
  let cost: number | null;
  try {
    cost = operationCost(schema, query, variables, operationName);
  } catch (error) {
    if (error instanceof ListSizeError)
      return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    if (!(error instanceof CostUnknownError)) throw error;
    console.warn(`Refused an operation whose cost could not be estimated: ${String(error.cause)}`);
    return new GraphQLError(
      'Concord could not estimate what this operation would cost, so it was not run: ask for fewer fields or fragments.',
      { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } } },
    );
  }
  return cost !== null && cost > limit ? costLimitError(cost, limit) : null;
}
