/**
 * Scale-out on real engines (docs/scaling.md): a Redis Cluster of three masters with a replica
 * each, a PostgreSQL primary with a streaming replica (pg_basebackup -R, `log_statement=all` so
 * its reads can be seen), and the real entry point run as two API processes and one worker.
 *
 * It shows: rate limits exact across the processes; a deactivated key refused on its very next
 * request by both; N requests counted N times; usage reports read on the replica. Faults: the
 * Redis master holding Latchkey's slot is killed mid-load (its replica takes over): no 5xx once
 * the cluster has recovered, and every answered request counted exactly once; the PostgreSQL
 * replica stopped: reads move to the primary without an error.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntryPoint, ROOT } from '../../helpers/entry-point.js';
import { TEST_SECRET } from '../../helpers/env.js';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { freePort, ThrowawayPostgres, ThrowawayRedisCluster } from '../../helpers/throwaway-services.js';

const PREFIX = '{lk-scale}';
const DATABASE = 'latchkey_scale';

let entry: Awaited<ReturnType<typeof buildEntryPoint>> | undefined;
let cluster: ThrowawayRedisCluster | undefined;
let primary: ThrowawayPostgres | undefined;
let replica: ThrowawayPostgres | undefined;
const children: ChildProcess[] = [];
let logs = '';
/** The two API processes' ports. */
let apis: number[] = [];

async function startProcess(role: 'api' | 'worker', port: number): Promise<ChildProcess> {
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), [entry!.main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      LATCHKEY_ROLE: role,
      DATABASE_URL: primary!.url(DATABASE),
      DATABASE_REPLICA_URLS: replica!.url(DATABASE),
      LATCHKEY_REDIS_CLUSTER_NODES: cluster!.nodes,
      LATCHKEY_REDIS_PREFIX: PREFIX,
      REDIS_URL: '',
      LATCHKEY_SECRET: TEST_SECRET,
      LATCHKEY_DEFAULT_PLAN: 'ENTERPRISE',
      LOG_LEVEL: 'warn',
      NODE_ENV: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const tag = `[${role}:${port}] `;
  child.stdout?.on('data', (chunk: Buffer) => {
    logs += tag + chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    logs += tag + chunk.toString();
  });
  return child;
}

async function waitUntilUp(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`main.js exited early:\n${logs}`);
    const up = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`main.js did not start on ${port}:\n${logs}`);
}

beforeAll(async () => {
  [cluster, primary, entry] = await Promise.all([
    ThrowawayRedisCluster.create(3, 1),
    ThrowawayPostgres.create(),
    buildEntryPoint('scale-out-test'),
  ]);
  replica = await ThrowawayPostgres.replicaOf(primary, ['log_statement=all', 'hot_standby_feedback=on']);
  apis = [await freePort(), await freePort()];
  // The first process creates and migrates the database; the others find it done.
  const first = await startProcess('api', apis[0]!);
  await waitUntilUp(first, apis[0]!);
  const second = await startProcess('api', apis[1]!);
  const worker = await startProcess('worker', await freePort());
  await waitUntilUp(second, apis[1]!);
  if (worker.exitCode !== null) throw new Error(`the worker exited:\n${logs}`);
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all([cluster?.destroy(), replica?.destroy().then(() => primary?.destroy()), entry?.remove()]);
}, 60_000);

interface Answer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<TResult, TVariables>(
  port: number,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<Answer<TResult>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as Omit<Answer<TResult>, 'status'>;
  return { status: response.status, ...body };
}

function ok<T>(answer: Answer<T>): T {
  if (answer.status !== 200 || answer.errors || !answer.data) throw new Error(JSON.stringify(answer));
  return answer.data;
}

const VIEWER = graphql(`query ScaleViewer { viewer { scopes } }`);
const KEY_USAGE = graphql(`query ScaleKeyUsage($id: ID!) { apiKey(id: $id) { usage { totals { requests } } } }`);

