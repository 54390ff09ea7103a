/**
 * One server under test, in its own process so the load generator never shares its event loop:
 * `app` (Latchkey as `npm start` runs it: API, metering and workers in one process), `api` (the
 * API and metering only, as `LATCHKEY_ROLE=api` runs it), `worker` (the workers only, as
 * `LATCHKEY_ROLE=worker`; it serves nothing), `app-noshield` (like `app`, with the type-graphql
 * schema before graphql-shield is applied), `bare` (a bare Apollo Server answering a constant,
 * behind the same kind of Node http handler: the baseline) or `bare-redis` (the same, plus the one
 * Redis round trip every Latchkey key request makes: Latchkey's own rate limiter and its script),
 * `bare-redis2` (`bare-redis` whose `mutation { verify }` waits for a second script in its
 * resolver: the round trips and event-loop turns of a `verifyApiKey`, and nothing else of Latchkey)
 * or `memory-list` (the list query of part (b) answered by plain graphql-js from rows in memory:
 * the project `BENCH_LIST_PROJECT`'s, read once at start; `memory-list.ts`).
 *
 * Talks to the parent over IPC: sends `{ port }` once listening; answers `memory` with the peak
 * RSS/heap, the CPU time and the garbage-collection pauses since the last `memory`; `allocations`
 * with the bytes allocated since `allocations-start`; `logs` with the captured request lines of
 * `bench-*` ids; `cpu-profile-start` and `cpu-profile-stop:<label>` profile the load in between
 * (written to BENCH_PROFILE); and stops on `stop`.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Redis } from 'ioredis';
import { openOrm } from '../src/database.js';
import { buildBareSchema } from '../src/graphql/schema.js';
import { createApp } from '../src/http/server.js';
import { RateLimiter } from '../src/modules/rate-limits/rate-limiter.js';
import { loadConfig } from '../src/shared/config.js';
import { createLogger } from '../src/shared/logger.js';
import { createRedisConnections } from '../src/shared/redis.js';
import { startWorkers } from '../src/worker.js';
import { startMemoryList } from './memory-list.js';
import { ownerOf } from './owners.js';

export type Mode = 'app' | 'api' | 'worker' | 'app-noshield' | 'bare' | 'bare-redis' | 'bare-redis2' | 'memory-list';

interface Running {
  port: number;
  stop(): Promise<void>;
}

const captured: string[] = [];
/** Log lines go nowhere (as to a pipe nobody reads), except those of the benchmark's probe requests. */
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    const text = chunk.toString();
    if (text.includes('"requestId":"bench-')) captured.push(text);
    done();
  },
});

async function startApp(withShield: boolean, role: 'all' | 'api' | 'worker'): Promise<Running> {
  // Bench projects are ENTERPRISE (no plan limits): the plan new projects get here.
  const config = { ...loadConfig({ ...process.env, LATCHKEY_DEFAULT_PLAN: 'ENTERPRISE' }), port: 0 };
  const logger = createLogger('info', sink);
  const orm = await openOrm(config.databaseUrl);
  const prefix = process.env.BENCH_PREFIX ?? 'latchkey-bench';
  const usage = { redisPrefix: prefix };
  if (role === 'worker') {
    const workers = await startWorkers({ config, logger, orm, usage });
    return {
      port: 0,
      async stop() {
        await workers.close();
        await orm.close();
      },
    };
  }
  // On a Redis Cluster (LATCHKEY_REDIS_CLUSTER_NODES) through the connection factory, as main.ts does.
  const redis = config.redisClusterNodes
    ? createRedisConnections(config, logger).general()
    : new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  const app = await createApp({
    config,
    logger,
    orm,
    redis,
    usage,
    ...(withShield ? {} : { schema: await buildBareSchema() }),
  });
  const workers = role === 'all' ? await startWorkers({ config, logger, orm, usage }) : null;
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return {
    port: (app.server.address() as AddressInfo).port,
    async stop() {
      await app.close();
      await workers?.close();
      await orm.close();
      redis.disconnect();
    },
  };
}

