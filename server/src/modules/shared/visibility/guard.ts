import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Visibility } from './visibility.js';

type Guarded = 'User' | 'Team' | 'Vendor';
const GUARDED = new Set<string>(['User', 'Team', 'Vendor']);

/**
 * The vendor wall, by construction: every field of the schema whose type is a User, a
 * Team or a Vendor (or a list of them) passes its value through the request's
 * `Visibility`, so a person, team or vendor of another vendor reaches a vendor's viewer
 * only as "another vendor's reviewer / team / vendor". A relation added later is covered
 * without remembering to be. Lists leave such people out instead.
 */
export function guardVendorWall(schema: GraphQLSchema, visibilityOf: (context: unknown) => Visibility | null) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!GUARDED.has(named.name)) continue;
      const kind = named.name as Guarded;
      const list = isListType(getNullableType(field.type));
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        const value: unknown = await resolve(source, args, context, info);
        const visibility = visibilityOf(context);
        if (value == null || !visibility || visibility.viewer?.vendorId == null) return value;
        if (!list) return mask(visibility, kind, value);
        const items = value as unknown[];
        const shown = await Promise.all(items.map((item) => (item == null ? item : mask(visibility, kind, item))));
        // In a list, another vendor's people are left out rather than shown masked.
        return shown.filter((item) => !(item as { anonymous?: boolean } | null)?.anonymous && !isPseudonym(item));
      };
    }
  }
  return schema;
}

const isPseudonym = (item: unknown) => String((item as { id?: unknown } | null)?.id ?? '').startsWith('hidden-');

function mask(visibility: Visibility, kind: Guarded, value: unknown) {
  switch (kind) {
    case 'User':
      return visibility.person(value as never);
    case 'Team':
      return visibility.team(value as never);
    case 'Vendor':
      return visibility.vendor(value as never);
  }
}
