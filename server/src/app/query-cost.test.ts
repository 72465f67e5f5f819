import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS, LIST_CAP } from './limits.js';
import { PARSE_OPTIONS } from './operation-guard.js';
import { checkOperationCost, operationCost, UNSIZED_LIST } from './query-cost.js';
import { buildConcordSchema } from './schema.js';

// A schema with a cycle, an unsized list and a paged connection.
const schema = buildSchema(`
  input PageInput { first: Int! = 50 after: String }
  type Node { id: ID! name: String parent: Node children: [Node!]! }
  type NodeEdge { cursor: String! node: Node! }
  type NodeConnection { totalCount: Int! edges: [NodeEdge!]! }
  type Query {
    node: Node
    nodes(page: PageInput): NodeConnection!
    top(limit: Int): [Node!]!
    recent(first: Int! = 50): [Node!]!
  }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables);

describe('operationCost', () => {
  it('counts each field once, and multiplies a list without a size by UNSIZED_LIST', () => {
    expect(cost('{ node { id name } }')).toBe(3);
    // children: 1 + (id) × 20; one level deeper multiplies again.
    expect(cost('{ node { children { id } } }')).toBe(1 + (1 + 1 * UNSIZED_LIST));
    expect(cost('{ node { children { children { id } } } }')).toBe(1 + (1 + (1 + UNSIZED_LIST) * UNSIZED_LIST));
  });

  it('sizes a connection by its page, given as a variable, written, or by default, and counts edges once', () => {
    const query = 'query($n: Int!) { nodes(page: { first: $n }) { edges { node { id } } } }';
    // nodes: 1 + edges(1 + node(1 + id)) × n
    expect(cost(query, { n: 1 })).toBe(1 + 3);
    expect(cost(query, { n: 200 })).toBe(1 + 3 * 200);
    expect(cost('{ nodes(page: { first: 200 }) { edges { node { id } } } }')).toBe(1 + 3 * 200);
    expect(cost('{ nodes { edges { node { id } } } }')).toBe(1 + 3 * 50);
    expect(cost('{ top(limit: 7) { id } }')).toBe(1 + 7);
  });

  it('gives no estimate for variables that do not fit (execution refuses them)', () => {
    expect(cost('query($n: Int!) { nodes(page: { first: $n }) { totalCount } }', {})).toBeNull();
    expect(cost('query($n: Int!) { nodes(page: { first: $n }) { totalCount } }', { n: 'many' })).toBeNull();
  });

  it('refuses an operation over the limit with a validation error, and lets introspection through', () => {
    const deep = `{ node { children { children { children { children { id name } } } } } }`;
    const error = checkOperationCost(schema, parse(deep), {}, null, 1000);
    expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 1000 });
    expect(error?.message).toMatch(/^Query cost limit of 1000 exceeded, estimated \d+/);
    expect(checkOperationCost(schema, parse('{ node { id } }'), {}, null, 1000)).toBeNull();
    const introspection = '{ __schema { types { name fields { name args { name type { name } } } } } }';
    expect(cost(introspection)).toBeGreaterThan(1000);
    expect(checkOperationCost(schema, parse(introspection), {}, null, 1000)).toBeNull();
  });
});

/** Every document the client sends, from the code generator's map of them. */
function clientDocuments(): string[] {
  const generated = readFileSync(fileURLToPath(new URL('../../../client/src/gql/gql.ts', import.meta.url)), 'utf8');
  const start = generated.indexOf('type Documents = {');
  const block = generated.slice(start, generated.indexOf('\n};', start));
  // The generator quotes a key with ' unless the document holds one (an apostrophe in a
  // comment), then with ". Both are read; every entry must be, or a document goes unchecked
  // (the RCA board's did, and was refused in the browser).
  const sources = [...block.matchAll(/^ {2}(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"): typeof types\./gm)].map(
    ([, single, double]) =>
      (single !== undefined
        ? JSON.parse(`"${single.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`)
        : JSON.parse(`"${double!}"`)) as string,
  );
  expect(sources.length, 'every document in gql.ts is read').toBe(block.match(/: typeof types\./g)?.length);
  return sources;
}

