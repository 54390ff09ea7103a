/**
 * The webhook queue (`webhook-deliveries`, one job per delivery, job id = delivery id) and what
 * feeds it:
 *
 * - the dispatcher: every `relayEveryMs` (and at once after the relay wrote deliveries) it puts
 *   deliveries without `enqueued_at` on the queue, then marks them. A crash between the two puts
 *   them on again, which the job id makes a no-op; a job whose delivery is already done does
 *   nothing. The API process only writes delivery rows (test sends, redeliveries).
 * - the sweeper: every minute, an open delivery whose attempt is more than 5 minutes late and
 *   whose job is gone (Redis lost it) or failed (PostgreSQL was down for all its tries) is
 *   dispatched again.
 * - the processor: runs the delivery's next attempt (webhook-attempts.ts); when a retry is due it
 *   moves its own job to the delayed set until then, so the job id stays the delivery id.
 */
import { DelayedError, Queue, Worker } from 'bullmq';
import { sql } from 'kysely';
import type { EntityManager } from '../../shared/orm.js';
import { pollingLoop } from '../../shared/polling-loop.js';
import { requestStore } from '../../shared/request-store.js';
import type { RunningWorker, WorkerDependencies } from '../module.js';
import { queuePrefixOf } from '../usage/usage-options.js';
import { type AttemptSettings, runAttempt } from './webhook-attempts.js';
import { onDeliveriesRelayed } from './webhook-relay-target.js';

export const WEBHOOK_QUEUE = 'webhook-deliveries';
export const DELIVER_JOB = 'deliver';

const DISPATCH_BATCH = 100;
const SWEEP_EVERY_MS = 60_000;
const LATE_AFTER_MS = 5 * 60_000;

interface DeliverJobData {
  deliveryId: string;
}

function parseJobData(data: unknown): DeliverJobData {
  const deliveryId = (data as { deliveryId?: unknown } | null)?.deliveryId;
  if (typeof deliveryId !== 'string' || !/^[0-9a-f-]{36}$/.test(deliveryId)) throw new Error('invalid webhook job');
  return { deliveryId };
}

const JOB_OPTIONS = {
  // Tries of the job itself (PostgreSQL down, a bug); the delivery's own retries are delays.
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 86_400, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

function inProjects(projectIds: readonly string[] | null) {
  if (projectIds === null) return sql``;
  return projectIds.length === 0 ? sql`and false` : sql`and project_id in (${sql.join(projectIds)})`;
}

/** Puts waiting deliveries on the queue; true when a full batch went (more may wait). */
export async function dispatchDeliveries(
  em: EntityManager,
  queue: Queue,
  projectIds: readonly string[] | null,
): Promise<boolean> {
  const db = em.getKysely();
  const waiting = await sql<{ id: string }>`select id from webhook_deliveries
    where enqueued_at is null ${inProjects(projectIds)}
    order by created_at limit ${DISPATCH_BATCH}`.execute(db);
  const ids = waiting.rows.map((row) => row.id);
  if (ids.length === 0) return false;
  await queue.addBulk(
    ids.map((id) => ({ name: DELIVER_JOB, data: { deliveryId: id }, opts: { ...JOB_OPTIONS, jobId: id } })),
  );
  await sql`update webhook_deliveries set enqueued_at = now()
    where id in (${sql.join(ids)}) and enqueued_at is null`.execute(db);
  return ids.length === DISPATCH_BATCH;
}

/** Dispatches again the open deliveries whose job was lost or failed; returns how many. */
export async function sweepDeliveries(
  em: EntityManager,
  queue: Queue,
  projectIds: readonly string[] | null,
  now = new Date(),
): Promise<number> {
  const db = em.getKysely();
  const late = await sql<{ id: string }>`select id from webhook_deliveries
    where status in ('PENDING', 'RETRYING') and enqueued_at is not null
      and coalesce(next_attempt_at, enqueued_at) < ${new Date(now.getTime() - LATE_AFTER_MS)} ${inProjects(projectIds)}
    order by next_attempt_at nulls first limit ${DISPATCH_BATCH}`.execute(db);
  let requeued = 0;
  for (const { id } of late.rows) {
    const job = await queue.getJob(id);
    if (job && (await job.isFailed())) {
      await job.retry('failed');
      requeued += 1;
    } else if (!job) {
      await sql`update webhook_deliveries set enqueued_at = null where id = ${id}`.execute(db);
      requeued += 1;
    }
  }
  return requeued;
}

export async function startWebhookWorker(deps: WorkerDependencies): Promise<RunningWorker> {
  const { logger, orm, options, config } = deps;
  const projectIds = options.relayProjectIds;
  if (projectIds?.length === 0) return { close: async () => undefined };
  const connection = deps.redis.worker();
  const prefix = queuePrefixOf(options);
  const queue = new Queue(WEBHOOK_QUEUE, { connection, prefix });
  queue.on('error', (error) => logger.warn({ err: error }, 'webhook queue connection error'));
  const settings: AttemptSettings = {
    config,
    retryDelaysMs: options.webhookRetryDelaysMs,
    disableAfterMs: options.webhookDisableAfterMs,
    timeoutMs: options.webhookTimeoutMs,
  };

  const worker = new Worker(
    WEBHOOK_QUEUE,
    async (job, token) =>
      requestStore.run({ requestId: `job:${job.id}`, statements: 0 }, async () => {
        const { deliveryId } = parseJobData(job.data);
        const outcome = await runAttempt(orm.em.fork(), deliveryId, settings);
        if (outcome.status === 'RETRYING' && outcome.nextAttemptAt) {
          await job.moveToDelayed(outcome.nextAttemptAt.getTime(), token);
          throw new DelayedError();
        }
        return { status: outcome.status };
      }),
    {
      connection,
      prefix,
      concurrency: options.webhookConcurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: 5,
    },
  );
  worker.on('failed', (job, error) =>
    logger.warn({ err: error, jobId: job?.id, attempts: job?.attemptsMade }, 'webhook job failed'),
  );
  worker.on('error', (error) => logger.warn({ err: error }, 'webhook worker error'));
  await worker.waitUntilReady();

  // The first round sweeps: deliveries a crashed deployment left behind leave at once.
  let lastSweep = 0;
  let round = 0;
  const dispatcher = pollingLoop(
    options.relayEveryMs,
    () =>
      requestStore.run({ requestId: `webhook-dispatch:${++round}`, statements: 0 }, async () => {
        const em = orm.em.fork();
        const more = await dispatchDeliveries(em, queue, projectIds);
        if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
          lastSweep = Date.now();
          const requeued = await sweepDeliveries(em, queue, projectIds);
          if (requeued > 0) logger.warn({ requeued }, 'webhook deliveries whose jobs were lost were dispatched again');
        }
        return more;
      }),
    (error) => logger.warn({ err: error }, 'webhook dispatch failed; retrying'),
  );
  const stopWaking = onDeliveriesRelayed(() => dispatcher.wake());
  return {
    async close() {
      stopWaking();
      await dispatcher.close();
      await worker.close();
      await queue.close();
      connection.disconnect();
    },
  };
}
