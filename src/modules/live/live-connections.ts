/**
 * Live WebSocket connections per API key, across every API process (`ApiKey.liveConnections`).
 * Each process keeps its own count per key in Redis, in one hash per key (field: the process),
 * and says it is alive in a sorted set every few seconds; a count is the sum over the processes
 * seen alive in the last 15 s, so a process that died stops counting within 15 s.
 */
import { LIVE_ALIVE_MS, LIVE_BEAT_MS } from '../../shared/live-bus.js';
import type { RedisConnection } from '../../shared/redis.js';

const COUNT_TTL_MS = 3_600_000;

export class LiveConnectionCounts {
  private readonly local = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly redis: RedisConnection,
    private readonly redisPrefix: string,
    private readonly processId: string,
  ) {
    this.timer = setInterval(() => void this.heartbeat(), LIVE_BEAT_MS);
    this.timer.unref();
    void this.heartbeat();
  }

  private keyOf(keyId: string): string {
    return `${this.redisPrefix}:live:connections:${keyId}`;
  }

  private get processesKey(): string {
    return `${this.redisPrefix}:live:processes`;
  }

  /** This process opened (`delta` 1) or closed (-1) a connection of `keyId`. Never throws. */
  async change(keyId: string, delta: 1 | -1): Promise<void> {
    const count = Math.max(0, (this.local.get(keyId) ?? 0) + delta);
    if (count === 0) this.local.delete(keyId);
    else this.local.set(keyId, count);
    try {
      await this.redis
        .multi()
        .zadd(this.processesKey, Date.now(), this.processId)
        .hset(this.keyOf(keyId), this.processId, count)
        .pexpire(this.keyOf(keyId), COUNT_TTL_MS)
        .exec();
    } catch {
      // Written again by the next heartbeat.
    }
  }

  /** Live connections of each key, over every process alive. */
  async countOf(keyIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>(keyIds.map((id) => [id, this.local.get(id) ?? 0]));
    if (keyIds.length === 0) return counts;
    try {
      const pipeline = this.redis.pipeline().zrangebyscore(this.processesKey, Date.now() - LIVE_ALIVE_MS, '+inf');
      for (const id of keyIds) pipeline.hgetall(this.keyOf(id));
      const results = (await pipeline.exec()) ?? [];
      const alive = new Set((results[0]?.[1] as string[] | undefined) ?? []);
      alive.delete(this.processId);
      keyIds.forEach((id, index) => {
        const byProcess = (results[index + 1]?.[1] as Record<string, string> | undefined) ?? {};
        let total = this.local.get(id) ?? 0;
        for (const [process, count] of Object.entries(byProcess)) if (alive.has(process)) total += Number(count) || 0;
        counts.set(id, total);
      });
    } catch {
      // Redis away: this process's own count is what is known.
    }
    return counts;
  }

  private async heartbeat(): Promise<void> {
    try {
      const pipeline = this.redis.pipeline().zadd(this.processesKey, Date.now(), this.processId);
      pipeline.zremrangebyscore(this.processesKey, '-inf', Date.now() - 10 * LIVE_ALIVE_MS);
      for (const [keyId, count] of this.local) {
        pipeline.hset(this.keyOf(keyId), this.processId, count).pexpire(this.keyOf(keyId), COUNT_TTL_MS);
      }
      await pipeline.exec();
    } catch {
      // Next beat.
    }
  }

  /** Stops counting: this process's counts leave at once. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    try {
      const pipeline = this.redis.pipeline().zrem(this.processesKey, this.processId);
      for (const keyId of this.local.keys()) pipeline.hdel(this.keyOf(keyId), this.processId);
      await pipeline.exec();
    } catch {
      // They age out within 15 s.
    }
    this.local.clear();
  }
}
