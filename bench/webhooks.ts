/**
 * `npm run bench:webhooks`: webhook delivery throughput to a local receiver, on 127.0.0.1 only.
 *
 * Method. A project with E endpoints (default 1, `BENCH_WEBHOOK_ENDPOINTS`), made over GraphQL by
 * an API process started in this one for the setup and closed before the measurement, each
 * subscribed to `key.updated` and pointing at a node:http receiver in this process that answers
 * 204 and records each request's `webhook-id` and arrival time. W worker processes (default 1,
 * `BENCH_WEBHOOK_WORKERS`; `webhook-worker.ts`: `startWorkers` as `LATCHKEY_ROLE=worker` runs it,
 * production schedules: relay every 250 ms and at once again while batches come full, 10 attempts
 * in flight per process unless `BENCH_WEBHOOK_CONCURRENCY`) relay and deliver. Then N events
 * (default 5,000, `BENCH_WEBHOOK_EVENTS`) are committed into the outbox the way the app writes
 * them: `recordAudit` (the audit service) on an EntityManager, flushed in transactions of 50
 * events (`BENCH_WEBHOOK_BATCH`), back to back (or at `BENCH_WEBHOOK_RATE` events per second),
 * so the workers relay and deliver while events are still being committed. Not GraphQL
 * mutations: those would measure the API too, and the audit rows they write are the same. The path of each event: audit row → relay
 * (cursor row locked, delivery rows written in its transaction) → dispatcher (BullMQ jobs) →
 * delivery job (Standard Webhooks signature, HTTP POST, delivery row updated) → receiver.
 *
 * Printed: deliveries per second end to end (first commit to last arrival), the latency from an
 * event's commit to its arrival (p50, p99; taken in this process, one clock), the commit rate,
 * failed and retried deliveries from the delivery log (must be 0), and the receiver's count
 * (must be N × E, each (endpoint, webhook-id) once). One request in 50 is verified with the
 * `standardwebhooks` package and the endpoint's secret. Exits non-zero when a check fails.
 *
 * Limits: everything shares the machine (PostgreSQL, Redis, the workers, the receiver and the
 * committer in this process); the receiver answers at once, so this is Latchkey's own cost per
 * delivery, not a real endpoint's. When events are committed faster than they are delivered, the
 * latency includes the wait behind the backlog; `BENCH_WEBHOOK_RATE` below the throughput
 * measures latency without it.
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/latchkey_bench,
 * created and migrated if missing), BENCH_REDIS_URL (default redis://127.0.0.1:6379; keys under a
 * unique prefix, deleted at the end), and the BENCH_WEBHOOK_* settings above.
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { Webhook } from 'standardwebhooks';
import { openOrm, prepareDatabase } from '../src/database.js';
import { createApp } from '../src/http/server.js';
import { recordAudit } from '../src/modules/audit/audit.service.js';
import { loadConfig } from '../src/shared/config.js';
import { createLogger } from '../src/shared/logger.js';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 5000);
const ENDPOINTS = Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 1);
const WORKERS = Number(process.env.BENCH_WEBHOOK_WORKERS ?? 1);
/** Events per second committed; 0: as fast as the transactions go. */
const RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 0);
const TIMEOUT_MS = Number(process.env.BENCH_WEBHOOK_TIMEOUT_SECONDS ?? 600) * 1000;
/** Events per transaction. */
const BATCH = Number(process.env.BENCH_WEBHOOK_BATCH ?? 50);
const VERIFY_EVERY = 50;
const EVENT_TYPE = 'key.updated';
const PREFIX = `latchkey-bench-wh-${process.pid}`;
const CURSOR = `bench-webhooks-${process.pid}`;
const ADMIN = `bench-wh-${process.pid}@example.test`;
const SECRET = 'benchmark-secret-for-latchkey-0123456789abcdef';

