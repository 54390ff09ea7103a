import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_SECRET } from '../../helpers/env.js';
import { graphql } from '../../helpers/gql/index.js';
import { show } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';
import { ThrowawayRedis } from '../../helpers/throwaway-services.js';
import { countedRequests, eventually, startUsageServer, type UsageTestServer } from './usage-harness.js';

/**
 * Nothing is lost: N requests in, N counted out, when the worker is killed in the middle of a
 * batch, when Redis goes away and comes back empty, when Redis stays away, and on shutdown.
 * Redis faults use a private redis-server (test/helpers/throwaway-services.ts), never the shared one.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const VIEWER = graphql(`query UsageFaultsViewer { viewer { scopes } }`);

let servers: UsageTestServer[] = [];
let children: ChildProcess[] = [];
/** A redis-server of this file's own, on a free port, that the tests stop and start. */
let privateRedis: ThrowawayRedis;

beforeAll(async () => {
  privateRedis = await ThrowawayRedis.create();
});

async function startPrivateRedis(): Promise<void> {
  if (!privateRedis.running) await privateRedis.start();
}

async function stopPrivateRedis(): Promise<void> {
  await privateRedis.stop();
}

async function track(server: Promise<UsageTestServer>): Promise<UsageTestServer> {
  const started = await server;
  servers.push(started);
  return started;
}

afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  for (const server of servers.splice(0)) await server.close().catch(() => undefined);
  servers = [];
});
afterAll(async () => {
  await privateRedis?.destroy();
});

async function calls(server: UsageTestServer, token: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const result = await server.gql(VIEWER, {}, { token });
    expect(result.status, show(result)).toBe(200);
  }
}

