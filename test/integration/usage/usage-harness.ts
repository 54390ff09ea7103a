import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import type { UsageOptions } from '../../../src/modules/usage/usage-options.js';
import { createApp } from '../../../src/server.js';
import { loadConfig } from '../../../src/shared/config.js';
import { createLogger } from '../../../src/shared/logger.js';
import { type MikroORM, openOrm } from '../../../src/shared/orm.js';
import { startWorkers, type Workers } from '../../../src/worker.js';
import { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_SECRET } from '../../helpers/env.js';
import type { TestServer } from '../../helpers/harness.js';

/**
 * A test server whose rate-limit keys and queues live under a prefix of its own (removed by
 * `close()`), so usage tests never see each other's counters or jobs, nor anyone else's.
 */
export interface UsageTestServer extends TestServer {
  prefix: string;
  options: Partial<UsageOptions>;
  workers: Workers | null;
  startWorkers(): Promise<Workers>;
  stopWorkers(): Promise<void>;
}

function memoryLog(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
}

/** Deletes every Redis key under `prefix` (test queues and limiter counters). */
export async function removePrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function startUsageServer(
  overrides: { redisUrl?: string; usage?: Partial<UsageOptions>; workers?: boolean } = {},
): Promise<UsageTestServer> {
  const prefix = `test-usage-${randomUUID().slice(0, 8)}`;
  const redisUrl = overrides.redisUrl ?? TEST_REDIS_URL;
  const config = {
    ...loadConfig({ LATCHKEY_SECRET: TEST_SECRET, DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: redisUrl }),
    port: 0,
  };
  const options: Partial<UsageOptions> = {
    queuePrefix: prefix,
    limiterPrefix: `${prefix}:rl`,
    flushIntervalMs: 50,
    expiryEveryMs: 500,
    // The test database is shared: expire only the projects a test names.
    expiryProjectIds: [],
    ...overrides.usage,
  };
  const logs: string[] = [];
  const logger = createLogger('debug', memoryLog(logs));
  const orm: MikroORM = await openOrm(config.databaseUrl);
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  const app = await createApp({ config, logger, orm, redis, usage: options });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const server: UsageTestServer = {
    url,
    app,
    orm,
    redis,
    config,
    logs,
    prefix,
    options,
    workers: null,
    async startWorkers() {
      server.workers = await startWorkers({ config, logger, orm, usage: options });
      return server.workers;
    },
    async stopWorkers() {
      await server.workers?.close();
      server.workers = null;
    },
    async gql(query, variables, requestOptions = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as never };
    },
    async close() {
      // Every step runs even when an earlier one fails (a test may have closed the app itself).
      await app.close().catch(() => undefined);
      await server.stopWorkers().catch(() => undefined);
      await orm.close().catch(() => undefined);
      redis.disconnect();
      const prefixes = new Set([prefix, options.queuePrefix ?? prefix, options.limiterPrefix ?? prefix]);
      for (const used of prefixes) await removePrefix(redisUrl, used).catch(() => undefined);
    },
  };
  if (overrides.workers !== false) await server.startWorkers();
  return server;
}

/** Polls `read` until `done` says yes, or fails after `timeoutMs` with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Total requests of a key in usage_stats (hour buckets), straight from PostgreSQL. */
export async function countedRequests(orm: MikroORM, keyId: string): Promise<number> {
  const [row] = await orm.em
    .fork()
    .execute<{ n: number }[]>(
      "select coalesce(sum(requests), 0)::int as n from usage_stats where api_key_id = ? and bucket_size = 'HOUR'",
      [keyId],
    );
  return Number(row?.n ?? 0);
}
