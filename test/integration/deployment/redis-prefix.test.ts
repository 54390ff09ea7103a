/**
 * Two deployments on one Redis (DESIGN.md section 3, LATCHKEY_REDIS_PREFIX): a deployment holds
 * its prefix while it runs; a second deployment (another database) asking for the same prefix
 * refuses to start, naming the variable; with its own prefix both run and count usage exactly; a
 * worker never applies another deployment's batch.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../../src/database.js';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import {
  CLAIM_TTL_MS,
  claimRedisPrefix,
  PrefixHeldError,
  readDeploymentId,
} from '../../../src/modules/deployment/redis-prefix-claim.js';
import { USAGE_BATCH_JOB, USAGE_QUEUE } from '../../../src/modules/usage/usage-batch.js';
import { createLogger } from '../../../src/shared/logger.js';
import { buildEntryPoint, ROOT } from '../../helpers/entry-point.js';
import { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_SECRET } from '../../helpers/env.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';
import { eventually } from '../usage/usage-harness.js';

/** The second deployment's own database, beside the test database. */
const SECOND_DATABASE_URL = `${TEST_DATABASE_URL}_second`;
const FAST_USAGE = { flushIntervalMs: 50, expiryEveryMs: 3_600_000, expiryProjectIds: [] };

const servers: TestServer[] = [];
async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}

let entry: Awaited<ReturnType<typeof buildEntryPoint>> | undefined;
beforeAll(async () => {
  [entry] = await Promise.all([buildEntryPoint('redis-prefix-test'), prepareDatabase(SECOND_DATABASE_URL)]);
}, 90_000);
afterAll(async () => {
  for (const server of servers.reverse()) await server.close();
  await entry?.remove();
});

async function usageCountOf(server: TestServer, keyId: string): Promise<number> {
  const key = await server.orm.em.fork().findOneOrFail(ApiKey, { id: keyId });
  return key.usageCount;
}

