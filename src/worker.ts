import { KeyGenerations } from './auth/credential-cache.js';
import { Revocation } from './auth/revocation.js';
import {
  claimRedisPrefix,
  deploymentStillIn,
  type PrefixClaim,
  readDeploymentId,
} from './modules/deployment/redis-prefix-claim.js';
import { relayTargetOf } from './modules/events/event-relay.js';
import type { WorkerDependencies as ModuleWorkerDependencies } from './modules/module.js';
import { limiterPrefixOf, type UsageOptions, usageOptionsOf } from './modules/usage/usage-options.js';
import { MODULES } from './modules.js';
import type { Config } from './shared/config.js';
import { LivePublisher } from './shared/live-bus.js';
import type { Logger } from './shared/logger.js';
import type { MikroORM } from './shared/orm.js';
import { createRedisConnections } from './shared/redis.js';

export interface WorkerDependencies {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  /** Queue prefix and schedules over `config`'s; defaults from usage-options.ts. Tests pass a unique prefix. */
  usage?: Partial<UsageOptions>;
}

export interface Workers {
  close(): Promise<void>;
}

/**
 * Starts the BullMQ workers of every module that has them (src/modules.ts). `close()` lets jobs in progress finish, then disconnects.
 */
export async function startWorkers(deps: WorkerDependencies): Promise<Workers> {
  const options = usageOptionsOf({ ...deps.config.usage, redisPrefix: deps.config.redisPrefix, ...deps.usage });
  const connections = createRedisConnections(deps.config, deps.logger);
  // Key generations go over their own fail-fast connection (KeyGenerations retries what fails).
  const redis = connections.generations();
  const deploymentId = await readDeploymentId(deps.orm.em.fork());
  let claim: PrefixClaim;
  try {
    claim = await claimRedisPrefix({
      redis,
      prefix: options.redisPrefix,
      deploymentId,
      logger: deps.logger,
      stillOurs: deploymentStillIn(() => deps.orm.em.fork(), deploymentId),
    });
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  // `as Redis` until credential-cache.ts takes a RedisConnection: what it calls (status, get,
  // pipeline) is the same on a Cluster, where the generations share the prefix's slot.
  const generations = new KeyGenerations(redis, limiterPrefixOf(options), deps.logger);
  // A revocation by a worker (expiry) closes the key's live connections on every API process.
  const revocationPublisher = new LivePublisher(redis, options.redisPrefix);
  const relayTargets = MODULES.flatMap((module) => module.relayTargets ?? []).map((source) =>
    relayTargetOf(source, { redis: connections, redisPrefix: options.redisPrefix }),
  );
  const queueDeps: ModuleWorkerDependencies = {
    config: deps.config,
    redis: connections,
    orm: deps.orm,
    logger: deps.logger,
    options,
    revocation: new Revocation(generations, [], (notice) => revocationPublisher.publish('revoked', notice)),
    deploymentId,
    relayTargets,
  };
  const started: Workers[] = [];
  const closeAll = async () => {
    await Promise.all(started.map((worker) => worker.close()));
    for (const target of relayTargets) target.close?.();
    // After the last job: its bumps are sent.
    generations.close();
    claim.close();
    redis.disconnect();
  };
  try {
    for (const start of MODULES.flatMap((module) => module.workers ?? [])) started.push(await start(queueDeps));
  } catch (error) {
    await closeAll();
    throw error;
  }
  deps.logger.info({ workers: started.length, prefix: queueDeps.options.redisPrefix }, 'workers started');
  return { close: closeAll };
}
