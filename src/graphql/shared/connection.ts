import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay connection type (`<Name>Connection` with `<Name>Edge`) for one node type: every list of every area is
 * paged alike. `totalCount` counts what the filter matches within the caller's scope, all pages.
 */
export function connectionOf<T extends object>(
  Node: ClassType<T>,
  name: string,
  totalCountDescription = 'Records matching the filter within your scope, all pages',
) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class NodeConnection implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [Node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: totalCountDescription })
    totalCount!: number;
  }
  return NodeConnection;
}

export const emptyConnection = <T>(): Connection<T> => ({ edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