/**
 * Before each request, `bare-redis` admits it through Latchkey's rate limiter as a cached key's
 * request is admitted (address budget, generation check, minute, burst and day windows): the same
 * script and write batching, and nothing else of Latchkey.
 */
async function limiterRoundTrip(): Promise<{ admit(): Promise<unknown>; close(): void }> {
  const config = loadConfig(process.env);
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  await new Promise((resolve) => redis.once('ready', resolve));
  const prefix = `${process.env.BENCH_PREFIX ?? 'latchkey-bench'}:bare-rl`;
  const limiter = new RateLimiter(redis, { prefix, failuresPerMinute: 30 }, createLogger('warn', sink));
  const settings = {
    perMinute: 1_000_000_000,
    perDay: 1_000_000_000,
    burstPerMinute: 2_000_000_000,
    source: 'KEY' as const,
  };
  const keyId = randomUUID();
  const generation = { key: `${prefix}:generation:${keyId}`, expected: '0' };
  return {
    admit: () => limiter.admit({ keyId, settings, now: Date.now(), address: '127.0.0.1', generation }),
    close: () => redis.disconnect(),
  };
}

/** `scripts`: limiter round trips per request, the first before Apollo, the second from `verify`'s resolver. */
async function startBare(scripts: 0 | 1 | 2): Promise<Running> {
  const roundTrip = scripts > 0 ? await limiterRoundTrip() : null;
  const inResolver = scripts > 1 ? await limiterRoundTrip() : null;
  const apollo = new ApolloServer({
    typeDefs: 'type Query { viewer: String! } type Mutation { verify: String! }',
    resolvers: {
      Query: { viewer: () => 'constant' },
      Mutation: {
        verify: async () => {
          await inResolver?.admit();
          return 'constant';
        },
      },
    },
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    await roundTrip?.admit();
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method ?? 'POST',
        headers,
        search: '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      },
      context: async () => ({}),
    });
    const out: Record<string, string> = {};
    for (const [name, value] of result.headers) out[name] = value;
    response.writeHead(result.status ?? 200, out);
    response.end(result.body.kind === 'complete' ? result.body.string : '');
  };
  const server = createServer((request, response) => void handle(request, response));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      roundTrip?.close();
      inResolver?.close();
    },
  };
}

/** Garbage-collection pauses of the main thread since the last `memory`: how many, and the longest. */
let gc = { pauses: 0, maxMs: 0 };
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    gc.pauses += 1;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

/** A node of V8's sampling heap profile: bytes allocated by one function on one stack. */
interface AllocationNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: AllocationNode[];
}

/**
 * Allocation sampling with V8's sampling heap profiler, counting the objects that garbage
 * collection has already freed too: an estimate of every byte allocated while it runs, by owner
 * (package, or file of ours). Unlike CPU time, it hardly depends on how busy the machine is.
 */
let allocationSession: Session | null = null;

async function startAllocationSampling(): Promise<void> {
  allocationSession = new Session();
  allocationSession.connect();
  await allocationSession.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}

async function stopAllocationSampling(): Promise<{ bytes: number; byOwner: Record<string, number> }> {
  const session = allocationSession as Session;
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: AllocationNode } };
  session.disconnect();
  allocationSession = null;
  // With BENCH_PROFILE (run.ts), the profile itself too: Chrome DevTools opens .heapprofile files.
  const folder = process.env.BENCH_PROFILE;
  if (folder)
    writeFileSync(join(folder, `${process.argv[2]}-${process.pid}-${Date.now()}.heapprofile`), JSON.stringify(profile));
  const byOwner: Record<string, number> = {};
  let bytes = 0;
  const visit = (node: AllocationNode) => {
    const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
    byOwner[owner] = (byOwner[owner] ?? 0) + node.selfSize;
    bytes += node.selfSize;
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  return { bytes, byOwner };
}

