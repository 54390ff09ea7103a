/**
 * The usage queue: its name, its payload (a batch of usage events) with validation, and the one
 * way to enqueue it, `UsageEventBuffer`.
 *
 * A request never waits for any of this: `record()` appends to an in-memory buffer, and a timer
 * sends the buffer to Redis as BullMQ jobs of up to `maxBatchSize` events. Each batch has a stable
 * id used as the BullMQ job id and recorded by the worker in PostgreSQL with the counts, so a batch
 * sent twice (a lost acknowledgement, a retry) is counted once. A batch Redis refuses stays in the
 * buffer and is retried; one refused for longer than `directWriteAfterMs`, or still buffered at
 * shutdown while Redis is down, is applied straight to PostgreSQL by the same idempotent code the
 * worker runs. So an event counted by the rate limiter is counted in usage whatever fails between.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Logger } from '../../shared/logger.js';
import type { MikroORM } from '../../shared/orm.js';
import { openRedisConnection, type RedisConnection, type RedisTarget } from '../../shared/redis.js';
import { applyUsageBatch } from './usage-aggregation.js';
import { USAGE_BATCH_JOB, USAGE_QUEUE, type UsageBatchPayload, type UsageEvent } from './usage-batch.js';
import { queuePrefixOf, type UsageOptions } from './usage-options.js';

/** Job options of a usage batch: retried with backoff, kept briefly once done. */
const BATCH_JOB_OPTIONS = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

interface PendingBatch {
  payload: UsageBatchPayload;
}

/**
 * At most this many events wait in memory. Only reached when Redis and PostgreSQL are both down
 * for long: then the oldest batch is dropped (and logged as an error) rather than the process
 * running out of memory.
 */
export const MAX_BUFFERED_EVENTS = 200_000;

/** Where Redis is (`redisUrl`, and `redisClusterNodes` for a cluster: src/shared/redis.ts), and the rest. */
export interface UsageEventBufferDependencies extends RedisTarget {
  orm: MikroORM;
  logger: Logger;
  options: UsageOptions;
  /** Stamped on every batch: only this deployment's workers apply it. */
  deploymentId: string;
  /** Told each batch once Redis (or PostgreSQL) holds it: the live usage feed (src/modules/live). */
  onSent?: (events: readonly UsageEvent[]) => void;
}

/**
 * Buffers usage events in memory and sends them to the usage queue in batches, off the request
 * path. `close()` sends what is left (or writes it to PostgreSQL when Redis is down).
 */
export class UsageEventBuffer {
  private current: UsageEvent[] = [];
  private readonly pending: PendingBatch[] = [];
  /** The usage queue (producer side); also read for queue metrics. */
  readonly queue: Queue;
  private readonly connection: RedisConnection;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private closed = false;
  /** Since when Redis has refused every batch; null while it accepts them. */
  private refusingSince: number | null = null;
  /** Events handed to Redis or PostgreSQL so far (for tests and the benchmark). */
  sent = 0;

  constructor(private readonly deps: UsageEventBufferDependencies) {
    // A producer connection that fails fast instead of queueing commands while Redis is away:
    // the batch stays in our buffer and is retried on the next tick.
    this.connection = openRedisConnection(deps, 'queue');
    this.queue = new Queue(USAGE_QUEUE, { connection: this.connection, prefix: queuePrefixOf(deps.options) });
    this.queue.on('error', () => undefined);
    this.schedule();
  }

  /** Events not yet handed to Redis or PostgreSQL. */
  get backlog(): number {
    return this.current.length + this.pending.reduce((sum, batch) => sum + batch.payload.events.length, 0);
  }

  /** Appends one event; never waits and never throws. */
  record(event: UsageEvent): void {
    this.current.push(event);
    if (this.current.length >= this.deps.options.maxBatchSize) this.seal();
  }

  private seal(): void {
    if (this.current.length === 0) return;
    this.pending.push({
      payload: { batchId: randomUUID(), deploymentId: this.deps.deploymentId, events: this.current },
    });
    this.current = [];
    while (this.backlog > MAX_BUFFERED_EVENTS && this.pending.length > 1) {
      const dropped = this.pending.shift() as PendingBatch;
      this.deps.logger.error(
        { events: dropped.payload.events.length, backlog: this.backlog },
        'usage events dropped: Redis and PostgreSQL have both been unavailable for too long',
      );
    }
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      void this.flush().finally(() => this.schedule());
    }, this.deps.options.flushIntervalMs);
    this.timer.unref();
  }

  /** Sends every buffered event now; resolves once each batch was sent or kept for a retry. */
  flush(): Promise<void> {
    if (!this.flushing) {
      this.flushing = this.sendPending().finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  private async sendPending(): Promise<void> {
    this.seal();
    while (this.pending.length > 0) {
      const batch = this.pending[0] as PendingBatch;
      if (await this.send(batch)) {
        this.pending.shift();
        this.sent += batch.payload.events.length;
        this.deps.onSent?.(batch.payload.events);
        continue;
      }
      if (Date.now() - (this.refusingSince ?? Date.now()) >= this.deps.options.directWriteAfterMs) {
        // Redis has refused for a while: everything buffered goes straight to PostgreSQL.
        while (this.pending.length > 0 && (await this.writeDirectly(this.pending[0] as PendingBatch))) {
          this.sent += (this.pending.shift() as PendingBatch).payload.events.length;
        }
      }
      return; // Keep the rest, in order, for the next tick.
    }
  }

  private async send(batch: PendingBatch): Promise<boolean> {
    try {
      await this.queue.add(USAGE_BATCH_JOB, batch.payload, { ...BATCH_JOB_OPTIONS, jobId: batch.payload.batchId });
      if (this.refusingSince !== null) {
        this.deps.logger.info({ backlog: this.backlog }, 'usage events: Redis accepts batches again');
        this.refusingSince = null;
      }
      return true;
    } catch (error) {
      if (this.refusingSince === null) {
        this.refusingSince = Date.now();
        this.deps.logger.warn(
          { err: error, backlog: this.backlog },
          'usage events: Redis refused a batch; keeping events in memory and retrying',
        );
      }
      return false;
    }
  }

  /** Applies a batch to PostgreSQL in this process (same idempotent upsert as the worker). */
  private async writeDirectly(batch: PendingBatch): Promise<boolean> {
    try {
      await applyUsageBatch(this.deps.orm.em.fork(), batch.payload, this.deps.options);
      this.deps.logger.warn(
        { batchId: batch.payload.batchId, events: batch.payload.events.length },
        'usage events: Redis unavailable; batch written directly to PostgreSQL',
      );
      return true;
    } catch (error) {
      this.deps.logger.error({ err: error, batchId: batch.payload.batchId }, 'usage events: direct write failed');
      return false;
    }
  }

  /**
   * Drains the buffer on shutdown: sends it to Redis, and writes whatever Redis refuses straight
   * to PostgreSQL. Call before closing the ORM.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    // Twice: a flush already under way may have sealed its batches before the last events arrived.
    await this.flush();
    await this.flush();
    for (const batch of this.pending.splice(0)) {
      if (await this.writeDirectly(batch)) this.sent += batch.payload.events.length;
      else this.deps.logger.error({ events: batch.payload.events.length }, 'usage events lost at shutdown');
    }
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
  }
}
