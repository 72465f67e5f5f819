/**
 * Every list that grows with use and has no cursor (sessions, briefings, appeals, a plan's
 * runs, an escalation's links, …) returns at most `first` items: LIST_CAP.default unless
 * asked, never more than LIST_CAP.max, as a connection's page does (PageInput). The cost
 * estimate reads the default from the schema (query-cost.ts), and an operation asking for
 * more than the maximum is refused with BAD_USER_INPUT before it runs.
 */
export const LIST_CAP = { default: 50, max: 200 } as const;

/** The `first` argument of a capped list (type-graphql `@Arg` options). */
export const firstArg = {
  defaultValue: LIST_CAP.default,
  description: `How many to return: ${LIST_CAP.default} unless asked, at most ${LIST_CAP.max}.`,
} as const;

/** A capped list's description: what it lists, then its cap. */
export const capped = (description: string) =>
  `${description} At most \`first\` of them (${LIST_CAP.default} unless asked, ${LIST_CAP.max} at most).`;

/** The rows a capped list takes: what `first` asks (the operation guard refused anything else). */
export const take = (first: number) => Math.min(Math.max(1, Math.trunc(first)), LIST_CAP.max);
