import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { LIMITS } from '../../src/app/limits.js';
import { PARSE_OPTIONS } from '../../src/app/operation-guard.js';
import { operationCost } from '../../src/app/query-cost.js';

/**
 * Query generation for the schema walk (visibility-walk.test.ts): every field of a type,
 * recursively, within the server's own limits (depth, tokens, cost), so each generated
 * operation is one a client could send.
 */

/** Every field of `type` down to `depth` levels, each object type at most once on a path. */
export function selectionOf(
  type: GraphQLNamedType,
  depth: number,
  seen: readonly string[] = [],
  pruned: ReadonlySet<string> = new Set(),
): string {
  if (isUnionType(type)) {
    return `__typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} { ${selectionOf(member, depth, seen, pruned)} }`)
      .join(' ')}`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (pruned.has(`${type.name}.${field.name}`)) continue;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(field.name);
      continue;
    }
    if (depth <= 1 || seen.includes(named.name)) continue;
    const inner = selectionOf(named, depth - 1, [...seen, type.name], pruned);
    if (inner.trim() && inner !== '__typename') parts.push(`${field.name} { ${inner} }`);
  }
  return parts.join(' ');
}

/** The deepest selection of `field` that the server's limits accept with these variables. */
export function operationFor(
  schema: GraphQLSchema,
  kind: 'query' | 'subscription',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  pruned: ReadonlySet<string> = new Set(),
): string {
  const given = field.args.filter((arg) => args[arg.name] !== undefined);
  const header = given.length ? `(${given.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
  const call = given.length ? `(${given.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  for (let depth = LIMITS.depth - 2; depth >= 1; depth--) {
    const selection = isLeafType(named) ? '' : ` { ${selectionOf(named, depth, [], pruned)} }`;
    const text = `${kind} Walk${header} { ${field.name}${call}${selection} }`;
    let document;
    try {
      document = parse(text, PARSE_OPTIONS);
    } catch {
      continue; // over the token limit: go shallower
    }
    try {
      // null: the variables do not fit the operation; the server answers that itself.
      if ((operationCost(schema, document, args) ?? 0) <= LIMITS.cost * 0.95) return text;
    } catch {
      continue;
    }
  }
  throw new Error(`no selection of ${field.name} fits the limits`);
}

export type Candidates = (name: string, type: GraphQLInputType, parent: string) => unknown[] | undefined;

/**
 * Argument sets for a field: its required arguments filled in, then each optional argument
 * (and each field of an input object argument) given alone, once per candidate value.
 */
export function argumentSets(field: GraphQLField<unknown, unknown>, candidates: Candidates): Record<string, unknown>[] {
  const base: Record<string, unknown> = {};
  const bases: Record<string, unknown>[] = [base];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const values = valuesOf(arg, candidates, field.name);
    if (values.length === 0) throw new Error(`no value for ${field.name}(${arg.name})`);
    // A required ID is walked over every candidate (every case, every audit, ...).
    const expanded: Record<string, unknown>[] = [];
    for (const b of bases) for (const value of values) expanded.push({ ...b, [arg.name]: value });
    bases.splice(0, bases.length, ...expanded);
  }
  const sets = [...bases];
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined && !isInputObjectType(getNullableType(arg.type)))
      continue;
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      for (const inner of Object.values(named.getFields())) {
        const values = candidates(inner.name, inner.type, named.name) ?? [];
        for (const value of values) {
          for (const b of bases.slice(0, 1)) {
            const current = (b[arg.name] as Record<string, unknown> | undefined) ?? {};
            sets.push({ ...b, [arg.name]: { ...current, [inner.name]: value } });
          }
        }
      }
    } else {
      for (const value of candidates(arg.name, arg.type, field.name) ?? [])
        sets.push({ ...bases[0], [arg.name]: value });
    }
  }
  const unique = new Map(sets.map((set) => [JSON.stringify(set), set]));
  return [...unique.values()];
}

/** `Type.field` of the field an error path ends on (list indices skipped). */
export function coordinateOf(schema: GraphQLSchema, path: readonly (string | number)[]): string | null {
  let type: GraphQLNamedType | undefined = schema.getQueryType() ?? undefined;
  let coordinate: string | null = null;
  for (const key of path) {
    if (typeof key === 'number') continue;
    if (!type || !isObjectType(type)) return null;
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[key];
    if (!field) return null;
    coordinate = `${type.name}.${key}`;
    type = getNamedType(field.type);
  }
  return coordinate;
}

function valuesOf(arg: GraphQLArgument, candidates: Candidates, parent: string): unknown[] {
  const named = getNamedType(arg.type);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const inner of Object.values(named.getFields())) {
      if (!isNonNullType(inner.type) || inner.defaultValue !== undefined) continue;
      const options = candidates(inner.name, inner.type, named.name);
      if (!options?.length) throw new Error(`no value for ${named.name}.${inner.name}`);
      value[inner.name] = options[0];
    }
    return [value];
  }
  return candidates(arg.name, arg.type, parent) ?? [];
}

/** Objects of an answer with their schema type, for checks by type. */
export function* objectsOf(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  value: unknown,
): Generator<{ type: string; object: Record<string, unknown> }> {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    for (const v of value as unknown[]) yield* objectsOf(schema, inner.ofType, v);
    return;
  }
  if (isScalarType(inner) || isEnumType(inner)) return;
  const object = value as Record<string, unknown>;
  const concrete = isUnionType(inner) ? schema.getType(object['__typename'] as string) : inner;
  if (!isObjectType(concrete)) return;
  yield { type: concrete.name, object };
  const fields = concrete.getFields();
  for (const [key, v] of Object.entries(object)) {
    const field = fields[key];
    if (field) yield* objectsOf(schema, field.type, v);
  }
}