/**
 * The documents as Apollo Client sends them: it adds `__typename` to every selection set
 * below the operation's root (its cache keys objects by type), and each is a field the
 * estimate counts. Left out, the estimate was about 40% low for list-heavy pages (the RCA
 * board's 104,610 passed here and was refused in the browser).
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
      if (has) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
}

/** A value for a required variable; page sizes at their maximum, so the estimate is the worst case. */
function sampleValue(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (field.defaultValue === undefined && isNonNullType(field.type)) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  const samples: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    Int: 200,
    Float: 0.5,
    Boolean: true,
    DateTimeISO: '2026-11-22T00:00:00.000Z',
    LocalDate: '2026-11-22',
  };
  return samples[inner.name] ?? 'x';
}

describe('capped lists', () => {
  it('are estimated at what they return: `first`, or its default', () => {
    expect(cost('{ recent { id } }')).toBe(1 + LIST_CAP.default);
    expect(cost('{ recent(first: 7) { id } }')).toBe(1 + 7);
    expect(cost('query($n: Int!) { recent(first: $n) { id name } }', { n: 200 })).toBe(1 + 2 * 200);
  });

  it('refuse a `first` over the maximum, or under one, with BAD_USER_INPUT before any estimate', () => {
    for (const [query, variables] of [
      ['{ recent(first: 201) { id } }', {}],
      ['query($n: Int!) { recent(first: $n) { id } }', { n: 1_000_000 }],
      ['{ recent(first: 0) { id } }', {}],
      ['query($n: Int!) { nodes(page: { first: $n }) { totalCount } }', { n: 500 }],
    ] as const) {
      const error = checkOperationCost(schema, parse(query), variables, null, LIMITS.cost);
      expect(error?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(error?.message).toMatch(/ask for 1 to 200 items at a time/);
    }
  });

  it("share one cap in Concord's schema: every `first` defaults to LIST_CAP.default (a briefing's questions: 100)", async () => {
    const concord = await buildConcordSchema();
    const defaults: Record<string, unknown> = {};
    for (const type of Object.values(concord.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        const first = type.getFields()['first'];
        if (first) defaults[type.name] = first.defaultValue;
      } else if ('getFields' in type) {
        for (const field of Object.values(type.getFields()))
          for (const arg of 'args' in field ? field.args : [])
            if (arg.name === 'first') defaults[`${type.name}.${field.name}`] = arg.defaultValue;
      }
    }
    const { ['Briefing.questions']: questions, ...rest } = defaults;
    expect(questions).toBe(100);
    expect(Object.keys(rest)).toEqual(expect.arrayContaining(['Query.calibrationSessions', 'SamplingPlan.runs']));
    expect(new Set(Object.values(rest))).toEqual(new Set([LIST_CAP.default]));
  });
});

describe('the client and the cost limit', () => {
  it('fits every operation the client sends under the limit, page sizes at their maximum', async () => {
    const concord: GraphQLSchema = await buildConcordSchema();
    const document = withTypenames(parse(clientDocuments().join('\n')));
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(50);
    const over: string[] = [];
    for (const operation of operations) {
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const type = typeFromAST(concord, definition.type) as GraphQLInputType;
        const value = definition.defaultValue ? undefined : sampleValue(type);
        if (value !== undefined) variables[definition.variable.name.value] = value;
      }
      const name = operation.name!.value;
      const estimate = operationCost(concord, document, variables, name);
      expect(estimate, `${name} has an estimate`).not.toBeNull();
      if (estimate! > LIMITS.cost) over.push(`${name}: ${estimate}`);
    }
    expect(over).toEqual([]);
  });

  it('parses every operation the client sends within the token limit', () => {
    const documents = clientDocuments();
    expect(documents.length).toBeGreaterThan(50);
    for (const source of documents) expect(() => parse(source, PARSE_OPTIONS), source.slice(0, 60)).not.toThrow();
  });
});

describe('an estimate that cannot be made', () => {
  it('refuses the operation instead of letting it through', () => {
    // graphql-query-complexity stops at 10,000 nodes by throwing; that used to count as "fits".
    const spreads = `{ node { ${Array.from({ length: 2_000 }, () => '...F').join(' ')} } } fragment F on Node { id name parent { id } }`;
    const error = checkOperationCost(schema, parse(spreads), {}, null, 1_000_000);
    expect(error?.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(/could not estimate/);
  });
});
