/**
 * `npm run bench`: Latchkey's figures, each next to a baseline measured in the same run, on
 * 127.0.0.1 only. Bounded: about two and a half minutes.
 *
 * (a) key verification: peak requests per second and p50/p99 of a key-authenticated `viewer`
 *     query and of `verifyApiKey` (plain, with a required permission and credits spent: issue 13's
 *     backend verification, and of 200 keys in turn), against a bare Apollo Server answering a
 *     constant (and the same plus one rate-limiter script per request: the I/O a key request cannot
 *     avoid; and plus a second one awaited in a resolver: `verifyApiKey`'s I/O), in rounds
 *     that take turns so the machine's drift hits baseline and Latchkey alike; then p50/p99 at
 *     half of each one's peak rate (open loop). Latchkey runs as an API process with its worker
 *     apart, and in one process.
 * (b) listing 100 keys with nested scopes, creator and usage count: SQL statements per request
 *     for 10 and for 100 keys (from the request log line), and server CPU per request with and
 *     without graphql-shield, next to the same query answered by plain graphql-js from the same
 *     rows held in memory, in a process of its own (`memory-list.ts`).
 * (c) peak memory (RSS, heap) of the server process during each load, and the bytes allocated per
 *     request (a short run of its own with V8's sampling heap profiler).
 * (d) the key verification of (a) once more against a Redis Cluster of three masters with a replica
 *     each (started on spare ports for the run; `LATCHKEY_REDIS_CLUSTER_NODES`, a hash-tagged
 *     prefix), its API and worker processes taking turns with the single-Redis ones in the same
 *     rounds. `BENCH_CLUSTER=off` leaves it out (it needs redis-server and redis-cli).
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/latchkey_bench, created
 * and migrated if missing), BENCH_REDIS_URL (default redis://127.0.0.1:6379; keys under a unique
 * prefix, deleted at the end), BENCH_SECONDS (measured seconds per run, default 6).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { openOrm, prepareDatabase } from '../src/database.js';
import { hashKey } from '../src/modules/api-keys/key-format.js';
import { findKeyByHash } from '../src/modules/api-keys/key-lookup.js';
import { ThrowawayRedisCluster } from '../test/helpers/throwaway-services.js';
import { startCounting } from './instructions.js';
import { call, closedLoop, openLoop, type RunResult, summarize, type Target, wrkAvailable, wrkLoop } from './load.js';
import type { Mode } from './servers.js';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WARMUP = 2;
const CONNECTIONS = 16;
const PREFIX = `latchkey-bench-${process.pid}`;
/**
 * `BENCH_PROFILE=dir`: every server writes a V8 CPU profile of its measured runs there, one per
 * part (`<part>-<mode>-<pid>.cpuprofile`; `bench/profile-summary.ts` reads them), and its
 * allocation profiles (`.heapprofile`, for Chrome DevTools).
 */
const PROFILE_DIR = process.env.BENCH_PROFILE;
/**
 * `BENCH_LOAD=wrk|node`: what drives the peak (closed-loop) runs; by default wrk where it is
 * installed (it leaves the servers more of the machine), else the node:http client. The open-loop
 * runs at half peak always use the node:http client (wrk has no fixed-rate mode).
 */
const PEAK_LOAD = process.env.BENCH_LOAD ?? (wrkAvailable() ? 'wrk' : 'node');
const peakLoop = PEAK_LOAD === 'wrk' ? wrkLoop : closedLoop;
/** `BENCH_PART=verification` runs part (a) only; `BENCH_PART=list` part (b) only. */
const PART = process.env.BENCH_PART ?? 'all';
const SECRET = 'benchmark-secret-for-latchkey-0123456789abcdef';
/** `BENCH_CLUSTER=off`: no Redis Cluster scenario (d). */
const WITH_CLUSTER = process.env.BENCH_CLUSTER !== 'off';

for (const url of [DATABASE_URL, REDIS_URL]) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`The benchmark talks to 127.0.0.1 only; ${url} is elsewhere.`);
  }
}

interface Child {
  mode: Mode;
  process: ChildProcess;
  port: number;
  request<T>(message: string, key: string): Promise<T>;
  stop(): Promise<void>;
}

/** Children still running, killed if the benchmark fails half-way. */
const children = new Set<ChildProcess>();

/**
 * `BENCH_COMPARE=<dir>`: the `dist/bench` folder of another build (another checkout, compiled with
 * `npm run build && tsc -p bench/tsconfig.json`). Part (a) then runs that build's API process too,
 * in the same rounds as this one's, and prints each one's CPU per request next to the other's: on
 * a host whose speed drifts from minute to minute, the fair way to judge a change of a few percent.
 */
const COMPARE_DIR = process.env.BENCH_COMPARE;