for (const url of [DATABASE_URL, REDIS_URL]) {
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname)) {
    throw new Error(`The benchmark talks to 127.0.0.1 only; ${url} is elsewhere.`);
  }
}
if (!(EVENTS > 0 && BATCH >= 1 && ENDPOINTS >= 1 && ENDPOINTS <= 20 && WORKERS >= 1)) {
  throw new Error(
    'BENCH_WEBHOOK_EVENTS > 0, BENCH_WEBHOOK_BATCH ≥ 1, 1 ≤ BENCH_WEBHOOK_ENDPOINTS ≤ 20, BENCH_WEBHOOK_WORKERS ≥ 1',
  );
}

const config = loadConfig({
  LATCHKEY_SECRET: SECRET,
  DATABASE_URL,
  REDIS_URL,
  LATCHKEY_REDIS_PREFIX: PREFIX,
  LATCHKEY_ADMIN_EMAILS: ADMIN,
  LATCHKEY_WEBHOOKS_ALLOW_PRIVATE: 'true',
});
const silent = createLogger('warn', new Writable({ write: (_chunk, _encoding, done) => done() }));

// --- the receiver ---------------------------------------------------------------------------

interface Arrival {
  endpoint: number;
  id: string;
  seq: number;
  at: number;
}
interface Sample {
  endpoint: number;
  body: string;
  headers: Record<string, string>;
}

const arrivals: Arrival[] = [];
const samples: Sample[] = [];
let malformed = 0;
let onArrival: () => void = () => undefined;

const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const at = Date.now();
    response.writeHead(204).end();
    const endpoint = Number(/^\/hooks\/(\d+)$/.exec(request.url ?? '')?.[1] ?? -1);
    const id = request.headers['webhook-id'];
    const body = Buffer.concat(chunks).toString('utf8');
    let seq = -1;
    try {
      const parsed = JSON.parse(body) as { data?: { summary?: { benchEvent?: unknown } } };
      seq = Number(parsed.data?.summary?.benchEvent ?? -1);
    } catch {
      // counted below
    }
    if (endpoint < 0 || typeof id !== 'string' || seq < 0) malformed += 1;
    else {
      arrivals.push({ endpoint, id, seq, at });
      if (arrivals.length % VERIFY_EVERY === 1) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers))
          if (typeof value === 'string') headers[name] = value;
        samples.push({ endpoint, body, headers });
      }
    }
    onArrival();
  });
});
receiver.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

// --- setup over GraphQL -------------------------------------------------------------------