/** Starts the usage worker in a process of its own (see worker-process.ts); resolves once it listens. */
async function startWorkerProcess(queuePrefix: string): Promise<ChildProcess> {
  const child = spawn(
    resolve(ROOT, 'node_modules/.bin/node'),
    [resolve(ROOT, 'node_modules/.bin/jiti'), resolve(import.meta.dirname, 'worker-process.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: TEST_DATABASE_URL,
        REDIS_URL: 'redis://127.0.0.1:6379',
        LATCHKEY_SECRET: TEST_SECRET,
        TEST_QUEUE_PREFIX: queuePrefix,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`worker process did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`worker process exited (${code}):\n${output}`));
    });
  });
  return child;
}

describe('usage survives faults', () => {
  it('counts every request once when the worker is killed in the middle of a batch', async () => {
    const server = await track(
      startUsageServer({ workers: false, usage: { lockDurationMs: 2000, stalledIntervalMs: 1000 } }),
    );
    const project = await seedProject(server, { plan: 'PRO' });
    const keyId = project.defaultKey.id;
    const child = await startWorkerProcess(server.prefix);

    // Hold the key's row so the worker stops inside its transaction, after writing the buckets and
    // the activity (NO KEY UPDATE lets the foreign-key checks of those inserts through).
    const blocker = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('select 1 from api_keys where id = $1 for no key update', [keyId]);
      await calls(server, project.defaultKey.secret, 30);
      await eventually(
        async () =>
          (
            await blocker.query(
              `select count(*)::int as n from pg_stat_activity
               where wait_event_type = 'Lock' and query like '%update api_keys k set%'`,
            )
          ).rows[0].n as number,
        (waiting) => waiting > 0,
      );
      child.kill('SIGKILL');
      await new Promise<void>((exited) => child.once('exit', () => exited()));
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    // The killed worker's transaction was rolled back: nothing was counted yet.
    await new Promise((done) => setTimeout(done, 300));
    expect(await countedRequests(server.orm, keyId)).toBe(0);

    // A new worker takes over the stalled job once the dead worker's lock expires.
    await server.startWorkers();
    await eventually(
      () => countedRequests(server.orm, keyId),
      (count) => count >= 30,
      30_000,
    );
    await new Promise((done) => setTimeout(done, 1500));
    expect(await countedRequests(server.orm, keyId)).toBe(30);
    const [row] = await server.orm.em
      .fork()
      .execute<{ usage_count: number; activity: number }[]>(
        'select usage_count::int, (select count(*)::int from usage_activity where api_key_id = ?) as activity from api_keys where id = ?',
        [keyId, keyId],
      );
    expect(row).toEqual({ usage_count: 30, activity: 30 });
  }, 60_000);

  it('counts every request once when Redis goes down and comes back empty', async () => {
    await startPrivateRedis();
    const server = await track(startUsageServer({ redisUrl: privateRedis.url, usage: { directWriteAfterMs: 60_000 } }));
    const project = await seedProject(server, { plan: 'PRO' });
    const keyId = project.defaultKey.id;
    const token = project.defaultKey.secret;

    await calls(server, token, 10);
    await eventually(
      () => countedRequests(server.orm, keyId),
      (count) => count >= 10,
    );

    await stopPrivateRedis();
    // Requests keep working while Redis is away: limits hold per process, events wait in memory.
    for (let index = 0; index < 15; index += 1) {
      const result = await server.gql(VIEWER, {}, { token });
      expect(result.status, show(result)).toBe(200);
      expect(result.headers.get('x-ratelimit-limit')).toBe('300');
    }
    await new Promise((done) => setTimeout(done, 500));
    expect(await countedRequests(server.orm, keyId)).toBe(10);

    await startPrivateRedis();
    await calls(server, token, 5);
    await eventually(
      () => countedRequests(server.orm, keyId),
      (count) => count >= 30,
      30_000,
    );
    await new Promise((done) => setTimeout(done, 1000));
    expect(await countedRequests(server.orm, keyId)).toBe(30);
  }, 60_000);

  it('counts requests made while Redis was down when the API started', async () => {
    await stopPrivateRedis();
    const server = await track(startUsageServer({ redisUrl: privateRedis.url, workers: false }));
    const project = await seedProject(server, { plan: 'PRO' });
    await calls(server, project.defaultKey.secret, 6);
    await startPrivateRedis();
    await server.startWorkers();
    await eventually(
      () => countedRequests(server.orm, project.defaultKey.id),
      (count) => count >= 6,
      20_000,
    );
    await new Promise((done) => setTimeout(done, 500));
    expect(await countedRequests(server.orm, project.defaultKey.id)).toBe(6);
  }, 40_000);

  it('writes usage straight to PostgreSQL when Redis stays away', async () => {
    await startPrivateRedis();
    const server = await track(
      startUsageServer({ redisUrl: privateRedis.url, workers: false, usage: { directWriteAfterMs: 1000 } }),
    );
    const project = await seedProject(server, { plan: 'PRO' });
    await stopPrivateRedis();
    await calls(server, project.defaultKey.secret, 12);
    await eventually(
      () => countedRequests(server.orm, project.defaultKey.id),
      (count) => count >= 12,
    );
    expect(await countedRequests(server.orm, project.defaultKey.id)).toBe(12);
    expect(server.logs.join('')).toContain('batch written directly to PostgreSQL');
  }, 30_000);

  it('drains buffered events on shutdown', async () => {
    // An API process that would not flush for a minute, and a worker process apart from it.
    const api = await track(startUsageServer({ workers: false, usage: { flushIntervalMs: 60_000 } }));
    const worker = await track(startUsageServer({ usage: { redisPrefix: api.prefix } }));
    const project = await seedProject(api, { plan: 'PRO' });
    await calls(api, project.defaultKey.secret, 9);
    expect(await countedRequests(api.orm, project.defaultKey.id)).toBe(0);

    await api.app.close(); // what main.ts does on SIGTERM, before closing the ORM
    await eventually(
      () => countedRequests(worker.orm, project.defaultKey.id),
      (count) => count >= 9,
    );
    expect(await countedRequests(worker.orm, project.defaultKey.id)).toBe(9);
    // afterEach closes both; the worker's close removes the queue prefix they share.
  }, 30_000);
});
