/**
 * How a metered request's operation is named (src/modules/usage/metering.ts): the name usage
 * statistics and activity are grouped by. Executed requests are named from what the GraphQL layer
 * saw; requests refused before execution, from their body.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationOf, operationOfBody } from '../../src/modules/usage/metering.js';
import { MAX_OPERATION_LENGTH } from '../../src/modules/usage/usage-batch.js';
import { operationLabelOf } from '../../src/shared/metrics.js';
import type { GraphQLRequestFacts, RequestStore } from '../../src/shared/request-store.js';

describe('a request refused before execution, named from its body', () => {
  it('takes the operation name and type of a named operation', () => {
    expect(operationOfBody({ query: 'query Keys { viewer { id } }' })).toEqual({
      operation: 'Keys',
      operationType: 'query',
    });
    expect(operationOfBody({ query: 'mutation Rotate($id: ID!) { rotateApiKey(id: $id) { id } }' })).toEqual({
      operation: 'Rotate',
      operationType: 'mutation',
    });
  });

  it('names an anonymous operation by its root fields, sorted and without repeats', () => {
    expect(operationOfBody({ query: '{ viewer { id } }' })).toEqual({ operation: '{viewer}', operationType: 'query' });
    expect(operationOfBody({ query: '{ viewer { id } a: project(id: "1") { id } viewer { name } }' })).toEqual({
      operation: '{project,viewer}',
      operationType: 'query',
    });
  });

  it('names fragment spreads at the root (fragment), and picks the operation operationName asks for', () => {
    const query = `
      fragment Me on Query { viewer { id } }
      query First { ...Me }
      query Second { ... on Query { viewer { id } } project(id: "1") { id } }`;
    expect(operationOfBody({ query, operationName: 'First' })).toEqual({ operation: 'First', operationType: 'query' });
    expect(operationOfBody({ query: 'mutation { ...M } fragment M on Mutation { logOut }' })).toEqual({
      operation: '{(fragment)}',
      operationType: 'mutation',
    });
    expect(operationOfBody({ query: '{ ... on Query { viewer { id } } project(id: "1") { id } }' })).toEqual({
      operation: '{(fragment),project}',
      operationType: 'query',
    });
  });

  it('keeps the requested name when the document does not parse or lacks that operation, typed unknown', () => {
    expect(operationOfBody({ query: '{ viewer {', operationName: 'Broken' })).toEqual({
      operation: 'Broken',
      operationType: 'unknown',
    });
    expect(operationOfBody({ query: 'query A { viewer { id } }', operationName: 'B' })).toEqual({
      operation: 'B',
      operationType: 'unknown',
    });
  });

  it('says (not executed) when nothing names the operation', () => {
    for (const body of [undefined, null, 'a string', {}, { query: 42 }, { query: '{ viewer {' }, { query: '' }]) {
      expect(operationOfBody(body), JSON.stringify(body)).toEqual({
        operation: '(not executed)',
        operationType: 'unknown',
      });
    }
    expect(operationOfBody({ query: '{ viewer {', operationName: '' }).operation).toBe('(not executed)');
  });

  it('gives up on a document of more than 2,000 tokens', () => {
    const query = `query Huge { ${Array.from({ length: 1100 }, (_, i) => `f${i}: viewer { id }`).join(' ')} }`;
    expect(operationOfBody({ query })).toEqual({ operation: '(not executed)', operationType: 'unknown' });
  });

  it(`cuts names to ${MAX_OPERATION_LENGTH} characters`, () => {
    const name = `Op${'x'.repeat(300)}`;
    expect(operationOfBody({ query: `query ${name} { viewer { id } }` }).operation).toBe(
      name.slice(0, MAX_OPERATION_LENGTH),
    );
    expect(operationOfBody({ query: '{', operationName: name }).operation).toHaveLength(MAX_OPERATION_LENGTH);
  });
});

describe('an executed request, named from what the GraphQL layer saw', () => {
  function storeOf(facts: Partial<GraphQLRequestFacts>): RequestStore {
    return {
      requestId: 'request-1',
      statements: 0,
      graphql: {
        operationName: null,
        operation: '',
        type: 'query',
        callerKind: 'key',
        keyId: null,
        projectId: null,
        userId: null,
        errorCodes: [],
        ...facts,
      },
    };
  }

  it('takes the client operation name, else the root fields in braces', () => {
    const body = { query: 'query FromBody { viewer { id } }' };
    expect(operationOf(storeOf({ operationName: 'Keys', operation: 'viewer' }), body)).toEqual({
      operation: 'Keys',
      operationType: 'query',
    });
    expect(operationOf(storeOf({ operation: 'project,viewer', type: 'mutation' }), body)).toEqual({
      operation: '{project,viewer}',
      operationType: 'mutation',
    });
    expect(operationOf(storeOf({ operationName: 'y'.repeat(200), operation: 'viewer' }), body).operation).toHaveLength(
      MAX_OPERATION_LENGTH,
    );
  });

  it('falls back to the body when the GraphQL layer did not resolve the operation', () => {
    const body = { query: 'query FromBody { viewer { id } }' };
    expect(operationOf(undefined, body)).toEqual({ operation: 'FromBody', operationType: 'query' });
    expect(operationOf(storeOf({ type: 'unknown' }), body)).toEqual({ operation: 'FromBody', operationType: 'query' });
  });

  it('labels root fields sorted, without __typename, fragments as (fragment), more than three as (several)', () => {
    const label = (query: string) => {
      const [definition] = parse(query).definitions;
      if (definition?.kind !== 'OperationDefinition') throw new Error('not an operation');
      return operationLabelOf(definition);
    };
    expect(label('{ viewer { id } project(id: "1") { id } __typename }')).toBe('project,viewer');
    expect(label('{ __typename }')).toBe('__typename');
    expect(label('{ ...F }')).toBe('(fragment)');
    expect(label('{ a: viewer { id } b: viewer { id } }')).toBe('viewer');
    expect(label('{ a { id } b { id } c { id } d { id } }')).toBe('(several)');
  });
});