async function startServer(
  mode: Mode,
  env: Record<string, string> = {},
  benchDir = import.meta.dirname,
): Promise<Child> {
  const child = fork(join(benchDir, 'servers.js'), [mode], {
    env: {
      ...process.env,
      DATABASE_URL,
      REDIS_URL,
      LATCHKEY_SECRET: SECRET,
      BENCH_PREFIX: PREFIX,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
    child.on('message', (message: { port?: number; ready?: boolean }) => {
      if (message.ready) resolve(message.port ?? 0);
    });
  });
  child.removeAllListeners('exit');
  const request = <T>(message: string, key: string) =>
    new Promise<T>((resolve) => {
      const listener = (answer: Record<string, unknown>) => {
        if (key in answer) {
          child.off('message', listener);
          resolve(answer[key] as T);
        }
      };
      child.on('message', listener);
      child.send(message);
    });
  return {
    mode,
    process: child,
    port,
    request,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

interface Memory {
  peakRss: number;
  peakHeap: number;
  /** Server CPU time (user + system) during the run. */
  cpuMicros: number;
  /** The part of it spent in the kernel (system calls: sockets, epoll, waking other processes). */
  systemMicros: number;
  /** The server's voluntary and involuntary context switches during the run. */
  contextSwitches: number;
  /** The server's read and write system calls during the run (Linux), else null. */
  systemCalls: number | null;
  /** The main thread's garbage-collection pauses during the run. */
  gc: { pauses: number; maxMs: number };
}

/** The Redis server's process id, when it runs on this machine (for counting its instructions). */
async function redisPid(): Promise<number | null> {
  const redis = new Redis(REDIS_URL);
  try {
    const info = await redis.info('server');
    const pid = Number(/process_id:(\d+)/.exec(info)?.[1]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } finally {
    redis.disconnect();
  }
}

/** A peak run's figures: the answers, and the cost per request sent of each process involved. */
interface Peak {
  result: RunResult;
  /** The server that answered: peak memory and CPU time. */
  memory: Memory;
  /** CPU µs per request of the server, and of the worker process when there is one. */
  cpu: { server: number; worker: number | null };
  /** Instructions per request (Linux `perf`) of the server, the worker and Redis; null where perf is unavailable. */
  instructions: { server: number | null; worker: number | null; redis: number | null };
}

/**
 * A peak run (closed loop) of `target` on `server`, with the CPU time and, where perf works, the
 * instructions retired per request by the server, by `worker` (the process applying the usage
 * when it is a separate one) and by Redis.
 */
async function peakRun(
  server: Child,
  target: Target,
  redis: number | null,
  worker: Child | undefined,
  lengths: { warmupSeconds: number; seconds: number },
): Promise<Peak> {
  await Promise.all([server.request('memory', 'memory'), worker?.request('memory', 'memory')]);
  const pids = [server.process.pid, worker?.process.pid, redis ?? undefined];
  const counters = await Promise.all(pids.map((pid) => (pid ? startCounting(pid) : null)));
  const result = await peakLoop(target, { connections: CONNECTIONS, ...lengths });
  const counts = await Promise.all(counters.map((counter) => counter?.stop() ?? null));
  const memory = await server.request<Memory>('memory', 'memory');
  const workerMemory = worker ? await worker.request<Memory>('memory', 'memory') : null;
  const perRequest = (value: number | null | undefined) => (value == null ? null : value / Math.max(1, result.sent));
  return {
    result,
    memory,
    cpu: { server: perRequest(memory.cpuMicros) as number, worker: perRequest(workerMemory?.cpuMicros) },
    instructions: { server: perRequest(counts[0]), worker: perRequest(counts[1]), redis: perRequest(counts[2]) },
  };
}

/** One scenario of the alternating peak rounds: a target on a server (and the worker applying its usage). */
interface Scenario {
  name: string;
  server: Child;
  target: Target;
  worker?: Child;
}

/** Peak rounds per scenario, and the figures over all of them (`combined`). */
interface Rounds {
  rounds: Peak[];
  /** The median round's answers; CPU and instructions per request over every round; memory at its highest. */
  combined: Peak;
}

/** Number of peak rounds per scenario in part (a) (`BENCH_ROUNDS`, default 3): more rounds, steadier ratios. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3) || 3);

/** Per request over all rounds, weighted by the requests each round sent. */
function weighted(peaks: Peak[], figure: (peak: Peak) => number | null): number | null {
  let sum = 0;
  let sent = 0;
  for (const peak of peaks) {
    const value = figure(peak);
    if (value == null) return null;
    sum += value * peak.result.sent;
    sent += peak.result.sent;
  }
  return sum / Math.max(1, sent);
}

function combine(peaks: Peak[]): Peak {
  const median = [...peaks].sort((a, b) => a.result.rps - b.result.rps)[Math.floor(peaks.length / 2)] as Peak;
  return {
    // The CPU reading spans every round: count every request they sent (as part (b) does).
    result: { ...median.result, sent: peaks.reduce((sum, peak) => sum + peak.result.sent, 0) },
    memory: {
      peakRss: Math.max(...peaks.map((peak) => peak.memory.peakRss)),
      peakHeap: Math.max(...peaks.map((peak) => peak.memory.peakHeap)),
      cpuMicros: peaks.reduce((sum, peak) => sum + peak.memory.cpuMicros, 0),
      systemMicros: peaks.reduce((sum, peak) => sum + peak.memory.systemMicros, 0),
      contextSwitches: peaks.reduce((sum, peak) => sum + peak.memory.contextSwitches, 0),
      systemCalls: peaks.some((peak) => peak.memory.systemCalls === null)
        ? null
        : peaks.reduce((sum, peak) => sum + (peak.memory.systemCalls as number), 0),
      gc: {
        pauses: peaks.reduce((sum, peak) => sum + peak.memory.gc.pauses, 0),
        maxMs: Math.max(...peaks.map((peak) => peak.memory.gc.maxMs)),
      },
    },
    cpu: {
      server: weighted(peaks, (peak) => peak.cpu.server) as number,
      worker: weighted(peaks, (peak) => peak.cpu.worker),
    },
    instructions: {
      server: weighted(peaks, (peak) => peak.instructions.server),
      worker: weighted(peaks, (peak) => peak.instructions.worker),
      redis: weighted(peaks, (peak) => peak.instructions.redis),
    },
  };
}

/**
 * Peak runs of every scenario taking turns, `ROUNDS` times, each round in a rotated order: on a
 * shared machine whose speed drifts from minute to minute, a baseline measured a minute before
 * Latchkey would say as much about the drift as about Latchkey. Ratios are then taken within a
 * round and their median reported (`ratioOf`).
 */
async function alternatingPeaks(
  scenarios: Scenario[],
  redis: number | null,
  label: string,
): Promise<Map<string, Rounds>> {
  const runs = new Map<string, Peak[]>(scenarios.map((scenario) => [scenario.name, []]));
  const lengths = { warmupSeconds: 1, seconds: Math.max(2, SECONDS / 2) };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let turn = 0; turn < scenarios.length; turn += 1) {
      const scenario = scenarios[(round + turn) % scenarios.length] as Scenario;
      // With BENCH_PROFILE, each scenario's first round is profiled (the server under test only).
      const profiled = PROFILE_DIR !== undefined && round === 0 && scenario.server.mode !== 'bare';
      if (profiled) await profiling([scenario.server], 'start', '');
      const peak = await peakRun(scenario.server, scenario.target, redis, scenario.worker, lengths);
      if (profiled) await profiling([scenario.server], 'stop', `${label}-${scenario.name}`);
      runs.get(scenario.name)?.push(peak);
    }
  }
  return new Map([...runs].map(([name, rounds]) => [name, { rounds, combined: combine(rounds) }]));
}

/** Starts or stops (writing `label`) the CPU profile of each of `servers` (`BENCH_PROFILE`). */
async function profiling(servers: Child[], step: 'start' | 'stop', label: string): Promise<void> {
  await Promise.all(
    servers.map((server) =>
      step === 'start'
        ? server.request('cpu-profile-start', 'cpuProfileStarted')
        : server.request(`cpu-profile-stop:${label}`, 'cpuProfileStopped'),
    ),
  );
}

/** Each round's peak rate of a scenario divided by the baseline's in the same round. */
function roundRatios(scenario: Rounds, baseline: Rounds): number[] {
  return scenario.rounds.map((peak, round) => peak.result.rps / (baseline.rounds[round] as Peak).result.rps);
}

/** The median of `roundRatios`. */
function ratioOf(scenario: Rounds, baseline: Rounds): number {
  const ratios = roundRatios(scenario, baseline).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] as number;
}

/** An open-loop run at half of `peak`'s rate on `server`, with the server's CPU and GC pauses during it. */
async function halfPeak(server: Child, target: Target, peak: Peak): Promise<{ result: RunResult; memory: Memory }> {
  await server.request('memory', 'memory');
  const result = await openLoop(target, { rate: peak.result.rps / 2, warmupSeconds: 1, seconds: SECONDS });
  return { result, memory: await server.request<Memory>('memory', 'memory') };
}

/** Bytes allocated per request of a scenario, in all and by owner (`allocations` in servers.ts). */
interface Allocations {
  perRequest: number;
  byOwner: [string, number][];
}

/** A short closed-loop run of `target` with allocation sampling on in `server` (it slows the server, so it is a run of its own). */
async function allocationsOf(server: Child, target: Target): Promise<Allocations> {
  await server.request('allocations-start', 'allocationsStarted');
  const result = await peakLoop(target, { connections: CONNECTIONS, warmupSeconds: 0, seconds: 2 });
  const sampled = await server.request<{ bytes: number; byOwner: Record<string, number> }>(
    'allocations',
    'allocations',
  );
  const requests = Math.max(1, result.sent);
  return {
    perRequest: sampled.bytes / requests,
    byOwner: Object.entries(sampled.byOwner)
      .map(([owner, bytes]): [string, number] => [owner, bytes / requests])
      .sort((a, b) => b[1] - a[1]),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const thousands = (count: number | null) => (count == null ? 'n/a' : `${(count / 1000).toFixed(0)}k`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** CPU time per request sent: steadier than req/s on a shared machine. */
function cpuPerRequest(memory: Memory, result: RunResult): number {
  return memory.cpuMicros / Math.max(1, result.sent);
}

/** One line of results; with `memory`, the server's CPU per request and peak memory too. */
function row(name: string, result: RunResult, memory?: Memory): string {
  return [
    name.padEnd(52),
    `${result.rps.toFixed(0).padStart(6)} req/s`,
    `p50 ${ms(result.p50).padStart(9)}`,
    `p99 ${ms(result.p99).padStart(9)}`,
    `errors ${result.errors}`,
    memory
      ? `CPU ${cpuPerRequest(memory, result).toFixed(0)} µs/req  peak RSS ${mb(memory.peakRss)}, heap ${mb(memory.peakHeap)}  GC ${memory.gc.pauses} pauses, longest ${memory.gc.maxMs.toFixed(1)} ms`
      : '',
  ].join('  ');
}

function dataOf<T>(answer: { status: number; json: Record<string, unknown> }): T {
  if (answer.status !== 200 || answer.json.errors)
    throw new Error(`setup request failed: ${JSON.stringify(answer.json)}`);
  return answer.json.data as T;
}

/** Keys of the project whose keys `verify-pool` verifies in turn (its default key verifies them). */
const POOL_KEYS = 200;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

async function seed(port: number) {
  const email = `bench-${Date.now()}@example.test`;
  const { signUp } = dataOf<{ signUp: { token: string } }>(
    await call(port, {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
      variables: { input: { email, password: 'benchmark password 123', name: 'Bench' } },
    }),
  );
  const auth = { authorization: `Bearer ${signUp.token}` };
  const project = async (keys: number) => {
    const { createProject } = dataOf<{ createProject: { project: { id: string }; secret: string } }>(
      await call(
        port,
        { query: 'mutation { createProject(input: { name: "Bench", plan: ENTERPRISE }) { project { id } secret } }' },
        auth,
      ),
    );
    const secrets: string[] = [];
    for (let start = 1; start < keys; start += 8) {
      const batch = Array.from({ length: Math.min(8, keys - start) }, (_, i) =>
        call(
          port,
          {
            query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
            variables: {
              input: {
                projectId: createProject.project.id,
                name: `key ${start + i}`,
                scopes: ['keys:read', 'usage:read'],
              },
            },
          },
          auth,
        ),
      );
      for (const answer of await Promise.all(batch)) {
        secrets.push(dataOf<{ createApiKey: { secret: string } }>(answer).createApiKey.secret);
      }
    }
    return { id: createProject.project.id, defaultSecret: createProject.secret, secrets };
  };
  const [verifying, ten, hundred] = [await project(2), await project(10), await project(100)];
  // Issue 13's verification: a key holding a permission of the project's own API, with credits
  // (far more than the load spends), verified with that permission required and a cost.
  dataOf(
    await call(
      port,
      {
        query: 'mutation($input: CreatePermissionInput!) { createPermission(input: $input) { id } }',
        variables: { input: { projectId: verifying.id, name: 'bots:read' } },
      },
      auth,
    ),
  );
  const { createApiKey: permitted } = dataOf<{ createApiKey: { secret: string } }>(
    await call(
      port,
      {
        query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        variables: {
          input: {
            projectId: verifying.id,
            name: 'permissions and credits',
            scopes: ['keys:read'],
            permissions: ['bots:read'],
            credits: { remaining: 1_000_000_000 },
          },
        },
      },
      auth,
    ),
  );
  // The verification keys get a limit far above the load (ENTERPRISE keys without one are not
  // counted at all): every request runs the rate-limit script like a FREE or PRO key's would.
  const limitAll = async (projectId: string) => {
    let after: string | null = null;
    for (;;) {
      const page: { project: { apiKeys: { edges: { node: { id: string } }[]; pageInfo: PageInfo } } } = dataOf(
        await call(
          port,
          {
            query:
              'query($id: ID!, $after: String) { project(id: $id) { apiKeys(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
            variables: { id: projectId, after },
          },
          auth,
        ),
      );
      const ids = page.project.apiKeys.edges.map(({ node }) => node.id);
      for (let start = 0; start < ids.length; start += 8) {
        await Promise.all(
          ids.slice(start, start + 8).map(async (id) =>
            dataOf(
              await call(
                port,
                {
                  query: 'mutation($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }',
                  variables: { input: { id, rateLimit: { perMinute: 1_000_000_000, perDay: 1_000_000_000 } } },
                },
                auth,
              ),
            ),
          ),
        );
      }
      if (!page.project.apiKeys.pageInfo.hasNextPage) return;
      after = page.project.apiKeys.pageInfo.endCursor;
    }
  };
  await limitAll(verifying.id);
  // Many keys verified in turn, as another backend verifies its users' keys (`verify-pool`).
  const pool = await project(POOL_KEYS);
  await limitAll(pool.id);
  return { sessionToken: signUp.token, verifying, pool, permittedSecret: permitted.secret, ten, hundred };
}

const LIST_KEYS = `query ListKeys($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount edges { node {
  id name status preview usageCount lastUsedAt scopes { name description } createdBy { type id label } } } } } }`;

async function statementsOf(app: Child, sessionToken: string, projectId: string, label: string) {
  const ids = [1, 2, 3].map((n) => `bench-${label}-${n}`);
  for (const requestId of ids) {
    const answer = await call(
      app.port,
      { query: LIST_KEYS, variables: { id: projectId } },
      { authorization: `Bearer ${sessionToken}`, 'x-request-id': requestId },
    );
    dataOf(answer);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  const lines = (await app.request<string[]>('logs', 'logs')).map((line) => JSON.parse(line));
  // The first request of a kind warms metadata and pools; the last one is the steady state.
  const last = lines.find((line) => line.requestId === ids.at(-1));
  return { statements: last.statements as number, durationMs: last.durationMs as number };
}

/** The uncached key read alone, in this process: HMAC and the lookup by hash, no HTTP or GraphQL. */
async function checkKeyLoop(secret: string): Promise<RunResult> {
  const orm = await openOrm(DATABASE_URL);
  const latencies: number[] = [];
  let errors = 0;
  const warmEnd = performance.now() + WARMUP * 1000;
  const end = warmEnd + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const startedAt = performance.now();
      const check = await findKeyByHash(orm.em.fork(), hashKey(SECRET, secret));
      const elapsed = performance.now() - startedAt;
      if (performance.now() < warmEnd) continue;
      if (check) latencies.push(elapsed);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await orm.close();
  return summarize(latencies, errors, SECONDS);
}

/**
 * (b) statements for 10 and 100 keys, then the 100-key list under load: Latchkey with and without
 * graphql-shield, and the baseline (plain graphql-js over the same rows in memory), taking turns.
 */
async function listPart(app: Child, data: Awaited<ReturnType<typeof seed>>) {
  const ten = await statementsOf(app, data.sessionToken, data.ten.id, 'list10');
  const hundred = await statementsOf(app, data.sessionToken, data.hundred.id, 'list100');
  const listTarget: Target = {
    port: app.port,
    body: JSON.stringify({ query: LIST_KEYS, variables: { id: data.hundred.id } }),
    headers: { authorization: `Bearer ${data.sessionToken}` },
  };
  const noShield = await startServer('app-noshield');
  const memory = await startServer('memory-list', { BENCH_LIST_PROJECT: data.hundred.id });
  // The baseline must answer exactly what Latchkey answers.
  const answers = await Promise.all(
    [app, memory].map((server) => call(server.port, JSON.parse(listTarget.body), listTarget.headers)),
  );
  const [latchkeyAnswer, memoryAnswer] = answers.map((answer) => JSON.stringify(dataOf(answer)));
  if (latchkeyAnswer !== memoryAnswer) {
    throw new Error(`the in-memory baseline answers differently:\n${latchkeyAnswer}\n${memoryAnswer}`);
  }
  const servers = { shield: app, bare: noShield, memory };
  const names = Object.keys(servers) as (keyof typeof servers)[];
  const roundSeconds = Math.max(2, SECONDS / 2);
  for (const name of names) {
    await closedLoop({ ...listTarget, port: servers[name].port }, { connections: 4, warmupSeconds: 0, seconds: 2 });
  }
  // The three servers run side by side and take turns, in a rotated order, so drift on a shared
  // machine hits them alike; each reports its median round, and its CPU over all rounds.
  await Promise.all(names.map((name) => servers[name].request('memory', 'memory')));
  const rounds = new Map(names.map((name) => [name, [] as RunResult[]]));
  const cpu = new Map(names.map((name) => [name, [] as number[]]));
  if (PROFILE_DIR) await profiling(Object.values(servers), 'start', 'list');
  for (let round = 0; round < 3; round += 1) {
    for (let turn = 0; turn < names.length; turn += 1) {
      const name = names[(round + turn) % names.length] as keyof typeof servers;
      const result = await closedLoop(
        { ...listTarget, port: servers[name].port },
        { connections: 4, warmupSeconds: 1, seconds: roundSeconds },
      );
      const used = await servers[name].request<Memory>('memory', 'memory');
      rounds.get(name)?.push(result);
      // Per round (every request sent, warm-up included), so a ratio can be taken within each round.
      cpu.get(name)?.push(used.cpuMicros / Math.max(1, result.sent));
    }
  }
  if (PROFILE_DIR) await profiling(Object.values(servers), 'stop', 'list');
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
  const medianRun = (runs: RunResult[]) => [...runs].sort((x, y) => x.rps - y.rps)[1] as RunResult;
  const of = (name: keyof typeof servers) => ({
    result: medianRun(rounds.get(name) as RunResult[]),
    cpuPerRequest: median(cpu.get(name) as number[]),
    /** Each round's CPU per request divided by the baseline's in the same round. */
    ratios: (cpu.get(name) as number[]).map(
      (value, round) => value / ((cpu.get('memory') as number[])[round] as number),
    ),
  });
  await Promise.all([noShield.stop(), memory.stop()]);
  return { ten, hundred, shield: of('shield'), bare: of('bare'), memory: of('memory') };
}

type ListFigures = Awaited<ReturnType<typeof listPart>>;

function printList(list: ListFigures) {
  const { ten, hundred, shield, bare, memory } = list;
  const line = (name: string, figures: ListFigures['shield']) =>
    `${row(name, figures.result)}  CPU ${figures.cpuPerRequest.toFixed(0)} µs/req`;
  console.log(
    '\n(b) list 100 keys with scopes, creator and usage count (closed loop, 4 connections, 3 rounds in turns)',
  );
  console.log(`SQL statements per request: 10 keys → ${ten.statements}, 100 keys → ${hundred.statements}`);
  console.log(line('with graphql-shield (served schema)', shield));
  console.log(line('without graphql-shield (type-graphql only)', bare));
  console.log(line('plain graphql-js, same rows in memory (baseline)', memory));
  console.log(
    `shield overhead at p50: ${(((shield.result.p50 - bare.result.p50) / bare.result.p50) * 100).toFixed(0)}%`,
  );
  console.log(
    `server CPU per request, 100-key list: ${shield.cpuPerRequest.toFixed(0)} µs against ${memory.cpuPerRequest.toFixed(0)} µs from memory: ${listRatio(list).toFixed(1)}× (median of the rounds' ratios: ${shield.ratios.map((r) => `${r.toFixed(1)}×`).join(' ')})`,
  );
}

/** The median of the per-round CPU ratios, Latchkey (served schema) to the in-memory baseline. */
function listRatio(list: ListFigures): number {
  const sorted = [...list.shield.ratios].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function listGoals(list: ListFigures): [string, boolean][] {
  const { ten, hundred } = list;
  return [
    [
      `100-key list CPU per request ≤ 3× plain graphql-js from memory (${listRatio(list).toFixed(1)}×)`,
      listRatio(list) <= 3,
    ],
    [
      `constant SQL statements (10 keys: ${ten.statements}, 100 keys: ${hundred.statements})`,
      ten.statements === hundred.statements,
    ],
  ];
}

/** `BENCH_PART=list`: part (b) alone, on Latchkey in one process. */
async function listOnly() {
  const app = await startServer('app');
  const data = await seed(app.port);
  const list = await listPart(app, data);
  await app.stop();
  printList(list);
  console.log('\ntargets');
  for (const [label, met] of listGoals(list)) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${label}`);
}

async function cleanRedis() {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

/** The Redis Cluster of part (d) while it runs (destroyed in `main`'s finally if the run fails). */
let cluster: ThrowawayRedisCluster | null = null;

async function main() {
  const started = performance.now();
  console.log('Latchkey benchmark');
  console.log(
    `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} RAM, Node ${process.version}`,
  );
  console.log(`database: ${DATABASE_URL}   redis: ${REDIS_URL} (prefix ${PREFIX})`);
  console.log(
    `peak = closed loop, ${CONNECTIONS} connections, driven by ${PEAK_LOAD === 'wrk' ? 'wrk' : 'the node:http client'} (BENCH_LOAD): part (a) in ${ROUNDS} rounds of 1 s warm-up + ${Math.max(2, SECONDS / 2)} s measured per scenario, taking turns; half peak = open loop, 1 s + ${SECONDS} s\n`,
  );
  await prepareDatabase(DATABASE_URL);

  try {
    if (PART === 'list') {
      await listOnly();
      console.log(`\ntook ${((performance.now() - started) / 1000).toFixed(0)} s`);
      return;
    }
    const redis = await redisPid();
    // Every server of part (a) runs from the start and waits its turn (an idle one costs nothing):
    // a bare Apollo Server answering a constant (the baseline), the same plus one admission through
    // Latchkey's rate limiter per request (the I/O every key request must do), the same with a
    // second script awaited in a resolver (the I/O and turns of `verifyApiKey`), and Latchkey scaled
    // out: an API process (LATCHKEY_ROLE=api) and a worker process applying the usage it produces.
    const bare = await startServer('bare');
    const bareRedis = await startServer('bare-redis');
    const bareRedis2 = await startServer('bare-redis2');
    const worker = await startServer('worker');
    const api = await startServer('api');
    const compared = COMPARE_DIR ? await startServer('api', {}, COMPARE_DIR) : null;
    // (d) the same API and worker on a Redis Cluster of 3 masters + 3 replicas, under a hash-tagged prefix.
    cluster = WITH_CLUSTER ? await ThrowawayRedisCluster.create(3, 1) : null;
    const clusterEnv = cluster
      ? {
          LATCHKEY_REDIS_CLUSTER_NODES: cluster.nodes,
          LATCHKEY_REDIS_PREFIX: `{${PREFIX}}`,
          BENCH_PREFIX: `{${PREFIX}}`,
        }
      : null;
    const clusterWorker = clusterEnv ? await startServer('worker', clusterEnv) : null;
    const clusterApi = clusterEnv ? await startServer('api', clusterEnv) : null;
    const bareTarget: Target = { port: bare.port, body: JSON.stringify({ query: '{ viewer }' }) };
    const bareRedisTarget: Target = { ...bareTarget, port: bareRedis.port };
    const bareRedis2Target: Target = { port: bareRedis2.port, body: JSON.stringify({ query: 'mutation { verify }' }) };
    const twoScripts = await call(bareRedis2.port, JSON.parse(bareRedis2Target.body), {});
    if (JSON.stringify(twoScripts.json) !== '{"data":{"verify":"constant"}}') {
      throw new Error(`bare-redis2 does not answer: ${JSON.stringify(twoScripts.json)}`);
    }
    const data = await seed(api.port);
    const verifyBody = (key: string) =>
      JSON.stringify({
        query: 'mutation($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }',
        variables: { input: { key, requiredScopes: ['keys:read'] } },
      });
    const targets = (port: number) => ({
      viewer: {
        port,
        body: JSON.stringify({ query: '{ viewer { apiKey { id name } scopes } }' }),
        headers: { authorization: `Bearer ${data.verifying.defaultSecret}` },
      } satisfies Target,
      verify: {
        port,
        body: JSON.stringify({
          query: 'mutation($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }',
          variables: { input: { key: data.verifying.secrets[0], requiredScopes: ['keys:read'] } },
        }),
        headers: { authorization: `Bearer ${data.verifying.defaultSecret}` },
      } satisfies Target,
      verifyPool: {
        port,
        body: verifyBody(data.pool.secrets[0] as string),
        bodies: data.pool.secrets.map(verifyBody),
        headers: { authorization: `Bearer ${data.pool.defaultSecret}` },
      } satisfies Target,
      verifyPermissions: {
        port,
        body: JSON.stringify({
          query: 'mutation($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }',
          variables: {
            input: {
              key: data.permittedSecret,
              requiredScopes: ['keys:read'],
              requiredPermissions: ['bots:read'],
              cost: 1,
            },
          },
        }),
        headers: { authorization: `Bearer ${data.verifying.defaultSecret}` },
      } satisfies Target,
    });
    const onApi = targets(api.port);
    const onCompared = compared ? targets(compared.port) : null;
    for (const target of [onApi.verify, onApi.verifyPermissions, onApi.verifyPool] as Target[]) {
      for (const body of target.bodies ?? [target.body]) {
        const verified = await call(api.port, JSON.parse(body), target.headers);
        if (JSON.stringify(verified.json.data) !== '{"verifyApiKey":{"valid":true,"code":"VALID"}}') {
          throw new Error(`verifyApiKey does not answer VALID: ${JSON.stringify(verified.json)}`);
        }
      }
    }
    // A fresh process is slower until the JIT has seen these paths: a discarded round of each.
    const discardedRound = (target: Target) =>
      peakLoop(target, { connections: CONNECTIONS, warmupSeconds: 0, seconds: 3 });
    const onCluster = clusterApi ? targets(clusterApi.port) : null;
    for (const target of [
      bareTarget,
      bareRedisTarget,
      bareRedis2Target,
      onApi.viewer,
      onApi.verify,
      onApi.verifyPermissions,
      onApi.verifyPool,
    ])
      await discardedRound(target);
    if (onCluster) for (const target of [onCluster.viewer, onCluster.verify]) await discardedRound(target);
    if (onCompared) for (const target of [onCompared.viewer, onCompared.verify]) await discardedRound(target);
    const peaks = await alternatingPeaks(
      [
        { name: 'bare', server: bare, target: bareTarget },
        { name: 'bare-redis', server: bareRedis, target: bareRedisTarget },
        { name: 'bare-redis2', server: bareRedis2, target: bareRedis2Target },
        { name: 'viewer', server: api, target: onApi.viewer, worker },
        { name: 'verify', server: api, target: onApi.verify, worker },
        { name: 'verify-permissions', server: api, target: onApi.verifyPermissions, worker },
        { name: 'verify-pool', server: api, target: onApi.verifyPool, worker },
        ...(compared && onCompared
          ? [
              { name: 'viewer-compared', server: compared, target: onCompared.viewer, worker },
              { name: 'verify-compared', server: compared, target: onCompared.verify, worker },
            ]
          : []),
        ...(clusterApi && clusterWorker && onCluster
          ? [
              { name: 'viewer-cluster', server: clusterApi, target: onCluster.viewer, worker: clusterWorker },
              { name: 'verify-cluster', server: clusterApi, target: onCluster.verify, worker: clusterWorker },
            ]
          : []),
      ],
      redis,
      'verification',
    );
    const peakOf = (name: string) => peaks.get(name) as Rounds;
    const bareHalf = await halfPeak(bare, bareTarget, peakOf('bare').combined);
    const bareRedisHalf = await halfPeak(bareRedis, bareRedisTarget, peakOf('bare-redis').combined);
    const viewerHalf = await halfPeak(api, onApi.viewer, peakOf('viewer').combined);
    const verifyHalf = await halfPeak(api, onApi.verify, peakOf('verify').combined);
    const allocations = {
      bare: await allocationsOf(bare, bareTarget),
      bareRedis: await allocationsOf(bareRedis, bareRedisTarget),
      viewer: await allocationsOf(api, onApi.viewer),
      verify: await allocationsOf(api, onApi.verify),
    };
    const clusterHalf =
      clusterApi && onCluster
        ? {
            viewer: await halfPeak(clusterApi, onCluster.viewer, peakOf('viewer-cluster').combined),
            verify: await halfPeak(clusterApi, onCluster.verify, peakOf('verify-cluster').combined),
          }
        : null;
    await Promise.all([bareRedis.stop(), bareRedis2.stop(), api.stop(), compared?.stop(), clusterApi?.stop()]);
    await Promise.all([worker.stop(), clusterWorker?.stop()]);
    await cluster?.destroy();
    cluster = null;

    // Latchkey as `npm start` runs it: API and workers in one process, taking turns with the baseline.
    const app = await startServer('app');
    const onApp = targets(app.port);
    await discardedRound(onApp.viewer);
    const onePeaks = await alternatingPeaks(
      [
        { name: 'bare', server: bare, target: bareTarget },
        { name: 'one', server: app, target: onApp.viewer },
      ],
      redis,
      'one-process',
    );
    const one = onePeaks.get('one') as Rounds;
    const oneHalf = await halfPeak(app, onApp.viewer, one.combined);
    await bare.stop();

    const checkKeyAlone = await checkKeyLoop(data.verifying.secrets[0] as string);

    const list = PART === 'verification' ? null : await listPart(app, data);
    await app.stop();

    const [barePeak, bareRedisPeak, bareRedis2Peak, viewerPeak, verifyPeak, permissionsPeak, poolPeak, onePeak] = [
      peakOf('bare').combined,
      peakOf('bare-redis').combined,
      peakOf('bare-redis2').combined,
      peakOf('viewer').combined,
      peakOf('verify').combined,
      peakOf('verify-permissions').combined,
      peakOf('verify-pool').combined,
      one.combined,
    ];
    const ratios = {
      viewer: ratioOf(peakOf('viewer'), peakOf('bare')),
      verify: ratioOf(peakOf('verify'), peakOf('bare')),
      viewerSameIo: ratioOf(peakOf('viewer'), peakOf('bare-redis')),
      verifySameIo: ratioOf(peakOf('verify'), peakOf('bare-redis')),
      one: ratioOf(one, onePeaks.get('bare') as Rounds),
    };
    console.log(
      `(a) key verification (peak: closed loop, median of ${ROUNDS} rounds taken in turns with the baselines; half: open loop at half the peak rate)`,
    );
    console.log(row('bare Apollo, constant `{ viewer }`: peak', barePeak.result, barePeak.memory));
    console.log(row('bare Apollo: at half peak', bareHalf.result, bareHalf.memory));
    console.log(row('bare Apollo + one limiter script: peak', bareRedisPeak.result, bareRedisPeak.memory));
    console.log(row('bare Apollo + one limiter script: at half peak', bareRedisHalf.result, bareRedisHalf.memory));
    console.log(row('bare + a second script in a resolver: peak', bareRedis2Peak.result, bareRedis2Peak.memory));
    console.log('Latchkey API process, usage worker in its own process:');
    console.log(row('  `viewer` with an API key: peak', viewerPeak.result, viewerPeak.memory));
    console.log(row('  `viewer`: at half peak', viewerHalf.result, viewerHalf.memory));
    console.log(row('  `verifyApiKey`: peak', verifyPeak.result, verifyPeak.memory));
    console.log(row('  `verifyApiKey`: at half peak', verifyHalf.result, verifyHalf.memory));
    console.log(row('  `verifyApiKey`, permissions and credits: peak', permissionsPeak.result, permissionsPeak.memory));
    console.log(row(`  \`verifyApiKey\` of ${POOL_KEYS} keys in turn: peak`, poolPeak.result, poolPeak.memory));
    console.log('Latchkey in one process (`npm start`: API and workers):');
    console.log(row('  `viewer` with an API key: peak', onePeak.result, onePeak.memory));
    console.log(row('  `viewer`: at half peak', oneHalf.result, oneHalf.memory));
    console.log(row('key lookup by hash uncached, in-process (no HTTP)', checkKeyAlone));
    if (clusterHalf) {
      const viewerCluster = peakOf('viewer-cluster').combined;
      const verifyCluster = peakOf('verify-cluster').combined;
      console.log(
        '(d) the same API process and worker on a Redis Cluster (3 masters + 3 replicas, hash-tagged prefix), in the same rounds:',
      );
      console.log(row('  `viewer` with an API key: peak', viewerCluster.result, viewerCluster.memory));
      console.log(row('  `viewer`: at half peak', clusterHalf.viewer.result, clusterHalf.viewer.memory));
      console.log(row('  `verifyApiKey`: peak', verifyCluster.result, verifyCluster.memory));
      console.log(row('  `verifyApiKey`: at half peak', clusterHalf.verify.result, clusterHalf.verify.memory));
      const toSingle = (name: string, single: string) => `${(ratioOf(peakOf(name), peakOf(single)) * 100).toFixed(0)}%`;
      console.log(
        `  cluster to single Redis (median of the rounds' ratios): viewer ${toSingle('viewer-cluster', 'viewer')}, verifyApiKey ${toSingle('verify-cluster', 'verify')}; server CPU ${viewerCluster.cpu.server.toFixed(0)} µs/req against ${peakOf('viewer').combined.cpu.server.toFixed(0)} µs`,
      );
    }
    const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
    const perRound = (name: string, baseline: Rounds) => roundRatios(peakOf(name), baseline).map(percent).join(' ');
    console.log(
      `ratio to bare Apollo (median of the rounds' ratios): viewer ${percent(ratios.viewer)} (rounds ${perRound('viewer', peakOf('bare'))}), verifyApiKey ${percent(ratios.verify)} (rounds ${perRound('verify', peakOf('bare'))}); in one process: viewer ${percent(ratios.one)}`,
    );
    console.log(
      `ratio to bare Apollo + one limiter script (same I/O): viewer ${percent(ratios.viewerSameIo)}, verifyApiKey ${percent(ratios.verifySameIo)}`,
    );
    const cost = (name: string, peak: Peak) => {
      const { cpu, instructions } = peak;
      const worker = cpu.worker == null ? '' : ` + worker ${cpu.worker.toFixed(0)} µs`;
      const counted = [
        `${thousands(instructions.server)}`,
        instructions.worker == null ? '' : ` + worker ${thousands(instructions.worker)}`,
        ` + Redis ${thousands(instructions.redis)}`,
      ].join('');
      const calls =
        peak.memory.systemCalls === null ? 'n/a' : (peak.memory.systemCalls / Math.max(1, peak.result.sent)).toFixed(2);
      const sent = Math.max(1, peak.result.sent);
      const kernel = `${(peak.memory.systemMicros / sent).toFixed(0)} µs in the kernel`;
      const switches = (peak.memory.contextSwitches / sent).toFixed(2);
      return `  ${name.padEnd(26)} CPU ${cpu.server.toFixed(0)} µs${worker} (${(cpu.server / barePeak.cpu.server).toFixed(1)}× bare; ${kernel}); socket reads and writes ${calls}; context switches ${switches}; instructions ${counted}`;
    };
    console.log(
      'cost per request over all rounds (server CPU time; its read and write system calls; instructions retired, counted by perf):',
    );
    console.log(cost('bare Apollo', barePeak));
    console.log(cost('bare + limiter script', bareRedisPeak));
    console.log(cost('bare + two scripts', bareRedis2Peak));
    console.log(cost('viewer, API process', viewerPeak));
    console.log(cost('verifyApiKey, API process', verifyPeak));
    console.log(cost('  with permissions, credits', permissionsPeak));
    console.log(cost(`  ${POOL_KEYS} keys in turn`, poolPeak));
    console.log(cost('viewer, one process', onePeak));
    const topOwners = (sampled: Allocations) =>
      sampled.byOwner
        .slice(0, 6)
        .map(([owner, bytes]) => `${owner} ${kb(bytes)}`)
        .join(', ');
    console.log('allocated per request (V8 sampling heap profiler, freed objects included; a run of its own):');
    console.log(`  bare Apollo                ${kb(allocations.bare.perRequest)}`);
    console.log(`  bare + limiter script      ${kb(allocations.bareRedis.perRequest)}`);
    console.log(`  viewer, API process        ${kb(allocations.viewer.perRequest)}: ${topOwners(allocations.viewer)}`);
    console.log(`  verifyApiKey, API process  ${kb(allocations.verify.perRequest)}: ${topOwners(allocations.verify)}`);

    if (list) printList(list);

    // CPU per request of the API process (its worker's apart), over all rounds, as a multiple of bare Apollo's.
    const cpuRatio = (peak: Peak) => peak.cpu.server / barePeak.cpu.server;
    // Each round's ratio too, against the bare round of the same turn: how far the host drifted.
    // Each round's ratio of `name` to `baseline`, against the baseline's round of the same turn.
    const cpuRoundRatios = (name: string, baseline: string) =>
      peakOf(name)
        .rounds.map(
          (peak, round) => `${(peak.cpu.server / (peakOf(baseline).rounds[round] as Peak).cpu.server).toFixed(2)}×`,
        )
        .join(' ');
    const cpuRounds = (name: string) => cpuRoundRatios(name, 'bare');
    console.log(
      `server CPU per request as a multiple of bare Apollo's (${barePeak.cpu.server.toFixed(0)} µs): viewer ${cpuRatio(viewerPeak).toFixed(2)}× (${viewerPeak.cpu.server.toFixed(0)} µs; rounds ${cpuRounds('viewer')}), verifyApiKey ${cpuRatio(verifyPeak).toFixed(2)}× (${verifyPeak.cpu.server.toFixed(0)} µs; rounds ${cpuRounds('verify')})`,
    );
    if (compared) {
      // This build's CPU per request over the other's, over all rounds and round by round.
      const against = (name: string) => {
        const [mine, theirs] = [peakOf(name).combined.cpu.server, peakOf(`${name}-compared`).combined.cpu.server];
        return `${mine.toFixed(0)} µs against ${theirs.toFixed(0)} µs (${(mine / theirs).toFixed(3)}×; rounds ${cpuRoundRatios(name, `${name}-compared`)})`;
      };
      console.log(
        `  against the build in ${COMPARE_DIR}: viewer ${against('viewer')}, verifyApiKey ${against('verify')}`,
      );
    }
    // Each round's own CPU per request: which side of a round's ratio moved.
    const microsPerRound = (name: string) =>
      peakOf(name)
        .rounds.map((peak) => peak.cpu.server.toFixed(0))
        .join(' ');
    console.log(
      `  per round, µs: bare ${microsPerRound('bare')}; viewer ${microsPerRound('viewer')}; verifyApiKey ${microsPerRound('verify')}`,
    );
    // Against the baselines that make the same round trips in the same event-loop turns: what
    // Latchkey's own work costs, apart from the I/O a request of its kind cannot avoid.
    console.log(
      `  against the same I/O: viewer ${(viewerPeak.cpu.server / bareRedisPeak.cpu.server).toFixed(2)}× bare + one script (rounds ${cpuRoundRatios('viewer', 'bare-redis')}), verifyApiKey ${(verifyPeak.cpu.server / bareRedis2Peak.cpu.server).toFixed(2)}× bare + two scripts (rounds ${cpuRoundRatios('verify', 'bare-redis2')}); the second script itself: ${(bareRedis2Peak.cpu.server - bareRedisPeak.cpu.server).toFixed(0)} µs`,
    );
    // Issue 13: a permission required and a credit spent, against the plain verification, same process.
    const permissionsRatio = permissionsPeak.cpu.server / verifyPeak.cpu.server;
    console.log(
      `verifyApiKey with requiredPermissions and credits: ${permissionsPeak.cpu.server.toFixed(0)} µs, ${permissionsRatio.toFixed(2)}× plain verifyApiKey's CPU per request`,
    );
    console.log(
      `verifyApiKey of ${POOL_KEYS} keys in turn (each cached after its first use, as in production): ${poolPeak.cpu.server.toFixed(0)} µs, ${(poolPeak.cpu.server / verifyPeak.cpu.server).toFixed(2)}× verifying one key (rounds ${cpuRoundRatios('verify-pool', 'verify')})`,
    );
    console.log('\n(c) peak server memory: see "peak RSS" above; bytes allocated per request: see (a)');
    console.log('\ntargets');
    const goals: [string, boolean][] = [
      [
        `viewer CPU per request ≤ 1.8× bare Apollo's (${cpuRatio(viewerPeak).toFixed(2)}×)`,
        cpuRatio(viewerPeak) <= 1.8,
      ],
      [
        `verifyApiKey CPU per request ≤ 2× bare Apollo's (${cpuRatio(verifyPeak).toFixed(2)}×)`,
        cpuRatio(verifyPeak) <= 2,
      ],
      [
        `verifyApiKey with permissions and credits ≤ 1.1× plain verifyApiKey's CPU per request (${permissionsRatio.toFixed(2)}×)`,
        permissionsRatio <= 1.1,
      ],
    ];
    if (list) goals.push(...listGoals(list));
    for (const [label, met] of goals) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${label}`);
    console.log(`\ntook ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await cluster?.destroy();
    await cleanRedis();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
