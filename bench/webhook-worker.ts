/**
 * One Latchkey worker process for `npm run bench:webhooks`, as `LATCHKEY_ROLE=worker` runs it:
 * `startWorkers` with every module's workers (the event relay, the webhook dispatcher and
 * delivery queue, the rest idle), limited to the benchmark's project and its own relay cursor so
 * it never takes another run's events. Private addresses allowed (the receiver is on 127.0.0.1).
 *
 * IPC: sends `{ ready: true }` once its workers run; stops on `stop`.
 */
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { openOrm } from '../src/database.js';
import { loadConfig } from '../src/shared/config.js';
import { createLogger } from '../src/shared/logger.js';
import { startWorkers } from '../src/worker.js';

const config = loadConfig({
  LATCHKEY_SECRET: process.env.BENCH_SECRET as string,
  DATABASE_URL: process.env.BENCH_DATABASE_URL as string,
  REDIS_URL: process.env.BENCH_REDIS_URL as string,
  LATCHKEY_REDIS_PREFIX: process.env.BENCH_PREFIX as string,
  LATCHKEY_WEBHOOKS_ALLOW_PRIVATE: 'true',
});
// Warnings (a failed attempt, a failed job) go to stderr: a clean run prints nothing.
const logger = createLogger(
  'warn',
  new Writable({
    write: (chunk, _encoding, done) => {
      process.stderr.write(chunk);
      done();
    },
  }),
);
const orm = await openOrm(config.databaseUrl);
const concurrency = process.env.BENCH_WEBHOOK_CONCURRENCY;
const workers = await startWorkers({
  config,
  logger,
  orm,
  usage: {
    redisPrefix: config.redisPrefix,
    relayProjectIds: [process.env.BENCH_PROJECT as string],
    relayCursor: process.env.BENCH_CURSOR as string,
    expiryProjectIds: [],
    ...(concurrency ? { webhookConcurrency: Number(concurrency) } : {}),
  },
});
process.send?.({ ready: true });
process.on('message', async (message: { type?: string }) => {
  if (message.type !== 'stop') return;
  await workers.close();
  await orm.close();
  process.exit(0);
});
