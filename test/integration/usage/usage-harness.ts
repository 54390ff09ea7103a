import type { UsageOptions } from '../../../src/modules/usage/usage-options.js';
import type { Config } from '../../../src/shared/config.js';
import type { MikroORM } from '../../../src/shared/orm.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';

export type UsageTestServer = TestServer;

/**
 * A test server for usage tests: its own prefixes (from startTestServer), fast flushes and expiry
 * runs, expiry limited to the projects a test names (the database is shared), workers running
 * unless `workers: false`.
 */
export async function startUsageServer(
  overrides: { redisUrl?: string; usage?: Partial<UsageOptions>; workers?: boolean; config?: Partial<Config> } = {},
): Promise<UsageTestServer> {
  return startTestServer(
    { ...(overrides.redisUrl ? { redisUrl: overrides.redisUrl } : {}), ...overrides.config },
    {
      usage: { flushIntervalMs: 50, expiryEveryMs: 500, expiryProjectIds: [], ...overrides.usage },
      workers: overrides.workers !== false,
    },
  );
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
