/**
 * One Apollo plugin for Latchkey's request hooks (src/graphql/request-hooks.ts), run by a real
 * Apollo Server: the hooks see each step, every refusal check runs, and the first refusal in list
 * order is the answer, as when each concern was a plugin of its own.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type RequestHooks, requestHooksPlugin } from '../../src/graphql/request-hooks.js';

async function run(hooks: RequestHooks<object>[], query = '{ hello }') {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
    plugins: [requestHooksPlugin(hooks)],
  });
  await server.start();
  try {
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      context: async () => ({}),
    });
    return {
      status: result.status ?? 200,
      body: result.body.kind === 'complete' ? JSON.parse(result.body.string) : null,
    };
  } finally {
    await server.stop();
  }
}

const refuse = (code: string): RequestHooks<object> => ({
  didResolveOperation() {
    throw new GraphQLError(code, { extensions: { code, http: { status: 400 } } });
  },
});

describe('request hooks', () => {
  it('calls each step of each hook object in order, and waits for asynchronous willSendResponse', async () => {
    const seen: string[] = [];
    const record = (name: string): RequestHooks<object> => ({
      requestDidStart: () => void seen.push(`${name}:start`),
      didResolveOperation: ({ operation }) => void seen.push(`${name}:${operation?.operation}`),
      willSendResponse: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(`${name}:sent`);
      },
    });
    const answer = await run([record('a'), record('b')]);
    expect(answer.body).toEqual({ data: { hello: 'world' } });
    expect(seen).toEqual(['a:start', 'b:start', 'a:query', 'b:query', 'a:sent', 'b:sent']);
  });

  it('runs every refusal check and answers with the first refusal in list order', async () => {
    let laterRan = false;
    const later: RequestHooks<object> = {
      didResolveOperation() {
        laterRan = true;
      },
    };
    const answer = await run([refuse('FIRST'), refuse('SECOND'), later]);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((error: { message: string }) => error.message)).toEqual(['FIRST']);
    expect(laterRan).toBe(true);
  });

  it('tells didEncounterErrors about a document that does not parse', async () => {
    const errors: string[] = [];
    await run([{ didEncounterErrors: ({ errors: found }) => void errors.push(...found.map((e) => e.message)) }], '{');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Syntax Error/);
  });
});
