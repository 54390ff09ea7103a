/**
 * The workers (event relay and webhook deliveries) in a process of their own, so a test can kill
 * it with SIGKILL. Run with jiti; settings come from the environment (TEST_QUEUE_PREFIX,
 * TEST_RELAY_PROJECT_IDS, TEST_RELAY_CURSOR); prints "ready" once its workers run.
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
    relayProjectIds: (process.env.TEST_RELAY_PROJECT_IDS ?? '').split(',').filter(Boolean),
    relayCursor: process.env.TEST_RELAY_CURSOR,
    relayEveryMs: 20,
    webhookRetryDelaysMs: [200, 400],
  },
});
process.stdout.write('ready\n');