/** A CPU profile of the load alone (`BENCH_PROFILE`): started and stopped by the parent around its runs. */
let cpuSession: Session | null = null;

async function startCpuProfile(): Promise<void> {
  cpuSession = new Session();
  cpuSession.connect();
  await cpuSession.post('Profiler.enable');
  await cpuSession.post('Profiler.start');
}

async function stopCpuProfile(label: string): Promise<void> {
  const session = cpuSession;
  if (!session) return;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  cpuSession = null;
  const folder = process.env.BENCH_PROFILE;
  if (folder)
    writeFileSync(join(folder, `${label}-${process.argv[2]}-${process.pid}.cpuprofile`), JSON.stringify(profile));
}

let peakRss = 0;
let peakHeap = 0;
/** CPU time (user + system) since the last `memory` message: the server's cost of a load. */
let cpuSince = process.cpuUsage();
/** Context switches since the last `memory` message (waits for I/O, and preemptions by the host). */
let switchesSince = contextSwitches();
function contextSwitches(): number {
  const usage = process.resourceUsage();
  return usage.voluntaryContextSwitches + usage.involuntaryContextSwitches;
}
/**
 * Read and write system calls of this process so far (Linux `/proc/self/io`: read, readv, recv…,
 * write, writev, send…), or null elsewhere. Each socket write and read costs the process
 * microseconds of kernel time; unlike CPU time, their number hardly moves with the host.
 */
function systemCalls(): number | null {
  try {
    const io = readFileSync('/proc/self/io', 'utf8');
    return Number(/^syscr: (\d+)/m.exec(io)?.[1]) + Number(/^syscw: (\d+)/m.exec(io)?.[1]);
  } catch {
    return null;
  }
}
let callsSince = systemCalls();
function sampleMemory() {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}

async function main() {
  const mode = process.argv[2] as Mode;
  const running =
    mode === 'memory-list'
      ? await startMemoryList(process.env.DATABASE_URL as string, process.env.BENCH_LIST_PROJECT as string)
      : mode === 'bare' || mode === 'bare-redis' || mode === 'bare-redis2'
        ? await startBare(mode === 'bare' ? 0 : mode === 'bare-redis' ? 1 : 2)
        : await startApp(mode !== 'app-noshield', mode === 'api' ? 'api' : mode === 'worker' ? 'worker' : 'all');
  const sampler = setInterval(sampleMemory, 20);
  process.on('message', async (message: string) => {
    if (message === 'memory') {
      sampleMemory();
      const cpu = process.cpuUsage(cpuSince);
      const calls = systemCalls();
      const systemCallsMade = calls === null || callsSince === null ? null : calls - callsSince;
      process.send?.({
        memory: {
          peakRss,
          peakHeap,
          cpuMicros: cpu.user + cpu.system,
          systemMicros: cpu.system,
          contextSwitches: contextSwitches() - switchesSince,
          systemCalls: systemCallsMade,
          gc,
        },
      });
      gc = { pauses: 0, maxMs: 0 };
      peakRss = 0;
      peakHeap = 0;
      cpuSince = process.cpuUsage();
      switchesSince = contextSwitches();
      callsSince = systemCalls();
    } else if (message === 'cpu-profile-start') {
      await startCpuProfile();
      process.send?.({ cpuProfileStarted: true });
    } else if (message.startsWith('cpu-profile-stop:')) {
      await stopCpuProfile(message.slice('cpu-profile-stop:'.length));
      process.send?.({ cpuProfileStopped: true });
    } else if (message === 'allocations-start') {
      await startAllocationSampling();
      process.send?.({ allocationsStarted: true });
    } else if (message === 'allocations') {
      process.send?.({ allocations: await stopAllocationSampling() });
    } else if (message === 'logs') {
      process.send?.({ logs: captured.splice(0) });
    } else if (message === 'stop') {
      clearInterval(sampler);
      await running.stop();
      process.send?.({ stopped: true });
      process.exit(0);
    }
  });
  process.send?.({ port: running.port, ready: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
