/**
 * One Redis prefix, one deployment (DESIGN.md section 3, `LATCHKEY_REDIS_PREFIX`). Two deployments
 * (say staging and production, each with its own database) sharing one Redis under one prefix
 * would take each other's usage batches and share failure budgets, so a running deployment holds
 * its prefix: `<prefix>:deployment` names the deployment id kept in PostgreSQL (`deployments`),
 * with a short expiry that every API and worker process of that deployment renews.
 *
 * - A process whose prefix is held by another deployment refuses to start, naming the variable.
 * - Processes of the same deployment (same database) share the claim.
 * - A prefix whose deployment stopped, or lost its database, is free again within `CLAIM_TTL_MS`.
 * - When Redis cannot be reached at start, the process starts and claims once Redis is back; a
 *   conflict found then is logged as an error (usage batches also carry the deployment id, and a
 *   worker never applies another deployment's batch: usage.worker.ts).
 */
import { ConfigError } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { EntityManager } from '../../shared/orm.js';
import { type RedisConnection, readyOrLater } from '../../shared/redis.js';
import { withTimeout } from '../../shared/timeout.js';

/** How long a claim lives without renewal: a stopped deployment frees its prefix this fast. */
export const CLAIM_TTL_MS = 30_000;
const RENEW_EVERY_MS = 10_000;
/** How long start waits for Redis to answer the claim before going on without it. */
const START_TIMEOUT_MS = 3_000;

/** KEYS[1] the claim; ARGV[1] this deployment's id, ARGV[2] ttl. Returns the other holder, or false. */
const CLAIM_SCRIPT = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return holder end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
`;

export class PrefixHeldError extends ConfigError {
  constructor(prefix: string) {
    super(
      `LATCHKEY_REDIS_PREFIX "${prefix}" is in use by another running Latchkey deployment (another database) on this Redis. ` +
        'Give each deployment its own LATCHKEY_REDIS_PREFIX; a prefix is free again within a minute of its deployment stopping.',
    );
  }
}

/** This deployment's id: the one row of `deployments`, written by a migration. */
export async function readDeploymentId(em: EntityManager): Promise<string> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>('select "id" from "deployments" order by "created_at" limit 1');
  const id = rows[0]?.id;
  if (!id) throw new Error('The deployments table is empty: the database was not migrated.');
  return id;
}

/** Whether the database behind `em()` still names `deploymentId` (false when it cannot be read). */
export function deploymentStillIn(em: () => EntityManager, deploymentId: string): () => Promise<boolean> {
  return () =>
    readDeploymentId(em()).then(
      (id) => id === deploymentId,
      () => false,
    );
}

export interface PrefixClaim {
  readonly deploymentId: string;
  readonly prefix: string;
  /** Stops renewing (the claim then lapses unless another process of the deployment renews it). */
  close(): void;
}

async function claimOnce(
  redis: RedisConnection,
  key: string,
  deploymentId: string,
  ttlMs: number,
): Promise<string | null> {
  const holder = (await redis.eval(CLAIM_SCRIPT, 1, key, deploymentId, ttlMs)) as string | null;
  return holder || null;
}

/**
 * Claims `prefix` for `deploymentId`, then keeps renewing it. Throws `PrefixHeldError` when
 * another live deployment holds it.
 */
export async function claimRedisPrefix(deps: {
  redis: RedisConnection;
  prefix: string;
  deploymentId: string;
  logger: Logger;
  /**
   * Whether this deployment's database still answers with its id: a deployment that lost its
   * database stops renewing, so its prefix is free again within `CLAIM_TTL_MS`.
   */
  stillOurs: () => Promise<boolean>;
  /** Claim lifetime and renewal period; tests shorten them. */
  ttlMs?: number;
  renewEveryMs?: number;
}): Promise<PrefixClaim> {
  const { redis, prefix, deploymentId, logger, stillOurs } = deps;
  const ttlMs = deps.ttlMs ?? CLAIM_TTL_MS;
  const key = `${prefix}:deployment`;
  let confirmed = false;
  try {
    // A fail-fast connection (no offline queue) refuses commands until it is ready: a Cluster
    // takes a moment to learn its slots, so wait for it (within the start timeout) before claiming.
    const started = Date.now();
    await readyOrLater(redis, START_TIMEOUT_MS);
    const left = Math.max(START_TIMEOUT_MS - (Date.now() - started), 500);
    const holder = await withTimeout(claimOnce(redis, key, deploymentId, ttlMs), left);
    if (holder) throw new PrefixHeldError(prefix);
    confirmed = true;
  } catch (error) {
    if (error instanceof PrefixHeldError) throw error;
    logger.warn({ prefix }, 'Redis did not answer the prefix claim at start; claiming it once Redis is back');
  }
  let reported = false;
  const timer = setInterval(async () => {
    try {
      if (!(await stillOurs())) return;
      const holder = await claimOnce(redis, key, deploymentId, ttlMs);
      if (holder && !reported) {
        reported = true;
        logger.error(
          { prefix },
          `LATCHKEY_REDIS_PREFIX "${prefix}" is held by another deployment: stop one of them or give each its own prefix`,
        );
      } else if (!holder && !confirmed) {
        confirmed = true;
        logger.info({ prefix }, 'Redis prefix claimed');
      }
    } catch {
      // Redis or PostgreSQL is away: they say so in their own logs; retried on the next tick.
    }
  }, deps.renewEveryMs ?? RENEW_EVERY_MS);
  timer.unref();
  return {
    deploymentId,
    prefix,
    close: () => clearInterval(timer),
  };
}
