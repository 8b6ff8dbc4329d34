import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from '../shared/page';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) for one node type. */
export function connectionOf<T extends object>(Node: ClassType<T>, name: string) {
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

    @Field(() => Int, { description: 'Records matching the filter within your scope, all pages' })
    totalCount!: number;
  }
  return NodeConnection;
}

export const emptyConnection = <T>(): Connection<T> => ({ edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