async function gql<T>(port: number, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`setup failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** A project and its endpoints, made by the owner over GraphQL; the API process is closed after. */
async function seed(): Promise<{ projectId: string; secrets: string[] }> {
  const orm = await openOrm(DATABASE_URL);
  const redis = new Redis(REDIS_URL);
  const app = await createApp({ config, logger: silent, orm, redis, usage: { redisPrefix: PREFIX } });
  try {
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const port = (app.server.address() as AddressInfo).port;
    const { signUp } = await gql<{ signUp: { token: string } }>(
      port,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: ADMIN, password: 'benchmark passphrase 1234', name: 'Bench' } },
    );
    const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
      port,
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
      { input: { name: 'Webhook bench' } },
      signUp.token,
    );
    const projectId = createProject.project.id;
    const secrets: string[] = [];
    for (let i = 0; i < ENDPOINTS; i++) {
      const { createWebhookEndpoint } = await gql<{ createWebhookEndpoint: { secret: string } }>(
        port,
        'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
        { input: { projectId, url: `${receiverUrl}/${i}`, events: [EVENT_TYPE] } },
        signUp.token,
      );
      secrets.push(createWebhookEndpoint.secret);
    }
    return { projectId, secrets };
  } finally {
    await app.close();
    await orm.close();
    redis.disconnect();
  }
}

// --- workers ----------------------------------------------------------------------------------

const children = new Set<ChildProcess>();

async function startWorker(projectId: string): Promise<ChildProcess> {
  const child = fork(join(import.meta.dirname, 'webhook-worker.js'), [], {
    env: {
      ...process.env,
      BENCH_SECRET: SECRET,
      BENCH_DATABASE_URL: DATABASE_URL,
      BENCH_REDIS_URL: REDIS_URL,
      BENCH_PREFIX: PREFIX,
      BENCH_PROJECT: projectId,
      BENCH_CURSOR: CURSOR,
    },
  });
  children.add(child);
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`a worker exited (${code}) before it was ready`)));
    child.on('message', (message: { ready?: boolean }) => {
      if (message.ready) resolve();
    });
  });
  child.removeAllListeners('exit');
  return child;
}

async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' });
  await exited;
  children.delete(child);
}

// --- measurement ------------------------------------------------------------------------------

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

async function removePrefix(): Promise<void> {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

await prepareDatabase(DATABASE_URL);
let failedChecks = 0;
const orm = await openOrm(DATABASE_URL);
try {
  const { projectId, secrets } = await seed();
  const workers: ChildProcess[] = [];
  for (let i = 0; i < WORKERS; i++) workers.push(await startWorker(projectId));

  const expected = EVENTS * ENDPOINTS;
  const allArrived = new Promise<void>((resolve) => {
    onArrival = () => {
      if (arrivals.length + malformed >= expected) resolve();
    };
  });

  // Commit the events: the audit service on an EntityManager, one transaction per batch.
  const committedAt = new Array<number>(EVENTS);
  const firstCommitStart = Date.now();
  for (let start = 0; start < EVENTS; start += BATCH) {
    if (RATE > 0) {
      const due = firstCommitStart + (start / RATE) * 1000;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    }
    const em = orm.em.fork();
    const end = Math.min(EVENTS, start + BATCH);
    for (let seq = start; seq < end; seq++) {
      recordAudit(
        {
          em,
          caller: { kind: 'anonymous' },
          meta: { requestId: `bench-${process.pid}-${seq}`, clientAddress: null, userAgent: 'latchkey-bench' },
        },
        {
          projectId,
          action: EVENT_TYPE,
          targetType: 'api_key',
          targetId: `bench-key-${seq % 100}`,
          targetLabel: 'bench key',
          summary: { benchEvent: seq, before: { name: 'a' }, after: { name: 'b' } },
          actor: { type: 'SYSTEM', id: null, label: 'benchmark' },
        },
      );
    }
    await em.flush();
    const at = Date.now();
    for (let seq = start; seq < end; seq++) committedAt[seq] = at;
  }
  const lastCommit = Date.now();

  const timedOut = await Promise.race([
    allArrived.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), TIMEOUT_MS).unref()),
  ]);
  const lastArrival = arrivals.reduce((latest, arrival) => Math.max(latest, arrival.at), 0);
  // A moment more for duplicates, and for the workers to mark the last deliveries done.
  await new Promise((resolve) => setTimeout(resolve, 1500));

  const db = orm.em.fork().getKysely();
  const log = await sql<{ status: string; deliveries: string; attempts: string; retried: string }>`
    select status, count(*)::text as deliveries, sum(attempts)::text as attempts,
      count(*) filter (where attempts > 1)::text as retried
    from webhook_deliveries where project_id = ${projectId} group by status`.execute(db);
  for (const child of workers) await stopWorker(child);

  // The receiver's view: each (endpoint, webhook-id) once, N × E of them.
  const unique = new Set(arrivals.map((arrival) => `${arrival.endpoint}/${arrival.id}`));
  const duplicates = arrivals.length - unique.size;
  const seqsPerEndpoint = new Map<number, Set<number>>();
  for (const arrival of arrivals) {
    const seen = seqsPerEndpoint.get(arrival.endpoint) ?? new Set<number>();
    seen.add(arrival.seq);
    seqsPerEndpoint.set(arrival.endpoint, seen);
  }
  const missing = [...Array(ENDPOINTS).keys()].reduce(
    (sum, endpoint) => sum + EVENTS - (seqsPerEndpoint.get(endpoint)?.size ?? 0),
    0,
  );
  let verified = 0;
  let unverified = 0;
  for (const sample of samples) {
    try {
      new Webhook(secrets[sample.endpoint] as string).verify(sample.body, sample.headers);
      verified += 1;
    } catch {
      unverified += 1;
    }
  }
  const latencies = arrivals.map((arrival) => arrival.at - (committedAt[arrival.seq] as number)).sort((a, b) => a - b);
  const byStatus = new Map(log.rows.map((row) => [row.status, row]));
  const succeeded = Number(byStatus.get('SUCCEEDED')?.deliveries ?? 0);
  const notSucceeded = log.rows
    .filter((row) => row.status !== 'SUCCEEDED')
    .reduce((s, r) => s + Number(r.deliveries), 0);
  const retried = log.rows.reduce((sum, row) => sum + Number(row.retried), 0);
  const attempts = log.rows.reduce((sum, row) => sum + Number(row.attempts), 0);

  const seconds = (lastArrival - firstCommitStart) / 1000;
  console.log(
    `\nWebhook throughput: ${EVENTS} events × ${ENDPOINTS} endpoint(s), ${WORKERS} worker process(es) ` +
      `with ${process.env.BENCH_WEBHOOK_CONCURRENCY ?? 10} attempts in flight each, ` +
      `commits ${RATE > 0 ? `paced at ${RATE}/s` : 'back to back'}, ${BATCH} events per transaction\n`,
  );
  console.log('| figure | value |');
  console.log('|---|---|');
  console.log(`| deliveries/s end to end (first commit → last arrival) | ${Math.round(arrivals.length / seconds)} |`);
  console.log(`| events committed/s | ${Math.round(EVENTS / ((lastCommit - firstCommitStart) / 1000))} |`);
  console.log(`| wall time | ${seconds.toFixed(1)} s |`);
  console.log(`| commit → arrival p50 | ${percentile(latencies, 50)} ms |`);
  console.log(`| commit → arrival p99 | ${percentile(latencies, 99)} ms |`);
  console.log(`| commit → arrival max | ${latencies.at(-1)} ms |`);
  console.log(`| received / expected | ${arrivals.length} / ${expected} |`);
  console.log(`| duplicates, missing, malformed | ${duplicates}, ${missing}, ${malformed} |`);
  console.log(`| delivery log: succeeded / attempts | ${succeeded} / ${attempts} |`);
  console.log(`| failed or open deliveries, retried deliveries | ${notSucceeded}, ${retried} |`);
  console.log(`| signatures verified (standardwebhooks, 1 in ${VERIFY_EVERY}) | ${verified} of ${samples.length} |`);

  const problems = [
    timedOut && `timed out after ${TIMEOUT_MS / 1000} s`,
    arrivals.length !== expected && `received ${arrivals.length}, expected ${expected}`,
    duplicates > 0 && `${duplicates} duplicate deliveries`,
    missing > 0 && `${missing} events never arrived`,
    malformed > 0 && `${malformed} malformed requests`,
    succeeded !== expected && `${succeeded} deliveries succeeded in the log, expected ${expected}`,
    notSucceeded > 0 && `${notSucceeded} deliveries failed or still open`,
    retried > 0 && `${retried} deliveries needed a retry`,
    unverified > 0 && `${unverified} signatures did not verify`,
    verified === 0 && 'no signature verified',
  ].filter((problem): problem is string => typeof problem === 'string');
  failedChecks = problems.length;
  for (const problem of problems) console.error(`FAILED: ${problem}`);

  await sql`delete from event_relay_cursors where name = ${CURSOR}`.execute(db);
} finally {
  for (const child of children) child.kill();
  await orm.close();
  receiver.closeAllConnections();
  receiver.close();
  await removePrefix();
}
process.exit(failedChecks > 0 ? 1 : 0);
