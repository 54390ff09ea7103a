/**
 * `npm run bench:usage`: the usage pipeline end to end (request → in-memory buffer → Redis/BullMQ →
 * usage worker → PostgreSQL), on 127.0.0.1 only, in under a minute.
 *
 * (a) throughput: 32 keep-alive clients send key-authenticated queries for LOAD_SECONDS; we count
 *     every answered request, then wait until PostgreSQL shows exactly that many in `usage_stats`.
 *     Figures: requests per second, events per second end to end (first request → last event
 *     visible) and how long the pipeline took to drain after the load stopped.
 * (b) lag: probes sent one at a time, each with its own operation name; the time from the answer to
 *     the row being visible in `usage_stats` (p50 / p95 / max).
 * (c) worker capacity: events pushed straight into the buffer (no HTTP), to show how far the
 *     Redis → worker → PostgreSQL part goes beyond what one API process produces.
 *
 * The server and workers run in a child process (`--server`), as `npm start` runs them, so the load
 * generator does not share their event loop. Environment: BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/latchkey_bench, created and migrated if missing),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379; keys under a unique prefix, removed at the end).
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { openOrm, prepareDatabase } from '../src/database.js';
import { createApp } from '../src/http/server.js';
import { readDeploymentId } from '../src/modules/deployment/redis-prefix-claim.js';
import type { UsageEvent } from '../src/modules/usage/usage-batch.js';
import { UsageEventBuffer } from '../src/modules/usage/usage-events.js';
import { usageOptionsOf } from '../src/modules/usage/usage-options.js';
import { loadConfig } from '../src/shared/config.js';
import { uuidv7 } from '../src/shared/ids.js';
import { createLogger } from '../src/shared/logger.js';
import { startWorkers } from '../src/worker.js';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'benchmark-secret-for-latchkey-0123456789abcdef';
const LOAD_SECONDS = 10;
const CLIENTS = 32;
const PROBES = 25;
const DIRECT_EVENTS = 50_000;

for (const url of [DATABASE_URL, REDIS_URL]) {
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname)) {
    throw new Error(`The benchmark talks to 127.0.0.1 only; ${url} is elsewhere.`);
  }
}

type ServerMessage = { port: number } | { pushed: number };
type ParentMessage = { push: { keyId: string; projectId: string; count: number } } | { stop: true };

/** The child: Latchkey's API and workers, as `npm start` runs them, under the benchmark's prefix. */
async function runServer(prefix: string): Promise<void> {
  const config = {
    ...loadConfig({
      ...process.env,
      DATABASE_URL,
      REDIS_URL,
      LATCHKEY_SECRET: SECRET,
      LATCHKEY_DEFAULT_PLAN: 'ENTERPRISE',
    }),
    port: 0,
  };
  const logger = createLogger('warn');
  const orm = await openOrm(config.databaseUrl);
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  const usage = { redisPrefix: prefix, expiryProjectIds: [] };
  const app = await createApp({ config, logger, orm, redis, usage });
  const workers = await startWorkers({ config, logger, orm, usage });
  // A buffer of its own for (c), fed directly: the same code path as the requests' events.
  const direct = new UsageEventBuffer({
    redisUrl: config.redisUrl,
    orm,
    logger,
    options: usageOptionsOf(usage),
    deploymentId: await readDeploymentId(orm.em.fork()),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  process.send?.({ port: (app.server.address() as AddressInfo).port } satisfies ServerMessage);
  process.on('message', async (message: ParentMessage) => {
    if ('push' in message) {
      // (c) events straight into the same buffer the requests use
      const { keyId, projectId, count } = message.push;
      const now = Date.now();
      for (let index = 0; index < count; index += 1) {
        const event: UsageEvent = {
          id: uuidv7(now + index),
          keyId,
          projectId,
          environment: 'LIVE',
          operation: 'Direct',
          operationType: 'query',
          outcome: 'OK',
          durationMs: 1,
          at: now,
          clientAddress: '127.0.0.1',
        };
        direct.record(event);
      }
      process.send?.({ pushed: count } satisfies ServerMessage);
    } else {
      await app.close();
      await direct.close();
      await workers.close();
      await orm.close();
      redis.disconnect();
      process.exit(0);
    }
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(port: number, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || '{}') }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

async function seed(port: number): Promise<{ keyId: string; projectId: string; secret: string }> {
  const signUp = await post(port, {
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: { input: { email: `bench-${randomUUID()}@example.test`, password: 'benchmark password 123' } },
  });
  const token = (signUp.json.data as { signUp: { token: string } }).signUp.token;
  // ENTERPRISE without an override is unlimited: the benchmark measures metering, not refusals.
  const created = await post(
    port,
    {
      query:
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }',
      variables: { input: { name: 'usage benchmark', plan: 'ENTERPRISE' } },
    },
    token,
  );
  const payload = (
    created.json.data as {
      createProject: { project: { id: string }; defaultKey: { id: string }; secret: string };
    }
  ).createProject;
  return { keyId: payload.defaultKey.id, projectId: payload.project.id, secret: payload.secret };
}

async function counted(db: pg.Client, keyId: string, operation?: string): Promise<number> {
  const result = await db.query<{ n: number }>(
    `select coalesce(sum(requests), 0)::int as n from usage_stats
     where api_key_id = $1 and bucket_size = 'HOUR' and ($2::text is null or operation = $2)`,
    [keyId, operation ?? null],
  );
  return result.rows[0]?.n ?? 0;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, stepMs = 10): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return false;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function removePrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const prefix = `latchkey-bench-usage-${process.pid}`;
  await prepareDatabase(DATABASE_URL);
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--server', prefix], { stdio: 'inherit' });
  const messages: ServerMessage[] = [];
  const waiters: ((message: ServerMessage) => void)[] = [];
  child.on('message', (message: ServerMessage) => {
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const next = () =>
    new Promise<ServerMessage>((resolve) => {
      const queued = messages.shift();
      if (queued) resolve(queued);
      else waiters.push(resolve);
    });
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const { port } = (await next()) as { port: number };
    const key = await seed(port);

    // (a) throughput
    let answered = 0;
    let refused = 0;
    const loadStarted = performance.now();
    const loadEnds = loadStarted + LOAD_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < loadEnds) {
          const result = await post(port, { query: 'query Load { viewer { scopes } }' }, key.secret);
          if (result.status === 200) answered += 1;
          else refused += 1;
        }
      }),
    );
    const loadStopped = performance.now();
    const total = answered + refused;
    const drained = await waitFor(async () => (await counted(db, key.keyId, 'Load')) >= total, 40_000, 25);
    const visible = performance.now();
    const countedLoad = await counted(db, key.keyId, 'Load');

    // (b) lag, one probe at a time
    const lags: number[] = [];
    for (let probe = 0; probe < PROBES; probe += 1) {
      const operation = `Probe${probe}`;
      await post(port, { query: `query ${operation} { viewer { scopes } }` }, key.secret);
      const answeredAt = performance.now();
      if (await waitFor(async () => (await counted(db, key.keyId, operation)) === 1, 10_000, 5)) {
        lags.push(performance.now() - answeredAt);
      }
    }
    lags.sort((a, b) => a - b);

    // (c) worker capacity without HTTP
    const pushStarted = performance.now();
    child.send({ push: { keyId: key.keyId, projectId: key.projectId, count: DIRECT_EVENTS } } satisfies ParentMessage);
    await next();
    const directDrained = await waitFor(
      async () => (await counted(db, key.keyId, 'Direct')) >= DIRECT_EVENTS,
      25_000,
      25,
    );
    const directSeconds = (performance.now() - pushStarted) / 1000;

    const loadSeconds = (loadStopped - loadStarted) / 1000;
    const endToEndSeconds = (visible - loadStarted) / 1000;
    const figures = {
      'requests sent': total,
      'requests refused (expected 0)': refused,
      'requests counted in usage_stats': countedLoad,
      'exactly counted': drained && countedLoad === total,
      'request rate (req/s)': Math.round(total / loadSeconds),
      'end-to-end events/s (first request → last event visible)': Math.round(total / endToEndSeconds),
      'drain after load stopped (s)': Number(((visible - loadStopped) / 1000).toFixed(2)),
      'lag request → visible, p50 (ms)': Math.round(percentile(lags, 50)),
      'lag request → visible, p95 (ms)': Math.round(percentile(lags, 95)),
      'lag request → visible, max (ms)': Math.round(lags.at(-1) ?? Number.NaN),
      'lag probes visible': `${lags.length}/${PROBES}`,
      [`worker capacity, ${DIRECT_EVENTS} events without HTTP (events/s)`]: directDrained
        ? Math.round(DIRECT_EVENTS / directSeconds)
        : 'not drained in 25 s',
      'benchmark wall time (s)': Number(((performance.now() - benchStarted) / 1000).toFixed(1)),
    };
    console.log('\nLatchkey usage pipeline (request → Redis → worker → PostgreSQL), 127.0.0.1');
    console.table(figures);
  } finally {
    child.send({ stop: true } satisfies ParentMessage);
    await new Promise((resolve) => child.once('exit', resolve));
    await db.end();
    agent.destroy();
    await removePrefix(prefix);
  }
}

if (process.argv[2] === '--server') {
  await runServer(process.argv[3] ?? `latchkey-bench-usage-${process.pid}`);
} else {
  await main();
}
