/**
 * Live messages between processes over Redis pub/sub (docs/subscriptions.md): relayed audit
 * events, usage activity and revocation notices, each on one channel under the deployment's
 * prefix; usage only while some process listens to it (`LiveAudience`). On a Redis Cluster the
 * channels are sharded (SPUBLISH / SSUBSCRIBE): the prefix's hash tag puts them in one slot, so a
 * message goes to one shard, not to every node of the cluster.
 *
 * At most once: a process that is disconnected when a message is published misses it. That
 * suits live views and the closing of revoked connections (every request is still checked).
 */
import { Cluster } from 'ioredis';
import type { RedisConnection } from './redis.js';

export type LiveChannel = 'events' | 'usage' | 'revoked';

export const LIVE_CHANNELS: readonly LiveChannel[] = ['events', 'usage', 'revoked'];

/** Channels published only while some process listens to them (`LiveAudience`). */
export const AUDIENCE_CHANNELS: ReadonlySet<LiveChannel> = new Set(['usage']);

/** The Redis channel of `channel` under the deployment's prefix (`LATCHKEY_REDIS_PREFIX`). */
export function liveChannelName(redisPrefix: string, channel: LiveChannel): string {
  return `${redisPrefix}:live:${channel}`;
}

type Listener = (message: unknown) => void;

/**
 * How often a process says again that it is there (a live registry: `LiveAudience`, live
 * connection counts), and how long it counts after it last did.
 */
export const LIVE_BEAT_MS = 5_000;
export const LIVE_ALIVE_MS = 15_000;

/**
 * Who listens to a channel that is published only while someone does: `usage`, whose messages are
 * every metered request's event. Unheard, each API process would serialize and send every batch,
 * and receive and decode every other process's. A process with listeners on a channel says so in a
 * sorted set (member: the process, score: when it last said so), on its first listener and every
 * 5 s while it has any; a publisher asks the set before each message and counts a process heard
 * of in the last 15 s. A listener is counted before its subscription starts, so a request made
 * after that is published; a process that dies stops counting within 15 s.
 */
export class LiveAudience {
  private readonly local = new Map<LiveChannel, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly connection: RedisConnection,
    private readonly redisPrefix: string,
    private readonly processId: string,
  ) {
    this.timer = setInterval(() => void this.heartbeat(), LIVE_BEAT_MS);
    this.timer.unref();
  }

  private keyOf(channel: LiveChannel): string {
    return `${this.redisPrefix}:live:audience:${channel}`;
  }

  /** Whether some process listens to `channel`; false when Redis cannot say (nothing could be published). */
  async anyone(channel: LiveChannel): Promise<boolean> {
    try {
      return (await this.connection.zcount(this.keyOf(channel), Date.now() - LIVE_ALIVE_MS, '+inf')) > 0;
    } catch {
      return false;
    }
  }

  /**
   * A listener of this process on `channel`: resolves once Redis holds it (or could not be told:
   * the heartbeat tries again), with the function that removes it.
   */
  async join(channel: LiveChannel): Promise<() => void> {
    this.local.set(channel, (this.local.get(channel) ?? 0) + 1);
    await this.say(channel);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const count = (this.local.get(channel) ?? 1) - 1;
      if (count > 0) {
        this.local.set(channel, count);
        return;
      }
      this.local.delete(channel);
      this.connection.zrem(this.keyOf(channel), this.processId).catch(() => undefined);
    };
  }

  private async say(channel: LiveChannel): Promise<void> {
    try {
      await this.connection.zadd(this.keyOf(channel), Date.now(), this.processId);
    } catch {
      // The next beat.
    }
  }

  private async heartbeat(): Promise<void> {
    for (const channel of this.local.keys()) {
      await this.say(channel);
      // Processes that died without leaving.
      await this.connection
        .zremrangebyscore(this.keyOf(channel), '-inf', Date.now() - 10 * LIVE_ALIVE_MS)
        .catch(() => undefined);
    }
  }

  /** This process listens no more: its entries leave at once. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const channel of this.local.keys()) {
      await this.connection.zrem(this.keyOf(channel), this.processId).catch(() => undefined);
    }
    this.local.clear();
  }
}

/** Publishes to the live channels (API processes and workers). */
export class LivePublisher {
  /** With an `audience`, a message on one of `AUDIENCE_CHANNELS` goes out only while some process listens. */
  constructor(
    private readonly connection: RedisConnection,
    private readonly redisPrefix: string,
    private readonly audience?: LiveAudience,
  ) {}

  /**
   * Never throws: a message Redis refuses is lost for live views (they are at most once). False
   * when it was not sent (refused, or nobody listens).
   */
  async publish(channel: LiveChannel, message: unknown): Promise<boolean> {
    if (this.audience && AUDIENCE_CHANNELS.has(channel) && !(await this.audience.anyone(channel))) return false;
    const name = liveChannelName(this.redisPrefix, channel);
    const text = JSON.stringify(message);
    try {
      if (this.connection instanceof Cluster) await this.connection.spublish(name, text);
      else await this.connection.publish(name, text);
      return true;
    } catch {
      return false;
    }
  }
}

/** Receives the live channels in one API process and hands each message to local listeners. */
export class LiveSubscriber {
  private readonly listeners = new Map<LiveChannel, Set<Listener>>();
  private readonly byName = new Map<string, LiveChannel>();
  private ready: Promise<void> | null = null;

  constructor(
    private readonly connection: RedisConnection,
    redisPrefix: string,
  ) {
    for (const channel of LIVE_CHANNELS) this.byName.set(liveChannelName(redisPrefix, channel), channel);
    const deliver = (name: string, text: string) => {
      const channel = this.byName.get(name);
      // Every API process hears every usage batch; parse only what a local subscription waits for.
      const listeners = channel && this.listeners.get(channel);
      if (!listeners || listeners.size === 0) return;
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch {
        return;
      }
      for (const listener of listeners) listener(message);
    };
    connection.on('message', deliver);
    connection.on('smessage', deliver);
  }

  /** Subscribes to every live channel; resolves once Redis confirmed (or could not be reached). */
  start(): Promise<void> {
    const names = [...this.byName.keys()];
    this.ready ??= (
      this.connection instanceof Cluster ? this.connection.ssubscribe(...names) : this.connection.subscribe(...names)
    ).then(
      () => undefined,
      () => undefined,
    );
    return this.ready;
  }

  on(channel: LiveChannel, listener: Listener): () => void {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.connection.disconnect();
  }
}