describe('one Redis prefix, one deployment', () => {
  it('refuses a second deployment on a held prefix; with its own prefix both count usage exactly', async () => {
    // Deployment A: two API processes and a worker on one prefix.
    const apiA1 = await track(startTestServer({}, { usage: FAST_USAGE }));
    const prefix = apiA1.prefix;
    const apiA2 = await track(startTestServer({}, { usage: { ...FAST_USAGE, redisPrefix: prefix } }));
    await apiA1.startWorkers();

    // Deployment B (its own database) on the same prefix: refused, naming the variable.
    const refused = startTestServer({ databaseUrl: SECOND_DATABASE_URL }, { usage: { redisPrefix: prefix } });
    await expect(refused).rejects.toThrow(/LATCHKEY_REDIS_PREFIX "lk-test-[0-9a-f]+" is in use by another/);

    // The same through the real entry point: `npm start` exits 1 with the message.
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), [entry!.main], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: SECOND_DATABASE_URL,
        REDIS_URL: TEST_REDIS_URL,
        LATCHKEY_SECRET: TEST_SECRET,
        LATCHKEY_REDIS_PREFIX: prefix,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(1);
    expect(output).toContain(`LATCHKEY_REDIS_PREFIX \\"${prefix}\\" is in use by another running Latchkey deployment`);

    // With its own prefix, B runs beside A, and each counts only its own usage, exactly.
    const apiB = await track(startTestServer({ databaseUrl: SECOND_DATABASE_URL }, { usage: FAST_USAGE }));
    await apiB.startWorkers();
    const projectA = await seedProject(apiA1, { plan: 'ENTERPRISE' });
    const keyA = await seedKey(apiA1, projectA);
    const projectB = await seedProject(apiB, { plan: 'ENTERPRISE' });
    const keyB = await seedKey(apiB, projectB);
    const viewer = graphql(`query RedisPrefixViewer { viewer { scopes } }`);
    await Promise.all([
      ...Array.from({ length: 30 }, () => apiA1.gql(viewer, {}, { token: keyA.secret })),
      ...Array.from({ length: 30 }, () => apiA2.gql(viewer, {}, { token: keyA.secret })),
      ...Array.from({ length: 40 }, () => apiB.gql(viewer, {}, { token: keyB.secret })),
    ]).then((results) => {
      for (const result of results) dataOf(result);
    });
    expect(
      await eventually(
        () => usageCountOf(apiA1, keyA.id),
        (count) => count >= 60,
      ),
    ).toBe(60);
    expect(
      await eventually(
        () => usageCountOf(apiB, keyB.id),
        (count) => count >= 40,
      ),
    ).toBe(40);
    // Give stragglers a moment: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([await usageCountOf(apiA1, keyA.id), await usageCountOf(apiB, keyB.id)]).toEqual([60, 40]);

    // The claim lapses on its own once its deployment stops renewing it.
    const ttl = await apiA1.redis.pttl(`${prefix}:deployment`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(CLAIM_TTL_MS);
  }, 90_000);

  it('a worker neither applies nor completes a batch of another deployment', async () => {
    const api = await track(startTestServer({}, { usage: FAST_USAGE }));
    await api.startWorkers();
    const project = await seedProject(api, { plan: 'ENTERPRISE' });
    const key = await seedKey(api, project);
    const other = await track(startTestServer({ databaseUrl: SECOND_DATABASE_URL }, { usage: FAST_USAGE }));
    const foreignDeployment = await readDeploymentId(other.orm.em.fork());
    expect(foreignDeployment).not.toBe(await readDeploymentId(api.orm.em.fork()));

    const queue = new Queue(USAGE_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: api.prefix });
    try {
      const batchId = `foreign-${randomUUID()}`;
      const now = Date.now();
      await queue.add(
        USAGE_BATCH_JOB,
        {
          batchId,
          deploymentId: foreignDeployment,
          events: [
            {
              id: randomUUID(),
              keyId: key.id,
              projectId: project.id,
              environment: 'LIVE',
              operation: 'viewer',
              operationType: 'query',
              outcome: 'OK',
              durationMs: 1,
              at: now,
              clientAddress: null,
            },
          ],
        },
        { jobId: batchId },
      );
      const state = await eventually(
        async () => (await queue.getJob(batchId))?.getState(),
        (current) => current === 'delayed',
      );
      expect(state).toBe('delayed');
      expect(await usageCountOf(api, key.id)).toBe(0);
      const applied = await api.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>('select id from usage_batches where id = ?', [batchId]);
      expect(applied).toEqual([]);
      expect(api.logs.join('')).toContain('usage batch of another deployment');
    } finally {
      await queue.close();
    }
  });

  it('a prefix is free again once its deployment stops or loses its database (claims on a short clock)', async () => {
    const redis = new Redis(TEST_REDIS_URL);
    const prefix = `lk-test-claim-${randomUUID().slice(0, 8)}`;
    const logger = createLogger('silent');
    const clock = { ttlMs: 600, renewEveryMs: 150 };
    let databaseAnswers = true;
    const first = await claimRedisPrefix({
      redis,
      prefix,
      deploymentId: randomUUID(),
      logger,
      stillOurs: async () => databaseAnswers,
      ...clock,
    });
    const second = randomUUID();
    const claimSecond = () =>
      claimRedisPrefix({ redis, prefix, deploymentId: second, logger, stillOurs: async () => true, ...clock });
    try {
      // Renewed while its database answers: held well past one lifetime.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await expect(claimSecond()).rejects.toBeInstanceOf(PrefixHeldError);
      // Its database is gone: no more renewals, and the prefix is free within one lifetime.
      databaseAnswers = false;
      await new Promise((resolve) => setTimeout(resolve, 800));
      const taken = await claimSecond();
      taken.close();
      expect(await redis.get(`${prefix}:deployment`)).toBe(second);
    } finally {
      first.close();
      await redis.del(`${prefix}:deployment`);
      redis.disconnect();
    }
  });
});