/** Requests of a key counted in usage_stats (hour buckets), read on the primary. */
async function counted(keyId: string): Promise<number> {
  const client = new pg.Client({ connectionString: primary!.url(DATABASE) });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "select coalesce(sum(requests), 0)::int as n from usage_stats where api_key_id = $1 and bucket_size = 'HOUR'",
      [keyId],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

let owner = '';
let projectId = '';
let defaultKey = { id: '', secret: '' };
/** Requests of the default key answered so far (each one is metered). */
let sentWithDefaultKey = 0;

async function createKey(name: string): Promise<{ id: string; secret: string }> {
  const created = ok(
    await gql(
      apis[1]!,
      graphql(
        `mutation ScaleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      ),
      { input: { projectId, name, scopes: [] } },
      owner,
    ),
  );
  return { id: created.createApiKey.apiKey.id, secret: created.createApiKey.secret };
}

describe('two API processes and a worker on Redis Cluster and a PostgreSQL replica', () => {
  it('report the replica as ready', async () => {
    for (const port of apis) {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      const body = (await response.json()) as { replicas?: { status: string }[] };
      expect(response.status).toBe(200);
      expect(body.replicas).toEqual([expect.objectContaining({ status: 'ok' })]);
    }
  });

  it('keep rate limits exact across the processes', async () => {
    const signUp = ok(
      await gql(apis[0]!, graphql(`mutation ScaleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`), {
        input: { email: `scale-${Date.now()}@example.test`, password: 'correct horse battery staple' },
      }),
    );
    owner = signUp.signUp.token;
    const project = ok(
      await gql(
        apis[0]!,
        graphql(
          `mutation ScaleCreateProject { createProject(input: { name: "Scale" }) { secret project { id } defaultKey { id } } }`,
        ),
        {},
        owner,
      ),
    );
    projectId = project.createProject.project.id;
    defaultKey = { id: project.createProject.defaultKey.id, secret: project.createProject.secret };

    const limited = await createKey('limited');
    // Set on one process, enforced by both.
    ok(
      await gql(
        apis[1]!,
        graphql(
          `mutation ScaleUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id rateLimit { perMinute } } }`,
        ),
        { input: { id: limited.id, rateLimit: { perMinute: 10 } } },
        owner,
      ),
    );
    // 10 per minute and a burst of 10: exactly 20 of 50 pass, whichever process answers.
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => gql(apis[index % 2]!, VIEWER, {}, limited.secret)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);
    // Every one of them, passed or refused, is counted once.
    await eventually(
      () => counted(limited.id),
      (n) => n >= 50,
    );
    expect(await counted(limited.id)).toBe(50);
  });

  it('refuse a deactivated key on its very next request, on both processes', async () => {
    const key = await createKey('revoked');
    // Both processes have checked (and cached) the key.
    for (const port of apis) ok(await gql(port, VIEWER, {}, key.secret));
    ok(
      await gql(
        apis[0]!,
        graphql(`mutation ScaleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }`),
        { id: key.id },
        owner,
      ),
    );
    const [onFirst, onSecond] = await Promise.all(apis.map((port) => gql(port, VIEWER, {}, key.secret)));
    expect(onFirst?.status).toBe(401);
    expect(onSecond?.status).toBe(401);
  });

  it('count N requests N times, and read usage reports on the replica', async () => {
    const N = 60;
    const answers = await Promise.all(
      Array.from({ length: N }, (_, index) => gql(apis[index % 2]!, VIEWER, {}, defaultKey.secret)),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    sentWithDefaultKey += N;
    await eventually(
      () => counted(defaultKey.id),
      (n) => n >= N,
    );
    expect(await counted(defaultKey.id)).toBe(N);

    const before = (await replica!.log()).split('usage_stats').length;
    for (const port of apis) {
      // The replica may be a moment behind the primary (at most LATCHKEY_REPLICA_MAX_LAG_SECONDS).
      await eventually(
        async () => ok(await gql(port, KEY_USAGE, { id: defaultKey.id }, owner)).apiKey?.usage?.totals.requests,
        (requests) => requests === N,
      );
    }
    // The report's statements ran on the replica (its log_statement=all log).
    expect((await replica!.log()).split('usage_stats').length).toBeGreaterThan(before);

    // So do recent activity and audit lists; a mutation's reads stay on the primary.
    const logged = (table: string) => replica!.log().then((log) => log.split(table).length);
    const [activityBefore, auditBefore] = [await logged('usage_activity'), await logged('audit_events')];
    const lists = ok(
      await gql(
        apis[1]!,
        graphql(
          `query ScaleLists($id: ID!, $projectId: ID!) { apiKey(id: $id) { recentActivity(first: 5) { totalCount } }
           project(id: $projectId) { auditEvents(first: 5) { totalCount } } }`,
        ),
        { id: defaultKey.id, projectId },
        owner,
      ),
    );
    expect(lists.apiKey?.recentActivity?.totalCount).toBe(N);
    expect(lists.project?.auditEvents?.totalCount).toBeGreaterThan(0);
    expect(await logged('usage_activity')).toBeGreaterThan(activityBefore);
    expect(await logged('audit_events')).toBeGreaterThan(auditBefore);
  }, 60_000);

  it('lose no request and count none twice when a Redis master dies mid-load, and answer no 5xx once its replica took over', async () => {
    // Every Latchkey key lives in the slot of the prefix's hash tag: kill the master holding it.
    const dead = await cluster!.masterOf(PREFIX);
    const results: { status: number; at: number }[] = [];
    let recoveredAt = Number.POSITIVE_INFINITY;
    let stop = false;
    const loop = async (port: number) => {
      while (!stop) {
        const status = await gql(port, VIEWER, {}, defaultKey.secret).then(
          (answer) => answer.status,
          () => 0,
        );
        results.push({ status, at: Date.now() });
      }
    };
    const loops = [loop(apis[0]!), loop(apis[1]!), loop(apis[0]!), loop(apis[1]!)];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await cluster!.kill(dead);
    const master = await cluster!.waitForFailover(PREFIX, dead);
    expect(master).not.toBe(dead);
    recoveredAt = Date.now();
    // Load goes on after the failover; clients have had 2 s to learn the new topology.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    stop = true;
    await Promise.all(loops);

    const answered = results.filter((result) => result.status !== 0);
    const afterRecovery = results.filter((result) => result.at > recoveredAt + 2000);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((result) => result.status !== 200)).toEqual([]);
    // Each answered request is one usage event: none lost, none counted twice.
    sentWithDefaultKey += answered.length;
    const total = await eventually(
      () => counted(defaultKey.id),
      (n) => n >= sentWithDefaultKey,
      60_000,
    ).catch(async () => counted(defaultKey.id));
    expect(total, `${results.length} sent, ${answered.length} answered; logs:\n${logs.slice(-4000)}`).toBe(
      sentWithDefaultKey,
    );
    // No later batch adds any more.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await counted(defaultKey.id)).toBe(sentWithDefaultKey);
  }, 90_000);

  it('read from the primary without an error once the replica is stopped', async () => {
    await replica!.stop('fast');
    for (const port of apis) {
      const report = await gql(port, KEY_USAGE, { id: defaultKey.id }, owner);
      expect(report.errors, JSON.stringify(report)).toBeUndefined();
      expect(report.data?.apiKey?.usage?.totals.requests).toBe(sentWithDefaultKey);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      const body = (await ready.json()) as { status: string; replicas?: { status: string }[] };
      expect(ready.status).toBe(200);
      expect(body.replicas).toEqual([expect.objectContaining({ status: 'unavailable' })]);
    }
  });
});
