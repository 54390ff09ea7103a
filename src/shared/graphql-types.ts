import { type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** A TS object for `registerEnumType` from a const list of names. */
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export function registerEnum<const T extends readonly string[]>(
  values: T,
  name: string,
  description: string,
  valueDescriptions: { [K in T[number]]: string },
): { [K in T[number]]: K } {
  const enumObject = enumOf(values);
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(valueDescriptions).map(([value, text]) => [value, { description: text as string }]),
    ) as never,
  });
  return enumObject;
}

@ObjectType({ description: 'Where a page of a connection ends, and whether more follow.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}

/** A Relay-style connection type (`edges { cursor node }`, `pageInfo`, `totalCount`) for `nodeType`. */
export function createConnection<T extends object>(name: string, nodeType: ClassType<T>, description: string) {
  // Plain objects (`toConnection`): graphql-js reads their fields directly (`simpleResolvers`).
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description, simpleResolvers: true })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return { Edge, Connection };
}
