import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * The same query limits for HTTP and websocket operations (DESIGN.md "Limits"):
 * depth and aliases as validation rules (introspection is exempt so tools keep working),
 * and an estimated cost checked once the variables are known (query-cost.ts): every list
 * multiplies its selection by the items it may return, so the cost is roughly the number
 * of fields an answer can hold. The client's largest operation, a briefing room (200
 * questions, each with up to UNSIZED_LIST replies), is estimated near 55,000; a page of 200
 * cases with every version and label of their policies, near 170,000, is refused.
 */
export const LIMITS = { depth: 10, aliases: 15, cost: 100_000 } as const;

// The list cap is the features' (they declare `first` arguments with it); re-exported for
// the operation guard and the cost estimate.
export { capped, firstArg, LIST_CAP, take } from '../modules/shared/list-cap.js';

// graphql-armor throws from inside validation by default, which Apollo reports as an
// internal error (500); reporting through the validation context instead makes it an
// ordinary GRAPHQL_VALIDATION_FAILED answer the client can read.
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth, ignoreIntrospection: true, ...report }),
  maxAliasesRule({ n: LIMITS.aliases, ...report }),
] as ValidationRule[];

/**
 * Websocket limits: a message's size, how many operations one socket may run at once,
 * how many sockets one account may hold, and how many sockets one address may have
 * waiting for `connection_init` (they close after initTimeoutMs anyway).
 */
export const WS_LIMITS = {
  maxPayloadBytes: 64 * 1024,
  maxSubscriptions: 20,
  initTimeoutMs: 5_000,
  maxSocketsPerUser: 12,
  maxPendingSocketsPerAddress: 64,
} as const;
