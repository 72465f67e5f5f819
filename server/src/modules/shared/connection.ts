import type { Cursor } from '@mikro-orm/core';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Relay page info.' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export type Connection<T> = {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
};

/** A Relay connection type for `Node`: `<Node>Connection` with `<Node>Edge`s. */
export function ConnectionType<T extends object>(Node: ClassType<T>) {
  @ObjectType(`${Node.name}Edge`)
  class Edge {
    @Field(() => Node) node!: T;
    @Field() cursor!: string;
  }

  @ObjectType(`${Node.name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many match the filters, across all pages.' }) totalCount!: number;
  }
  return ConnectionClass;
}

/** MikroORM's keyset cursor (`em.findByCursor`) as a Relay connection. */
export function toConnection<T extends object>(cursor: Cursor<T>): Connection<T> {
  return {
    edges: cursor.items.map((node) => ({ node, cursor: cursor.from(node) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage ?? false,
      hasPreviousPage: cursor.hasPrevPage ?? false,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount,
  };
}
