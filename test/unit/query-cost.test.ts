import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costedVariablesOf, costOf } from '../../src/graphql/query-limits.js';

const schema = buildSchema(`
  type Key { id: ID! owner: User }
  type User { id: ID! }
  type KeyEdge { node: Key! }
  type KeyConnection { edges: [KeyEdge!]! }
  type Query { keys(first: Int): KeyConnection! viewer: User }
  type Mutation { verify(key: String!): Boolean }
`);

describe('query cost', () => {
  it('follows the variables given to first and to @include/@skip, each value in turn', () => {
    const document = parse(
      'query Keys($n: Int = 50, $withOwner: Boolean!) { keys(first: $n) { edges { node { id owner @include(if: $withOwner) { id } } } } }',
    );
    const cost = (variables: Record<string, unknown>) => costOf(schema, document, 'Keys', variables);
    const withOwners = cost({ n: 10, withOwner: true });
    const withoutOwners = cost({ n: 10, withOwner: false });
    expect(withOwners).toBeGreaterThan(withoutOwners);
    expect(cost({ n: 20, withOwner: true })).toBeGreaterThan(withOwners);
    // Left out, the default (50) applies; given as null, the page size's default (20) does.
    expect(cost({ withOwner: true })).toBeGreaterThan(cost({ n: null, withOwner: true }));
    expect(cost({ n: null, withOwner: true })).toBe(cost({ n: 20, withOwner: true }));
    // The same values again: the same answers.
    expect(cost({ n: 10, withOwner: true })).toBe(withOwners);
    expect(cost({ n: 10, withOwner: false })).toBe(withoutOwners);
  });

  it('is known by the variables it depends on only: a key given to verify is neither part of it nor kept', () => {
    const document = parse('mutation Verify($key: String!) { verify(key: $key) }');
    expect(costedVariablesOf(document)).toEqual([]);
    const first = costOf(schema, document, 'Verify', { key: 'lk_live_one' });
    expect(costOf(schema, document, 'Verify', { key: 'lk_live_two' })).toBe(first);
    const paged = parse(
      'query($n: Int, $m: Int, $f: Boolean!, $q: String) { keys(first: $n) { edges { node { id @skip(if: $f) } } } a: keys(first: $m) { edges { node { id } } } }',
    );
    expect(costedVariablesOf(paged)).toEqual(['n', 'f', 'm']);
  });
});
