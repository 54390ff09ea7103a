/**
 * Redis Cluster through the one connection factory (src/shared/redis.ts, LATCHKEY_REDIS_CLUSTER_NODES):
 * a real three-master cluster on spare ports. Every named connection is a `Cluster` with its use's
 * options; keys under the hash-tagged prefix share a slot, so scripts and pipelines work across
 * them; BullMQ queues, the usage producer and the worker process run on it.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Queue, Worker } from 'bullmq';
import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../../src/database.js';
import { readDeploymentId } from '../../../src/modules/deployment/redis-prefix-claim.js';
import { USAGE_QUEUE } from '../../../src/modules/usage/usage-batch.js';
import { UsageEventBuffer } from '../../../src/modules/usage/usage-events.js';
import { usageOptionsOf } from '../../../src/modules/usage/usage-options.js';
import { type Config, loadConfig } from '../../../src/shared/config.js';
import { uuidv7 } from '../../../src/shared/ids.js';
import { LivePublisher, LiveSubscriber } from '../../../src/shared/live-bus.js';
import { createLogger, type Logger } from '../../../src/shared/logger.js';
import type { MikroORM } from '../../../src/shared/orm.js';
import {
  createRedisConnections,
  REDIS_CONNECTIONS,
  type RedisConnection,
  type RedisConnectionName,
  readyOrLater,
} from '../../../src/shared/redis.js';
import { startWorkers } from '../../../src/worker.js';
import { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_SECRET } from '../../helpers/env.js';
import { ThrowawayRedisCluster } from '../../helpers/throwaway-services.js';
import { eventually } from '../usage/usage-harness.js';

let cluster: ThrowawayRedisCluster;
let config: Config;
const logs: string[] = [];
const logger: Logger = createLogger(
  'info',
  new Writable({
    write(chunk, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  }),
);
const opened: RedisConnection[] = [];

beforeAll(async () => {
  cluster = await ThrowawayRedisCluster.create(3);
  config = loadConfig({
    LATCHKEY_SECRET: TEST_SECRET,
    DATABASE_URL: TEST_DATABASE_URL,
    LATCHKEY_REDIS_CLUSTER_NODES: cluster.nodes,
    LATCHKEY_REDIS_PREFIX: `{lk-test-${randomUUID().slice(0, 8)}}`,
  });
}, 60_000);

afterAll(async () => {
  for (const connection of opened) connection.disconnect();
  await cluster?.destroy();
});

async function ready(connection: RedisConnection): Promise<RedisConnection> {
  opened.push(connection);
  await readyOrLater(connection, 10_000);
  expect(connection.status, logs.join('')).toBe('ready');
  return connection;
}

const NAMES = Object.keys(REDIS_CONNECTIONS) as RedisConnectionName[];

describe('the connection factory on a Redis Cluster', () => {
  it('opens every named connection as a Cluster, with its use options', async () => {
    const connections = createRedisConnections(config, logger);
    expect(connections.cluster).toBe(true);
    for (const name of NAMES) {
      const connection = await ready(connections.open(name));
      expect(connection, name).toBeInstanceOf(Cluster);
      const { options } = connection as Cluster;
      const use = REDIS_CONNECTIONS[name];
      expect(options.enableOfflineQueue, name).toBe(use.enableOfflineQueue);
      expect(options.redisOptions?.maxRetriesPerRequest, name).toBe(use.maxRetriesPerRequest);
      expect(options.redisOptions?.commandTimeout, name).toBe('commandTimeout' in use ? use.commandTimeout : undefined);
      expect((await connection.cluster('INFO')) as string).toContain('cluster_known_nodes:3');
    }
  });

  it('SETs, GETs and runs a script and a pipeline over keys under the hash-tagged prefix', async () => {
    const connections = createRedisConnections(config, logger);
    for (const name of NAMES) {
      const connection = await ready(connections.open(name));
      const [first, second] = [`${config.redisPrefix}:${name}:a`, `${config.redisPrefix}:${name}:b`];
      await connection.set(first, 'one');
      expect(await connection.get(first), name).toBe('one');
      const sum = await connection.eval(
        "redis.call('SET', KEYS[2], ARGV[1]); return redis.call('GET', KEYS[1]) .. redis.call('GET', KEYS[2])",
        2,
        first,
        second,
        '+two',
      );
      expect(sum, name).toBe('one+two');
      const results = await connection
        .pipeline()
        .incr(first.replace(':a', ':n'))
        .incr(second.replace(':b', ':n'))
        .exec();
      expect(
        results?.map(([error, value]) => [error, value]),
        name,
      ).toEqual([
        [null, 1],
        [null, 2],
      ]);
    }
  });

  it('spreads other keys over the masters, and refuses a script whose keys do not share a slot', async () => {
    const connection = await ready(createRedisConnections(config, logger).general());
    const masters = (connection as Cluster).nodes('master');
    expect(masters).toHaveLength(3);
    for (let index = 0; index < 30; index += 1) await connection.set(`untagged-${index}`, String(index));
    const counts = await Promise.all(masters.map((node) => node.dbsize()));
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(1);
    await expect(connection.eval("return redis.call('GET', KEYS[1])", 2, 'untagged-1', 'untagged-2')).rejects.toThrow(
      /CROSSSLOT/,
    );
  });

  it('runs BullMQ on the hash-tagged prefix: a job queued on `queue()` is processed on `worker()`', async () => {
    const connections = createRedisConnections(config, logger);
    const producer = await ready(connections.queue());
    const consumer = await ready(connections.worker());
    const queue = new Queue('cluster-check', { connection: producer, prefix: config.redisPrefix });
    const done = new Promise<unknown>((resolve) => {
      const worker = new Worker('cluster-check', async (job) => job.data.value * 2, {
        connection: consumer,
        prefix: config.redisPrefix,
      });
      worker.on('completed', (_job, result) => {
        resolve(result);
        void worker.close();
      });
    });
    await queue.add('double', { value: 21 });
    expect(await done).toBe(42);
    await queue.close();
  });

  it('carries live events over sharded pub/sub (SPUBLISH / SSUBSCRIBE) on the prefix’s slot', async () => {
    const connections = createRedisConnections(config, logger);
    const subscriberConnection = await ready(connections.open('subscriber'));
    const publisherConnection = await ready(connections.open('publisher'));
    const subscriber = new LiveSubscriber(subscriberConnection, config.redisPrefix);
    await subscriber.start();
    const received = new Promise<unknown>((resolve) => subscriber.on('revoked', resolve));
    // Sent until it arrives: the shard's subscriber may still be connecting.
    const message = { hashes: ['abc'], terminateConnections: true };
    const publisher = new LivePublisher(publisherConnection, config.redisPrefix);
    await eventually(
      async () => {
        await publisher.publish('revoked', message);
        return Promise.race([received, new Promise((resolve) => setTimeout(() => resolve(null), 200))]);
      },
      (value) => value !== null,
      10_000,
    );
    expect(await received).toEqual(message);
  });

  it('runs the worker process and the usage producer on the cluster', async () => {
    const orm: MikroORM = await openOrm(TEST_DATABASE_URL);
    const usage = { expiryProjectIds: [], expiryEveryMs: 3_600_000, pruneEveryMs: 3_600_000, flushIntervalMs: 50 };
    const workers = await startWorkers({ config, logger, orm, usage });
    const deploymentId = await readDeploymentId(orm.em.fork());
    const options = usageOptionsOf({ ...config.usage, redisPrefix: config.redisPrefix, ...usage });
    const buffer = new UsageEventBuffer({ ...config, orm, logger, options, deploymentId });
    const queue = new Queue(USAGE_QUEUE, {
      connection: await ready(createRedisConnections(config, logger).queue()),
      prefix: config.redisPrefix,
    });
    try {
      // The prefix claim went to the cluster.
      const general = await ready(createRedisConnections(config, logger).general());
      expect(await general.get(`${config.redisPrefix}:deployment`)).toBe(deploymentId);

      buffer.record({
        id: uuidv7(Date.now()),
        keyId: randomUUID(),
        projectId: randomUUID(),
        environment: 'TEST',
        operation: 'ClusterCheck',
        operationType: 'query',
        outcome: 'OK',
        durationMs: 3,
        at: Date.now(),
        clientAddress: null,
      });
      await buffer.flush();
      expect(buffer.sent, logs.join('')).toBe(1);
      // A batch job of this deployment, applied by the usage worker (an unknown key's events are dropped).
      const counts = await eventually(
        () => queue.getJobCounts('completed', 'failed'),
        (found) => (found.completed ?? 0) >= 1 || (found.failed ?? 0) > 0,
      );
      expect(counts, logs.join('')).toMatchObject({ completed: 1, failed: 0 });
    } finally {
      await queue.close();
      await buffer.close();
      await workers.close();
      await orm.close();
    }
  });
});

describe('the connection factory on one Redis', () => {
  it('opens every named connection as a Redis at REDIS_URL, with its use options', async () => {
    const connections = createRedisConnections(loadConfig({ REDIS_URL: TEST_REDIS_URL }), logger);
    expect(connections.cluster).toBe(false);
    for (const name of NAMES) {
      const connection = await ready(connections.open(name));
      expect(connection, name).toBeInstanceOf(Redis);
      const { options } = connection as Redis;
      const use = REDIS_CONNECTIONS[name];
      expect(options.enableOfflineQueue, name).toBe(use.enableOfflineQueue);
      expect(options.maxRetriesPerRequest, name).toBe(use.maxRetriesPerRequest);
      expect(options.commandTimeout, name).toBe('commandTimeout' in use ? use.commandTimeout : undefined);
      expect(await connection.ping()).toBe('PONG');
    }
  });
});
