/**
 * The one place Redis connections are opened: each use by its name, with the options it needs
 * (docs/operations.md#redis-connections). With `LATCHKEY_REDIS_CLUSTER_NODES` every connection is
 * an ioredis `Cluster` over those seed nodes, with the same per-use options; otherwise one
 * `Redis` at `REDIS_URL`. Either way callers hold a `RedisConnection` and never learn which.
 *
 * A connection is opened per call and belongs to its caller, who disconnects it. On a cluster,
 * a Lua script or a pipeline works only when all its keys share one slot: every key Latchkey
 * writes starts with `LATCHKEY_REDIS_PREFIX`, whose hash tag config.ts requires in cluster mode.
 */
import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import type { Config, RedisNode } from './config.js';
import type { Logger } from './logger.js';

/** A connection to a single Redis or to a Redis Cluster: they answer the same commands. */
export type RedisConnection = Redis | Cluster;

/** Where Redis is: config.ts's `redisUrl` (user, password, TLS) and, for a cluster, its seed nodes. */
export interface RedisTarget {
  redisUrl: string;
  redisClusterNodes?: Config['redisClusterNodes'];
}

/** The options a use sets; the factory puts each where a `Redis` or a `Cluster` expects it. */
interface UseOptions {
  /** Queue commands while disconnected (true) or fail them at once (false). */
  enableOfflineQueue: boolean;
  /** Retries of a command whose connection dropped; null: until it is sent (BullMQ's blocking calls). */
  maxRetriesPerRequest: number | null;
  /** A command not answered in this time fails. */
  commandTimeout?: number;
  /** Delay before reconnection attempt `times`; default ioredis's (up to 2 s). */
  retryStrategy?: (times: number) => number;
  /** Log connection errors (at warn) rather than leave them to the user, who reports Redis trouble itself. */
  logErrors: boolean;
  /** On a cluster: sharded pub/sub subscribers (SSUBSCRIBE), one per shard (live-bus.ts). */
  shardedSubscribers?: boolean;
}

const reconnectWithin2s = (times: number) => Math.min(times * 200, 2000);

/**
 * The named connections and why each has its options. A fail-fast connection (no offline queue,
 * one retry, a command timeout) is for callers that have a fallback and must not hold a request.
 */
export const REDIS_CONNECTIONS = {
  /** Probes (`/readyz`) and the prefix claim: waits through a short outage. */
  general: { enableOfflineQueue: true, maxRetriesPerRequest: 2, logErrors: true },
  /**
   * The rate limiter, key and session generations on the request path: fails fast, so the limiter
   * switches to its in-process counters and the caches to PostgreSQL at once.
   */
  limiter: {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    retryStrategy: reconnectWithin2s,
    logErrors: false,
  },
  /** A worker process's generation bumps and prefix claim (KeyGenerations retries what fails). */
  generations: { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2000, logErrors: false },
  /** The usage producer (usage-events.ts): a refused batch stays in its buffer and is retried. */
  queue: {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 5000,
    retryStrategy: reconnectWithin2s,
    logErrors: false,
  },
  /** BullMQ workers and their schedulers: blocking commands need `maxRetriesPerRequest: null`. */
  worker: { enableOfflineQueue: true, maxRetriesPerRequest: null, logErrors: false },
  /**
   * Live events' subscriber (live-bus.ts): waits through outages and resubscribes after a
   * reconnection; on a cluster it subscribes per shard (sharded pub/sub).
   */
  subscriber: {
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    retryStrategy: reconnectWithin2s,
    logErrors: true,
    shardedSubscribers: true,
  },
  /** Live events' publisher (live-bus.ts): fails fast; a live view may miss an event, a request never waits. */
  publisher: {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    retryStrategy: reconnectWithin2s,
    logErrors: false,
  },
} as const satisfies Record<string, UseOptions>;

export type RedisConnectionName = keyof typeof REDIS_CONNECTIONS;

/** User, password and TLS of `REDIS_URL`, which a cluster's nodes share. */
function credentialsOf(redisUrl: string): Pick<RedisOptions, 'username' | 'password' | 'tls'> {
  const url = new URL(redisUrl);
  return {
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** The `Cluster` options of a use: offline queue and reconnection on the cluster, the rest per node. */
export function clusterOptionsOf(target: RedisTarget, name: RedisConnectionName): ClusterOptions {
  const use: UseOptions = REDIS_CONNECTIONS[name];
  return {
    enableOfflineQueue: use.enableOfflineQueue,
    ...(use.retryStrategy ? { clusterRetryStrategy: use.retryStrategy } : {}),
    ...(use.shardedSubscribers ? { shardedSubscribers: true } : {}),
    redisOptions: {
      ...credentialsOf(target.redisUrl),
      maxRetriesPerRequest: use.maxRetriesPerRequest,
      ...(use.commandTimeout ? { commandTimeout: use.commandTimeout } : {}),
    },
  };
}

/** The `Redis` options of a use (the URL gives host, port, database, user, password and TLS). */
export function redisOptionsOf(name: RedisConnectionName): RedisOptions {
  const { logErrors: _, shardedSubscribers: __, ...options }: UseOptions = REDIS_CONNECTIONS[name];
  return options;
}

/**
 * Opens the connection `name` to `target`: a `Cluster` when it names cluster nodes, else a `Redis`.
 * The caller owns it (`disconnect()` when done). Errors are logged for the uses that want it and
 * otherwise left to the caller's own handling; never unhandled.
 */
export function openRedisConnection(target: RedisTarget, name: RedisConnectionName, logger?: Logger): RedisConnection {
  const nodes: readonly RedisNode[] | null | undefined = target.redisClusterNodes;
  const connection: RedisConnection = nodes
    ? new Cluster(
        nodes.map((node) => ({ ...node })),
        clusterOptionsOf(target, name),
      )
    : new Redis(target.redisUrl, redisOptionsOf(name));
  if (REDIS_CONNECTIONS[name].logErrors && logger) {
    connection.on('error', (error: Error) => logger.warn({ err: error, connection: name }, 'redis connection error'));
  } else {
    connection.on('error', () => undefined);
  }
  return connection;
}

/** The factory of one process: opens its named connections, each owned by who asked for it. */
export interface RedisConnections {
  /** True when every connection is a `Cluster` (`LATCHKEY_REDIS_CLUSTER_NODES`). */
  readonly cluster: boolean;
  /** Where the connections go (for a component that opens its own, like usage-events.ts). */
  readonly target: RedisTarget;
  open(name: RedisConnectionName): RedisConnection;
  general(): RedisConnection;
  limiter(): RedisConnection;
  generations(): RedisConnection;
  queue(): RedisConnection;
  worker(): RedisConnection;
}

export function createRedisConnections(
  config: Pick<Config, 'redisUrl' | 'redisClusterNodes'>,
  logger: Logger,
): RedisConnections {
  const target: RedisTarget = { redisUrl: config.redisUrl, redisClusterNodes: config.redisClusterNodes };
  const open = (name: RedisConnectionName) => openRedisConnection(target, name, logger);
  return {
    cluster: Boolean(config.redisClusterNodes),
    target,
    open,
    general: () => open('general'),
    limiter: () => open('limiter'),
    generations: () => open('generations'),
    queue: () => open('queue'),
    worker: () => open('worker'),
  };
}

/** Resolves once `connection` is ready, or after `timeoutMs`, whichever comes first. */
export async function readyOrLater(connection: RedisConnection, timeoutMs: number): Promise<void> {
  if (connection.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      connection.off('ready', done);
      resolve();
    }
    connection.once('ready', done);
  });
}
