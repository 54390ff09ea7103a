/**
 * `npm run bench:subscriptions`: N concurrent authenticated WebSocket connections (default 5,000,
 * `BENCH_CONNECTIONS`) on one Latchkey API process, next to a bare graphql-ws server in the same
 * run, on 127.0.0.1 only. For each: the connect rate (connection_init to ack, 200 at a time), the
 * server's memory per connection (RSS and heap after a GC, over the idle server's), and the
 * fan-out latency of one event to every subscriber (p50, p99 over 5 events): for Latchkey an audit
 * event published on the live channel as the relay publishes it (Redis pub/sub → every
 * `auditEvents` subscription, checked by its shield rules); for the bare server an event handed to
 * its subscriptions in-process. Latency is measured by the clients in this process, so it includes
 * their own work, the same for both.
 *
 * Every Latchkey connection authenticates with the project's key: each attempt goes through
 * admission (the key cache and its Redis confirmation, the rate limit) and is metered. The key gets
 * a rate-limit override high enough for the run.
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/latchkey_bench),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379; keys under a unique prefix, deleted at the end).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { prepareDatabase } from '../src/database.js';
import { liveChannelName } from '../src/shared/live-bus.js';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 5000);
const CONCURRENCY = 200;
const EVENTS = 5;
const PREFIX = `latchkey-bench-ws-${process.pid}`;
const ADMIN = `bench-ws-${process.pid}@example.test`;
const SECRET = 'benchmark-secret-for-latchkey-0123456789abcdef';

for (const url of [DATABASE_URL, REDIS_URL]) {
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname)) {
    throw new Error(`The benchmark talks to 127.0.0.1 only; ${url} is elsewhere.`);
  }
}

interface Server {
  child: ChildProcess;
  port: number;
  ask<T>(type: string): Promise<T>;
  stop(): Promise<void>;
}

async function startServer(mode: 'latchkey' | 'bare'): Promise<Server> {
  const child = fork(join(import.meta.dirname, 'subscription-server.js'), [mode], {
    execArgv: ['--expose-gc'],
    env: {
      ...process.env,
      BENCH_SECRET: SECRET,
      BENCH_DATABASE_URL: DATABASE_URL,
      BENCH_REDIS_URL: REDIS_URL,
      BENCH_PREFIX: PREFIX,
      BENCH_ADMIN: ADMIN,
      LOG_LEVEL: 'warn',
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: { port?: number }) => {
      if (message.port) resolve(message.port);
    });
  });
  return {
    child,
    port,
    ask<T>(type: string) {
      return new Promise<T>((resolve) => {
        const listener = (message: { type?: string }) => {
          if (message.type !== type) return;
          child.off('message', listener);
          resolve(message as T);
        };
        child.on('message', listener);
        child.send({ type });
      });
    },
    async stop() {
      child.send({ type: 'stop' });
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

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

/** A project whose default key may open every connection of the run (audit:read, a high limit). */
async function seed(port: number): Promise<{ projectId: string; key: string }> {
  const { signUp } = await gql<{ signUp: { token: string } }>(
    port,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    { input: { email: ADMIN, password: 'benchmark passphrase 1234', name: 'Bench' } },
  );
  const { createProject } = await gql<{
    createProject: { project: { id: string }; defaultKey: { id: string }; secret: string };
  }>(
    port,
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }',
    { input: { name: 'WebSocket bench' } },
    signUp.token,
  );
  await gql(
    port,
    'mutation ($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }',
    { input: { projectId: createProject.project.id, plan: 'ENTERPRISE' } },
    signUp.token,
  );
  await gql(
    port,
    'mutation ($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }',
    { input: { id: createProject.defaultKey.id, rateLimit: { perMinute: 1_000_000, perDay: 100_000_000 } } },
    signUp.token,
  );
  return { projectId: createProject.project.id, key: createProject.secret };
}

interface Subscriber {
  client: Client;
  received: number[];
}

