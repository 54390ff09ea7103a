/**
 * A usage worker in a process of its own, so a test can kill it with SIGKILL mid-job. Run with
 * jiti (TypeScript without a build); settings come from the environment; prints "ready" once
 * its workers listen.
 */

import { openOrm } from '../../../src/database.js';
import { loadConfig } from '../../../src/shared/config.js';
import { createLogger } from '../../../src/shared/logger.js';
import { startWorkers } from '../../../src/worker.js';

const config = loadConfig();
const orm = await openOrm(config.databaseUrl);
await startWorkers({
  config,
  logger: createLogger('warn'),
  orm,
  usage: {
    redisPrefix: process.env.TEST_QUEUE_PREFIX,
    lockDurationMs: 2000,
    stalledIntervalMs: 1000,
    expiryEveryMs: 3_600_000,
    expiryProjectIds: [],
    relayProjectIds: [],
  },
});
process.stdout.write('ready\n');
