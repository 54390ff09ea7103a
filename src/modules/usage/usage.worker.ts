/**
 * The usage worker: applies batches of usage events (see usage-events.ts) to PostgreSQL, and on a
 * Job Scheduler keeps the activity partitions (created ahead, dropped past the retention) and
 * prunes old batch markers; it runs that upkeep once at start too. Each job forks its own EntityManager;
 * a batch is applied in one transaction guarded by its batch id, so a job retried after a crash,
 * a stalled lock or a lost acknowledgement never counts twice.
 */
import { DelayedError, Queue, Worker } from 'bullmq';
import { requestStore } from '../../shared/request-store.js';
import type { RunningWorker, WorkerDependencies } from '../module.js';
import { createActivityPartitions } from './activity-partitions.js';
import { applyUsageBatch, pruneUsage } from './usage-aggregation.js';
import { parseUsageBatch, USAGE_BATCH_JOB, USAGE_QUEUE } from './usage-batch.js';
import { queuePrefixOf } from './usage-options.js';

export const USAGE_PRUNE_JOB = 'usage-prune';
const PRUNE_SCHEDULER = 'usage-prune';

/** How long a batch of another deployment waits before it is offered again (to its own workers). */
const FOREIGN_BATCH_DELAY_MS = 60_000;

export async function startUsageWorker(deps: WorkerDependencies): Promise<RunningWorker> {
  const { logger, orm, options } = deps;
  // Today's and the coming days' activity partitions exist before the first batch (the migration
  // made some; a deployment that stood still for days needs new ones).
  await requestStore.run({ requestId: 'usage-worker-start', statements: 0 }, () =>
    createActivityPartitions(orm.em.fork()).catch((error: unknown) =>
      logger.warn({ err: error }, 'activity partitions not created at start; the prune job retries'),
    ),
  );
  // One connection for the scheduler and the worker; BullMQ opens the worker's blocking one from it.
  const connection = deps.redis.worker();
  const scheduler = new Queue(USAGE_QUEUE, { connection, prefix: queuePrefixOf(options) });
  scheduler.on('error', (error) => logger.warn({ err: error }, 'usage queue connection error'));
  await scheduler.upsertJobScheduler(
    PRUNE_SCHEDULER,
    { every: options.pruneEveryMs },
    { name: USAGE_PRUNE_JOB, opts: { removeOnComplete: { count: 10 }, removeOnFail: { count: 50 } } },
  );

  const worker = new Worker(
    USAGE_QUEUE,
    async (job, token) =>
      requestStore.run({ requestId: `job:${job.id}`, statements: 0 }, async () => {
        if (job.name === USAGE_PRUNE_JOB) {
          return pruneUsage(orm.em.fork());
        }
        if (job.name !== USAGE_BATCH_JOB) throw new Error(`unknown job ${job.name}`);
        const batch = parseUsageBatch(job.data);
        if (batch.deploymentId && batch.deploymentId !== deps.deploymentId) {
          // Another deployment's batch under our prefix (which the prefix claim should prevent):
          // neither applied nor acknowledged, it goes back to the queue for its own workers.
          logger.error(
            { jobId: job.id, prefix: options.redisPrefix },
            'usage batch of another deployment on this Redis prefix: not applied (give each deployment its own LATCHKEY_REDIS_PREFIX)',
          );
          await job.moveToDelayed(Date.now() + FOREIGN_BATCH_DELAY_MS, token);
          throw new DelayedError();
        }
        // New totals need no invalidation: cached keys do not hold them (KeyRecord).
        return applyUsageBatch(orm.em.fork(), batch, options);
      }),
    {
      connection,
      prefix: queuePrefixOf(options),
      concurrency: options.workerConcurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
      // A job that stalls this often is failed; far above what crashes and restarts produce.
      maxStalledCount: 5,
    },
  );
  worker.on('failed', (job, error) =>
    logger.warn({ err: error, jobId: job?.id, attempts: job?.attemptsMade }, 'usage job failed'),
  );
  worker.on('error', (error) => logger.warn({ err: error }, 'usage worker error'));
  await worker.waitUntilReady();

  return {
    async close() {
      // Waits for jobs in progress; their transactions commit or roll back before we return.
      await worker.close();
      await scheduler.close();
      connection.disconnect();
    },
  };
}
