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
import { Queue, UnrecoverableError } from 'bullmq';
import { Redis } from 'ioredis';
import { isUuid } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import type { MikroORM } from '../../shared/orm.js';
import { KEY_ENVIRONMENTS, type KeyEnvironmentName } from '../api-keys/api-keys.entity.js';
import { USAGE_OUTCOMES, type UsageOutcome } from './usage.entity.js';
import { applyUsageBatch } from './usage-aggregation.js';
import { queuePrefixOf, type UsageOptions } from './usage-options.js';

export const USAGE_QUEUE = 'usage-events';
export const USAGE_BATCH_JOB = 'usage-batch';

/** One metered request (or one verification of a key by `verifyApiKey`). */
export interface UsageEvent {
  /** UUIDv7 of the request time: the id of its activity row. */
  id: string;
  keyId: string;
  projectId: string;
  environment: KeyEnvironmentName;
  /** The operation name; for an unnamed operation its root fields, e.g. `{viewer}`. */
  operation: string;
  /** `query`, `mutation`, `subscription`, `verification`, or `unknown` when the document did not parse. */
  operationType: string;
  outcome: UsageOutcome;
  durationMs: number;
  /** Epoch milliseconds of the request. */
  at: number;
  clientAddress: string | null;
}

export interface UsageBatchPayload {
  batchId: string;
  /**
   * The deployment whose API process recorded the batch (redis-prefix-claim.ts): a worker never
   * applies another deployment's batch. Absent only in batches queued before this field existed.
   */
  deploymentId?: string;
  events: UsageEvent[];
}

export const MAX_OPERATION_LENGTH = 128;
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription', 'verification', 'unknown']);

function invalid(reason: string): never {
  // A malformed payload can never succeed: fail the job without retries.
  throw new UnrecoverableError(`invalid usage batch: ${reason}`);
}

function parseEvent(value: unknown, index: number): UsageEvent {
  if (typeof value !== 'object' || value === null) invalid(`event ${index} is not an object`);
  const event = value as Record<string, unknown>;
  const uuid = (field: string) => {
    const text = event[field];
    if (typeof text !== 'string' || !isUuid(text)) invalid(`event ${index}: ${field} is not a uuid`);
    return text;
  };
  const text = (field: string, max: number) => {
    const candidate = event[field];
    if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > max) {
      invalid(`event ${index}: ${field} is not a string of 1-${max} characters`);
    }
    return candidate;
  };
  const environment = event.environment;
  if (!KEY_ENVIRONMENTS.includes(environment as KeyEnvironmentName)) invalid(`event ${index}: bad environment`);
  const outcome = event.outcome;
  if (!USAGE_OUTCOMES.includes(outcome as UsageOutcome)) invalid(`event ${index}: bad outcome`);
  const operationType = text('operationType', 16);
  if (!OPERATION_TYPES.has(operationType)) invalid(`event ${index}: bad operationType`);
  const durationMs = event.durationMs;
  if (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs < 0) {
    invalid(`event ${index}: bad durationMs`);
  }
  const at = event.at;
  if (typeof at !== 'number' || !Number.isInteger(at) || at <= 0) invalid(`event ${index}: bad at`);
  const clientAddress = event.clientAddress;
  if (clientAddress !== null && (typeof clientAddress !== 'string' || clientAddress.length > 64)) {
    invalid(`event ${index}: bad clientAddress`);
  }
  return {
    id: uuid('id'),
    keyId: uuid('keyId'),
    projectId: uuid('projectId'),
    environment: environment as KeyEnvironmentName,
    operation: text('operation', MAX_OPERATION_LENGTH),
    operationType,
    outcome: outcome as UsageOutcome,
    durationMs: Math.round(durationMs),
    at,
    clientAddress: clientAddress as string | null,
  };
}

/** Validates a job payload; throws UnrecoverableError when it is not a usage batch. */
export function parseUsageBatch(value: unknown): UsageBatchPayload {
  if (typeof value !== 'object' || value === null) invalid('not an object');
  const { batchId, deploymentId, events } = value as Record<string, unknown>;
  if (typeof batchId !== 'string' || !/^[A-Za-z0-9:_-]{1,64}$/.test(batchId)) invalid('bad batchId');
  if (deploymentId !== undefined && (typeof deploymentId !== 'string' || !isUuid(deploymentId)))
    invalid('bad deploymentId');
  if (!Array.isArray(events) || events.length === 0 || events.length > 10_000) invalid('bad events');
  return { batchId, ...(deploymentId ? { deploymentId } : {}), events: events.map(parseEvent) };
}

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

export interface UsageEventBufferDependencies {
  redisUrl: string;
  orm: MikroORM;
  logger: Logger;
  options: UsageOptions;
  /** Stamped on every batch: only this deployment's workers apply it. */
  deploymentId: string;
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
  private readonly connection: Redis;
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
    this.connection = new Redis(deps.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 5000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.connection.on('error', () => undefined);
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
      await applyUsageBatch(this.deps.orm.em.fork(), batch.payload);
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
