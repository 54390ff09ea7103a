import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { type MikroORM, openOrm } from '../../src/database.js';
import { type App, createApp } from '../../src/http/server.js';
import type { UsageOptions } from '../../src/modules/usage/usage-options.js';
import { type Config, loadConfig } from '../../src/shared/config.js';
import { createLogger, type Logger } from '../../src/shared/logger.js';
import { startWorkers, type Workers } from '../../src/worker.js';
import { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_SECRET } from './env.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { graphql } from './gql/index.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface RequestOptions {
  /** A session token or an API key, sent as `Authorization: Bearer`. */
  token?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  app: App;
  orm: MikroORM;
  redis: Redis;
  config: Config;
  /** Every log line the server wrote, as text (for "secrets never logged" checks). */
  logs: string[];
  /** This server's own Redis prefix; its queues and rate-limit counters live under it. */
  prefix: string;
  /** The usage settings the server runs with. */
  options: Partial<UsageOptions>;
  /** The BullMQ workers, when started. */
  workers: Workers | null;
  /** A session of this server's instance administrator (LATCHKEY_ADMIN_EMAILS), signed up on first use. */
  adminToken(): Promise<string>;
  startWorkers(): Promise<Workers>;
  stopWorkers(): Promise<void>;
  /**
   * Posts a document to /graphql. A typed document (`graphql(...)` from test/helpers/gql, generated
   * by `npm run codegen`) gives the result and variables their types; a plain string (a malformed
   * or deliberately invalid document) is typed by `T`.
   */
  gql<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<GraphQLResult<TResult>>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Usage settings over this server's defaults (its own prefixes). */
  usage?: Partial<UsageOptions>;
  /** Start the usage and expiry workers in-process too. */
  workers?: boolean;
}

const ADMIN_PASSWORD = 'instance administrator passphrase 7';

/** A stream that keeps log lines in memory. */
function memoryLog(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
}

/** Deletes every Redis key under `prefix` (a test's queues and rate-limit counters). */
export async function removeRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts the real server (real PostgreSQL and Redis) on a free port. Each server gets its own
 * queue and rate-limiter prefixes, removed on close, so test files never share Redis state.
 */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const prefix = `lk-test-${randomUUID().slice(0, 8)}`;
  const adminEmail = `admin-${prefix}@example.test`;
  const config: Config = {
    ...loadConfig({
      LATCHKEY_SECRET: TEST_SECRET,
      DATABASE_URL: TEST_DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      LATCHKEY_ADMIN_EMAILS: adminEmail,
    }),
    port: 0,
    ...overrides,
  };
  const logs: string[] = [];
  const logger: Logger = createLogger('debug', memoryLog(logs));
  const orm = await openOrm(config.databaseUrl);
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  let adminSession: Promise<string> | null = null;
  // No event relay unless a test names its projects: the database is shared, and a relay takes
  // every project's events (src/modules/events).
  const usage: Partial<UsageOptions> = { redisPrefix: prefix, relayProjectIds: [], ...options.usage };
  let app: App;
  try {
    app = await createApp({ config, logger, orm, redis, usage });
  } catch (error) {
    // Refused to start (e.g. a Redis prefix held by another deployment): release what it opened.
    await orm.close();
    redis.disconnect();
    throw error;
  }
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const server: TestServer = {
    url,
    app,
    orm,
    redis,
    config,
    logs,
    prefix,
    options: usage,
    workers: null,
    adminToken() {
      adminSession ??= server
        .gql(graphql(`mutation HarnessAdmin($input: SignUpInput!) { signUp(input: $input) { token } }`), {
          input: { email: adminEmail, password: ADMIN_PASSWORD, name: 'Instance administrator' },
        })
        .then((result) => dataOf(result).signUp.token);
      return adminSession;
    },
    async startWorkers() {
      server.workers = await startWorkers({ config, logger, orm, usage });
      return server.workers;
    },
    async stopWorkers() {
      await server.workers?.close();
      server.workers = null;
    },
    async gql<T>(
      query: string | TypedDocumentString<T, unknown>,
      variables?: unknown,
      requestOptions: RequestOptions = {},
    ): Promise<GraphQLResult<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResult<T>['body'],
      };
    },
    async close() {
      // Every step runs even when an earlier one fails (a test may have closed the app itself).
      await app.close().catch(() => undefined);
      await server.stopWorkers().catch(() => undefined);
      await orm.close().catch(() => undefined);
      redis.disconnect();
      for (const used of new Set([prefix, usage.redisPrefix ?? prefix])) {
        await removeRedisPrefix(config.redisUrl, used).catch(() => undefined);
      }
    },
  };
  if (options.workers) await server.startWorkers();
  return server;
}

/** The data of a response that must have succeeded; otherwise throws with the whole response. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.body.errors?.length || !result.body.data) {
    throw new Error(`GraphQL request failed (HTTP ${result.status}):\n${JSON.stringify(result.body, null, 2)}`);
  }
  return result.body.data;
}

/** The first error's code, or undefined. */
export function codeOf(result: GraphQLResult<unknown>): unknown {
  return result.body.errors?.[0]?.extensions?.code;
}

/** For `expect(...)` messages: the whole response, so a red test explains itself. */
export function show(result: GraphQLResult<unknown>): string {
  return `HTTP ${result.status} ${JSON.stringify(result.body)}`;
}
