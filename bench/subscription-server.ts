/**
 * One WebSocket server under test for `npm run bench:subscriptions`, in its own process:
 * `latchkey` (the API process as `LATCHKEY_ROLE=api` runs it: admission, metering, the live feed
 * from Redis) or `bare` (a bare graphql-ws server over `ws` on a plain http server, whose one
 * subscription yields what the parent sends over IPC: the baseline).
 *
 * IPC: sends `{ port }` once listening; answers `memory` with RSS and heap used; on `publish`
 * (bare) hands the event to every subscription; stops on `stop`.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { useServer as serveGraphQLOverWebSocket } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { openOrm } from '../src/database.js';
import { createApp } from '../src/http/server.js';
import { loadConfig } from '../src/shared/config.js';
import { createLogger } from '../src/shared/logger.js';

const mode = process.argv[2] as 'latchkey' | 'bare';
const send = (message: unknown) => process.send?.(message);

async function startLatchkey(): Promise<() => Promise<void>> {
  const config = {
    ...loadConfig({
      LATCHKEY_SECRET: process.env.BENCH_SECRET as string,
      DATABASE_URL: process.env.BENCH_DATABASE_URL as string,
      REDIS_URL: process.env.BENCH_REDIS_URL as string,
      LATCHKEY_REDIS_PREFIX: process.env.BENCH_PREFIX as string,
      LATCHKEY_ADMIN_EMAILS: process.env.BENCH_ADMIN as string,
    }),
    port: 0,
  };
  const logger = createLogger('warn', new Writable({ write: (_chunk, _encoding, done) => done() }));
  const orm = await openOrm(config.databaseUrl);
  const { Redis } = await import('ioredis');
  const redis = new Redis(config.redisUrl);
  const app = await createApp({ config, logger, orm, redis, usage: { redisPrefix: config.redisPrefix } });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  send({ port: (app.server.address() as AddressInfo).port });
  return async () => {
    await app.close();
    await orm.close();
    redis.disconnect();
  };
}

async function startBare(): Promise<() => Promise<void>> {
  const listeners = new Set<(value: string) => void>();
  process.on('message', (message: { type?: string; payload?: string }) => {
    if (message.type === 'publish') for (const listener of listeners) listener(message.payload as string);
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: GraphQLString,
          subscribe: () => {
            const queue: string[] = [];
            let wake: (() => void) | null = null;
            let done = false;
            const listener = (value: string) => {
              queue.push(value);
              wake?.();
            };
            listeners.add(listener);
            return {
              [Symbol.asyncIterator]() {
                return this;
              },
              async next() {
                while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
                const value = queue.shift();
                return value === undefined
                  ? { value: undefined, done: true }
                  : { value: { events: value }, done: false };
              },
              async return() {
                done = true;
                listeners.delete(listener);
                wake?.();
                return { value: undefined, done: true };
              },
            };
          },
        },
      },
    }),
  });
  const server = createServer((_request, response) => response.end());
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const graphqlWs = serveGraphQLOverWebSocket({ schema }, wss);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  send({ port: (server.address() as AddressInfo).port });
  return async () => {
    await graphqlWs.dispose();
    server.close();
  };
}

const stop = mode === 'latchkey' ? await startLatchkey() : await startBare();
process.on('message', async (message: { type?: string }) => {
  if (message.type === 'memory') {
    global.gc?.();
    const usage = process.memoryUsage();
    send({ type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed });
  } else if (message.type === 'stop') {
    await stop();
    process.exit(0);
  }
});
