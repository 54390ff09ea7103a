/**
 * A worker that runs one job on a BullMQ Job Scheduler every `everyMs`, one job at a time, across
 * every worker process (the scheduler makes one job per period, whoever runs it): key expiry and
 * the purge of deleted projects. Each run is a request of its own for the logs (`job:<id>`).
 */
import { Queue, Worker } from 'bullmq';
import { requestStore } from '../shared/request-store.js';
import type { RunningWorker, WorkerDependencies } from './module.js';
import { queuePrefixOf } from './usage/usage-options.js';

export interface ScheduledJob {
  /** The queue, its job scheduler's id and the scheduled job's name. */
  queue: string;
  scheduler: string;
  job: string;
  everyMs: number;
  /** Names the queue in warnings: "<label> job failed". */
  label: string;
  /** One run, with the job's id; its answer is kept as the job's result. */
  run(jobId: string): Promise<unknown>;
}

export async function startScheduledWorker(deps: WorkerDependencies, job: ScheduledJob): Promise<RunningWorker> {
  const { logger, options } = deps;
  const connection = deps.redis.worker();
  const prefix = queuePrefixOf(options);
  const scheduler = new Queue(job.queue, { connection, prefix });
  scheduler.on('error', (error) => logger.warn({ err: error }, `${job.label} queue connection error`));
  await scheduler.upsertJobScheduler(
    job.scheduler,
    { every: job.everyMs },
    { name: job.job, opts: { attempts: 3, removeOnComplete: { count: 10 }, removeOnFail: { count: 50 } } },
  );
  const worker = new Worker(
    job.queue,
    async (current) =>
      requestStore.run({ requestId: `job:${current.id}`, statements: 0 }, () => job.run(`job:${current.id}`)),
    {
      connection,
      prefix,
      concurrency: 1,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
    },
  );
  worker.on('failed', (failed, error) => logger.warn({ err: error, jobId: failed?.id }, `${job.label} job failed`));
  worker.on('error', (error) => logger.warn({ err: error }, `${job.label} worker error`));
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await scheduler.close();
      connection.disconnect();
    },
  };
}
