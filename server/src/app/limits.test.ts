import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS, limitRules } from './limits.js';

// A schema with a cycle, so a query can be as deep and as costly as a client likes.
const schema = buildSchema(`
  type Node { id: ID! name: String parent: Node children: [Node!]! }
  type Query { node: Node }
`);

const check = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...limitRules]).map((error) => error.message);

/** `{ node { parent { … { id } } } }`, `depth` fields deep counting `node` and `id`. */
const chain = (depth: number) => `{ node { ${'parent { '.repeat(depth - 2)}id ${'} '.repeat(depth - 2)}} }`;

describe('query limits', () => {
  it('accepts a query at the depth limit and refuses one past it', () => {
    expect(check(chain(LIMITS.depth))).toEqual([]);
    expect(check(chain(LIMITS.depth + 1))).toEqual([
      `Syntax Error: Query depth limit of ${LIMITS.depth} exceeded, found ${LIMITS.depth + 1}.`,
    ]);
  });

  it('refuses more aliases than the limit', () => {
    const query = `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(check(query)).toEqual([`Syntax Error: Aliases limit of ${LIMITS.aliases} exceeded, found 16.`]);
  });
});