async function connectAll(
  port: number,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
  latencyOf: (data: Record<string, unknown>) => number,
): Promise<{ subscribers: Subscriber[]; seconds: number; refused: number }> {
  const subscribers: Subscriber[] = [];
  let refused = 0;
  const started = performance.now();
  for (let start = 0; start < CONNECTIONS; start += CONCURRENCY) {
    const batch = Array.from({ length: Math.min(CONCURRENCY, CONNECTIONS - start) }, async () => {
      const subscriber: Subscriber = { client: null as unknown as Client, received: [] };
      await new Promise<void>((resolve) => {
        subscriber.client = createClient({
          url: `ws://127.0.0.1:${port}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: token ? { authorization: `Bearer ${token}` } : {},
          lazy: false,
          retryAttempts: 0,
          keepAlive: 0,
          onNonLazyError: () => undefined,
          on: {
            connected: () => resolve(),
            closed: () => {
              refused += 1;
              resolve();
            },
          },
        });
      });
      subscriber.client.subscribe<Record<string, unknown>>(
        { query, variables },
        {
          next: (result) => {
            if (result.data) subscriber.received.push(latencyOf(result.data));
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      subscribers.push(subscriber);
    });
    await Promise.all(batch);
  }
  return { subscribers, seconds: (performance.now() - started) / 1000, refused };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Figures {
  name: string;
  connectPerSecond: number;
  refused: number;
  rssPerConnection: number;
  heapPerConnection: number;
  p50: number;
  p99: number;
  delivered: number;
}

async function measure(
  name: string,
  server: Server,
  subscribe: () => ReturnType<typeof connectAll>,
  publish: () => Promise<void>,
): Promise<Figures> {
  const idle = await server.ask<{ rss: number; heapUsed: number }>('memory');
  const { subscribers, seconds, refused } = await subscribe();
  // Subscriptions are registered when the server has read their message; give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const loaded = await server.ask<{ rss: number; heapUsed: number }>('memory');
  for (let event = 0; event < EVENTS; event++) {
    const expected = (event + 1) * subscribers.length;
    await publish();
    const deadline = Date.now() + 15_000;
    while (subscribers.reduce((sum, s) => sum + s.received.length, 0) < expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const latencies = subscribers.flatMap((s) => s.received).sort((x, y) => x - y);
  await Promise.all(subscribers.map((s) => s.client.dispose()));
  const open = CONNECTIONS - refused;
  return {
    name,
    connectPerSecond: CONNECTIONS / seconds,
    refused,
    rssPerConnection: (loaded.rss - idle.rss) / open,
    heapPerConnection: (loaded.heapUsed - idle.heapUsed) / open,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    delivered: latencies.length / (open * EVENTS),
  };
}

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
const results: Figures[] = [];
const redis = new Redis(REDIS_URL);
try {
  const bare = await startServer('bare');
  results.push(
    await measure(
      'bare graphql-ws',
      bare,
      () => connectAll(bare.port, null, 'subscription { events }', {}, (data) => Date.now() - Number(data.events)),
      async () => {
        bare.child.send({ type: 'publish', payload: String(Date.now()) });
      },
    ),
  );
  await bare.stop();

  const latchkey = await startServer('latchkey');
  const { projectId, key } = await seed(latchkey.port);
  results.push(
    await measure(
      'Latchkey (key auth, metered, Redis pub/sub, shield)',
      latchkey,
      () =>
        connectAll(
          latchkey.port,
          key,
          'subscription ($projectId: ID!) { auditEvents(projectId: $projectId) { id action targetId } }',
          { projectId },
          (data) => Date.now() - Number((data.auditEvents as { targetId: string }).targetId),
        ),
      async () => {
        const sent = Date.now();
        const event = {
          id: crypto.randomUUID(),
          projectId,
          action: 'bench.fanout',
          actor: { type: 'SYSTEM', id: null, label: 'bench' },
          target: { type: 'bench', id: String(sent), label: null },
          summary: {},
          request: { clientAddress: null, userAgent: null, requestId: null },
          createdAt: new Date(sent).toISOString(),
        };
        // As the event relay publishes a committed batch (live-relay-target.ts).
        await redis.publish(liveChannelName(PREFIX, 'events'), JSON.stringify({ events: [event] }));
      },
    ),
  );
  await latchkey.stop();
} finally {
  redis.disconnect();
  await removePrefix();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\n${CONNECTIONS} concurrent WebSocket connections, ${EVENTS} events fanned out to all of them\n`);
console.log('| server | connects/s | refused | RSS / conn | heap / conn | fan-out p50 | fan-out p99 | delivered |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${Math.round(r.connectPerSecond)} | ${r.refused} | ${kb(r.rssPerConnection)} | ${kb(r.heapPerConnection)} | ${r.p50} ms | ${r.p99} ms | ${(r.delivered * 100).toFixed(1)}% |`,
  );
}
