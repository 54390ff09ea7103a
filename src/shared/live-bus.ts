/**
 * Live messages between processes over Redis pub/sub (docs/subscriptions.md): relayed audit
 * events, usage activity and revocation notices, each on one channel under the deployment's
 * prefix. On a Redis Cluster the channels are sharded (SPUBLISH / SSUBSCRIBE): the prefix's hash
 * tag puts them in one slot, so a message goes to one shard, not to every node of the cluster.
 *
 * At most once: a process that is disconnected when a message is published misses it. That
 * suits live views and the closing of revoked connections (every request is still checked).
 */
import { Cluster } from 'ioredis';
import type { RedisConnection } from './redis.js';

export type LiveChannel = 'events' | 'usage' | 'revoked';

export const LIVE_CHANNELS: readonly LiveChannel[] = ['events', 'usage', 'revoked'];

/** The Redis channel of `channel` under the deployment's prefix (`LATCHKEY_REDIS_PREFIX`). */
export function liveChannelName(redisPrefix: string, channel: LiveChannel): string {
  return `${redisPrefix}:live:${channel}`;
}

type Listener = (message: unknown) => void;

/** Publishes to the live channels (API processes and workers). */
export class LivePublisher {
  constructor(
    private readonly connection: RedisConnection,
    private readonly redisPrefix: string,
  ) {}

  /** Never throws: a message Redis refuses is lost for live views (they are at most once). */
  async publish(channel: LiveChannel, message: unknown): Promise<boolean> {
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
