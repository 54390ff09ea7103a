import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE_QUEUE, type UsageBatchPayload } from '../../../src/modules/usage/usage-batch.js';
import { buildEntryPoint, ROOT } from '../../helpers/entry-point.js';
import { TEST_SECRET } from '../../helpers/env.js';
import { freePort, ThrowawayPostgres, ThrowawayRedis } from '../../helpers/throwaway-services.js';

/**
 * SIGTERM on the real entry point (`dist/src/main.js`, compiled into a private folder) against a
 * private PostgreSQL and Redis: a request in flight when the signal arrives still gets its answer,
 * new connections are refused, and the process exits 0 once its work is done. And a bad
 * configuration stops it before it connects to anything.
 */
let entry: Awaited<ReturnType<typeof buildEntryPoint>> | undefined;
let pgServer: ThrowawayPostgres | undefined;
let redis: ThrowawayRedis | undefined;
let child: ChildProcess | undefined;
let logs = '';

beforeAll(async () => {
  [pgServer, redis, entry] = await Promise.all([
    ThrowawayPostgres.create(),
    ThrowawayRedis.create(),
    buildEntryPoint('sigterm-test'),
  ]);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await Promise.all([pgServer?.destroy(), redis?.destroy(), entry?.remove()]);
}, 60_000);

async function startMain(port: number, databaseUrl: string): Promise<ChildProcess> {
  const started = spawn(join(ROOT, 'node_modules/.bin/node'), [entry!.main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis!.url,
      LATCHKEY_SECRET: TEST_SECRET,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      LATCHKEY_DEFAULT_PLAN: 'PRO',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.stdout?.on('data', (chunk: Buffer) => {
    logs += chunk.toString();
  });
  started.stderr?.on('data', (chunk: Buffer) => {
    logs += chunk.toString();
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`main.js exited early:\n${logs}`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return started;
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`main.js did not start:\n${logs}`);
}

async function gql(port: number, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, never> } };
}

describe('SIGTERM', () => {
  it('lets an in-flight request finish, refuses new connections, then exits 0', async () => {
    const port = await freePort();
    const databaseUrl = pgServer!.url('latchkey_sigterm');
    child = await startMain(port, databaseUrl);
    const exited = new Promise<number | null>((resolveExit) => child!.once('exit', (code) => resolveExit(code)));

    const signUp = await gql(port, 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: `sigterm-${Date.now()}@example.test`, password: 'correct horse battery staple' },
    });
    const token = (signUp.body.data as unknown as { signUp: { token: string } }).signUp.token;
    const created = await gql(
      port,
      'mutation { createProject(input: { name: "Slow", plan: PRO }) { secret defaultKey { id } } }',
      {},
      token,
    );
    const { secret, defaultKey } = (
      created.body.data as unknown as { createProject: { secret: string; defaultKey: { id: string } } }
    ).createProject;

    // Make the next key lookup wait: an open transaction holds an exclusive lock on the key table.
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table api_keys in access exclusive mode');
      const inFlight = gql(port, '{ viewer { apiKey { name } } }', {}, secret);
      const waiting = async () =>
        Number(
          (await locker.query<{ n: string }>('select count(*) as n from pg_locks where not granted')).rows[0]?.n ?? 0,
        ) > 0;
      const deadline = Date.now() + 10_000;
      while (!(await waiting()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(true);

      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(child.exitCode, logs).toBeNull();
      const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => 'answered',
        () => 'refused',
      );
      expect(refused).toBe('refused');

      await locker.query('commit');
      const answer = await inFlight;
      expect(answer.status, `${JSON.stringify(answer.body)}\n${logs}`).toBe(200);
      expect(answer.body).toMatchObject({
        data: { viewer: { apiKey: { name: expect.stringContaining('_default_') } } },
      });
    } finally {
      await locker.end();
    }
    expect(await exited, logs).toBe(0);
    expect(logs).toContain('shutting down');
    expect(logs).toContain('"msg":"stopped"');

    // The in-flight request's usage event was not lost on the way out: it was applied by the
    // worker before it stopped, or it waits in the queue for the next worker.
    const counted = new pg.Client({ connectionString: databaseUrl });
    await counted.connect();
    const applied = await counted
      .query<{ n: string }>('select count(*) as n from usage_activity where api_key_id = $1', [defaultKey.id])
      .finally(() => counted.end());
    const queue = new Queue(USAGE_QUEUE, { connection: { host: '127.0.0.1', port: redis!.port }, prefix: 'latchkey' });
    // getJobs leaves holes for jobs that completed while it read them.
    const jobs = (await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized'])).filter(Boolean);
    await queue.close();
    const queued = jobs
      .flatMap((job) => (job.data as UsageBatchPayload | undefined)?.events ?? [])
      .filter((event) => event?.keyId === defaultKey.id);
    expect(Number(applied.rows[0]?.n) + queued.length, logs).toBe(1);
  });
});

describe('start with a bad configuration', () => {
  it('exits 1 before connecting to anything, with one line naming every bad variable', async () => {
    // PostgreSQL and Redis "servers" that only count who connects.
    let connections = 0;
    const listener = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolveListen) => listener.listen(0, '127.0.0.1', resolveListen));
    const { port } = listener.address() as AddressInfo;
    try {
      const started = spawn(join(ROOT, 'node_modules/.bin/node'), [entry!.main], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/latchkey`,
          REDIS_URL: `redis://127.0.0.1:${port}`,
          PORT: '80a',
          LATCHKEY_AUTH_FAILURES_PER_MINUTE: 'abc',
          LATCHKEY_REDIS_CLUSTER_NODES: `127.0.0.1:${port}`,
          LATCHKEY_REDIS_PREFIX: 'latchkey',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      started.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      started.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolveExit) => started.once('exit', resolveExit));
      const output = `${stdout}${stderr}`;
      expect(code, output).toBe(1);
      expect(stdout, output).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines, output).toHaveLength(1);
      const line = JSON.parse(lines[0] as string) as { level: string; msg: string; problems: string[] };
      expect(line.level).toBe('fatal');
      expect(line.problems).toEqual([
        'PORT must be a port number (0-65535), not "80a".',
        'LATCHKEY_AUTH_FAILURES_PER_MINUTE must be a positive whole number, not "abc".',
        'LATCHKEY_REDIS_PREFIX must hold a hash tag such as {latchkey} when LATCHKEY_REDIS_CLUSTER_NODES is set (so that the keys of each Lua script and queue share one cluster slot), not "latchkey".',
      ]);
      expect(line.msg).toBe(line.problems.join(' '));
      expect(connections, output).toBe(0);
    } finally {
      listener.close();
    }
  });
});
