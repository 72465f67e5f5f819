import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';

/**
 * The same query limits for HTTP and websocket operations (DESIGN.md "Limits"):
 * depth, aliases and an estimated cost. Introspection is exempt so tools keep working.
 */
export const LIMITS = { depth: 10, aliases: 15, cost: 5000 } as const;

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth, ignoreIntrospection: true, exposeLimits: true }),
  maxAliasesRule({ n: LIMITS.aliases, exposeLimits: true }),
  costLimitRule({ maxCost: LIMITS.cost, ignoreIntrospection: true, exposeLimits: true }),
] as ValidationRule[];

/** Websocket limits: a message's size and how many operations one socket may run at once. */
export const WS_LIMITS = { maxPayloadBytes: 64 * 1024, maxSubscriptions: 20, initTimeoutMs: 5_000 } as const;
