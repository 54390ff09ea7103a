/**
 * The HTTP side of rate limiting and metering, called from three hook points of
 * `handleGraphQL` (src/server.ts):
 *
 * 1. before authentication: an address over its budget of failed authentications gets 429;
 * 2. after a key authenticated: the key's limits are counted (429 without executing anything
 *    when over), and the response gets the rate-limit headers;
 * 3. when the response is done: one usage event is buffered (never awaited by the request).
 */
import { type GraphQLFormattedError, type OperationDefinitionNode, parse } from 'graphql';
import { Redis } from 'ioredis';
import { type CachedKeyRows, CredentialCache, type KeyCache, KeyGenerations } from '../../auth/credential-cache.js';
import type { Context } from '../../graphql/context.js';
import type { AuthFailureReason } from '../../shared/errors.js';
import { rateLimited } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import type { QueueSnapshot } from '../../shared/metrics.js';
import type { MikroORM } from '../../shared/orm.js';
import { limitsOf } from '../../shared/plans.js';
import { type RequestStore, requestStore } from '../../shared/request-store.js';
import type { KeyRecord } from '../api-keys/api-keys.entity.js';
import type { ProjectRecord } from '../projects/projects.entity.js';
import { type EffectiveLimits, rateLimitSettingsOf } from '../rate-limits/rate-limit-settings.js';
import {
  type Admission,
  type RateLimitDecision,
  RateLimiter,
  type RateLimitSnapshot,
  UNLIMITED,
} from '../rate-limits/rate-limiter.js';
import { RedisLoginThrottle } from '../users/login-throttle.js';
import type { SessionCache, SessionRows } from '../users/session-records.js';
import type { UsageOutcome } from './usage.entity.js';
import { MAX_OPERATION_LENGTH, USAGE_QUEUE } from './usage-batch.js';
import { UsageEventBuffer } from './usage-events.js';
import { limiterPrefixOf, type UsageOptions } from './usage-options.js';

/** What a request's resolvers see of metering (`ctx.usage`). */
export interface RequestUsage {
  /** The caller key's window after this request; null for sessions and unlimited keys. */
  rateLimit: RateLimitSnapshot | null;
  /**
   * Counts one use of another key (verifyApiKey) and meters it as that key's request. With
   * `cached` (the key came from the key cache), answers `stale`, counting nothing, when the key's
   * generation is no longer the cached one.
   */
  countKeyUse(
    key: KeyRecord,
    project: ProjectRecord,
    operation: string,
    cached?: CachedGeneration | null,
  ): Promise<KeyUse | 'stale'>;
}

/** A cached key's generation key in Redis and the generation its cache entry was read under. */
export interface CachedGeneration {
  key: string;
  expected: string;
}

export interface KeyUse {
  decision: RateLimitDecision;
  /** Records the outcome of the use as a usage event of the key. */
  finish(outcome: UsageOutcome): void;
}

export interface Refusal {
  error: GraphQLFormattedError;
  headers: Record<string, string>;
}

/** A key-authenticated request being metered. */
export interface MeteredRequest {
  /** Rate-limit headers for the response. */
  headers: Record<string, string>;
  /** Set when the key is over its limit: answer 429 with this, and execute nothing. */
  refusal: Refusal | null;
  /** Buffers the request's usage event; call once the response is done. Idempotent. */
  finish(status: number): void;
}

export interface Metering {
  /**
   * 429 for an address over its failed-authentication budget. Asked only for a credential this
   * process cannot confirm from its caches: one it has seen valid is never refused by it.
   */
  addressRefusal(clientAddress: string | null): Promise<Refusal | null>;
  /** Counts a failed authentication of the address (lookups only; never awaited). */
  recordAuthFailure(clientAddress: string | null, reason: AuthFailureReason): void;
  /**
   * For a key served from the key cache, in one Redis round trip: the key's generation (`stale`
   * when it changed: drop the entry and authenticate again) and its rate limit, whose decision
   * then goes to `admit`.
   */
  admitCachedKey(key: KeyRecord, project: ProjectRecord, cached: CachedGeneration): Promise<Admission>;
  /** For a session served from the session cache: whether its generation is still the cached one. */
  confirmCachedSession(cached: CachedGeneration): Promise<boolean>;
  /**
   * Sets `context.usage` and `context.loginThrottle`; counts a key-authenticated request against
   * its limits (null for other callers), unless `decided` (by `admitCachedKey`) says how it was counted.
   */
  admit(context: Context, body: unknown, decided?: RateLimitDecision): Promise<MeteredRequest | null>;
  readonly events: UsageEventBuffer;
  /** This process's key cache (src/modules/api-keys/key-cache.ts), checked on the limiter's connection. */
  readonly keyCache: KeyCache;
  /** This process's session cache, the same way (src/modules/users/session-records.ts). */
  readonly sessionCache: SessionCache;
  /** Job counts of the usage queue and the age of its oldest waiting job, for `/metrics`. */
  queueSnapshots(): Promise<QueueSnapshot[]>;
  /** Drains buffered usage events (to Redis, or PostgreSQL when Redis is down) and disconnects. */
  close(): Promise<void>;
}

export interface MeteringDependencies {
  redisUrl: string;
  orm: MikroORM;
  logger: Logger;
  options: UsageOptions;
  /** Stamped on every usage batch (redis-prefix-claim.ts). */
  deploymentId: string;
}

/** Failures that cost a lookup and tell a guesser something: unknown keys and sessions. */
const COUNTED_FAILURES = new Set<AuthFailureReason>(['NOT_FOUND', 'SESSION_EXPIRED']);

/** A 429 answer: the RATE_LIMITED error and its headers. */
export function refusalOf(retryAfterSeconds: number, headers: Record<string, string> = {}): Refusal {
  const error = rateLimited(retryAfterSeconds);
  return {
    error: { message: error.message, extensions: error.extensions },
    headers: { ...headers, 'retry-after': String(retryAfterSeconds) },
  };
}

/**
 * The operation of a request Apollo never saw (refused before execution), from the body. The
 * document is parsed with a small token budget, so a flood of refused requests stays cheap.
 */
export function operationOfBody(body: unknown): { operation: string; operationType: string } {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const requested = typeof fields.operationName === 'string' && fields.operationName ? fields.operationName : null;
  let definition: OperationDefinitionNode | undefined;
  try {
    const document = parse(typeof fields.query === 'string' ? fields.query : '', { maxTokens: 2000 });
    definition = document.definitions.find(
      (candidate): candidate is OperationDefinitionNode =>
        candidate.kind === 'OperationDefinition' && (!requested || candidate.name?.value === requested),
    );
  } catch {
    definition = undefined;
  }
  if (!definition)
    return { operation: (requested ?? '(not executed)').slice(0, MAX_OPERATION_LENGTH), operationType: 'unknown' };
  const name = requested ?? definition.name?.value ?? null;
  const rootFields = definition.selectionSet.selections
    .map((selection) => (selection.kind === 'Field' ? selection.name.value : '(fragment)'))
    .sort();
  const operation = name ?? `{${[...new Set(rootFields)].join(',')}}`;
  return { operation: operation.slice(0, MAX_OPERATION_LENGTH), operationType: definition.operation };
}

/** Operation name and type as the GraphQL layer saw them (requestFactsPlugin), else from the body. */
export function operationOf(
  store: RequestStore | undefined,
  body: unknown,
): { operation: string; operationType: string } {
  const facts = store?.graphql;
  if (!facts || facts.type === 'unknown') return operationOfBody(body);
  const operation = facts.operationName ?? `{${facts.operation}}`;
  return { operation: operation.slice(0, MAX_OPERATION_LENGTH), operationType: facts.type };
}

function outcomeOf(store: RequestStore | undefined, status: number): UsageOutcome {
  if (status === 429) return 'RATE_LIMITED';
  const codes = store?.graphql?.errorCodes ?? [];
  if (codes.includes('FORBIDDEN') || status === 403) return 'DENIED';
  if (codes.length > 0 || status >= 400) return 'ERROR';
  return 'OK';
}

/** The limits of each key record under its project's plan: records are frozen and a cached one serves many requests. */
const settingsOfRecord = new WeakMap<KeyRecord, { plan: string; settings: EffectiveLimits }>();

function settingsOf(key: KeyRecord, plan: string): EffectiveLimits {
  const known = settingsOfRecord.get(key);
  if (known?.plan === plan) return known.settings;
  const settings = Object.freeze(rateLimitSettingsOf(key, limitsOf(plan)));
  settingsOfRecord.set(key, { plan, settings });
  return settings;
}

/** Resolves once `redis` is ready, or after `timeoutMs` (the limiter then starts on its in-process counters). */
async function readyOrLater(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    }
    redis.once('ready', done);
  });
}

export async function createMetering(deps: MeteringDependencies): Promise<Metering> {
  const { logger, options } = deps;
  // The limiter's own connection fails fast (no offline queue): when Redis is away the limiter
  // switches to its in-memory insurance at once instead of holding requests.
  const redis = new Redis(deps.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('error', () => undefined);
  // The first requests must count in Redis, not in one process's memory: wait for the connection
  // (briefly, so an API whose Redis is down still starts).
  await readyOrLater(redis, 2000);
  const limiter = new RateLimiter(
    redis,
    { prefix: limiterPrefixOf(options), failuresPerMinute: options.authFailuresPerMinute },
    logger,
  );
  const loginThrottle = new RedisLoginThrottle(redis, limiterPrefixOf(options), logger);
  const generations = new KeyGenerations(redis, limiterPrefixOf(options), logger);
  const cacheOptions = { ttlMs: options.keyCacheSeconds * 1000, maxEntries: options.keyCacheEntries };
  const keyCache: KeyCache = new CredentialCache<CachedKeyRows>(generations, redis, cacheOptions);
  const sessionCache: SessionCache = new CredentialCache<SessionRows>(generations, redis, cacheOptions);
  const events = new UsageEventBuffer(deps);

  function eventOf(
    key: KeyRecord,
    clientAddress: string | null,
    started: number,
    startedAt: number,
    operation: { operation: string; operationType: string },
    outcome: UsageOutcome,
  ) {
    events.record({
      id: uuidv7(startedAt),
      keyId: key.id,
      projectId: key.project,
      environment: key.environment,
      operation: operation.operation,
      operationType: operation.operationType,
      outcome,
      durationMs: Math.max(0, Math.round(performance.now() - started)),
      at: startedAt,
      clientAddress: clientAddress?.slice(0, 64) ?? null,
    });
  }

  /** Counts one request of `key`; without a generation check, the answer is always a decision. */
  async function consume(key: KeyRecord, plan: string, now: number): Promise<RateLimitDecision> {
    const settings = settingsOf(key, plan);
    const admission = await limiter.admit({ keyId: key.lineageId, settings, now });
    return admission.kind === 'decided' ? admission.decision : UNLIMITED;
  }

  return {
    events,
    keyCache,
    sessionCache,

    async queueSnapshots() {
      const counts = await events.queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
      const [oldest] = await events.queue.getJobs(['waiting'], 0, 0, true);
      return [
        {
          queue: USAGE_QUEUE,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          lagSeconds: oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0,
        },
      ];
    },

    async addressRefusal(clientAddress) {
      if (!clientAddress) return null;
      const admission = await limiter.admit({ keyId: null, settings: null, now: Date.now(), address: clientAddress });
      return admission.kind === 'address-refused' ? refusalOf(admission.retryAfterSeconds, {}) : null;
    },

    recordAuthFailure(clientAddress, reason) {
      if (COUNTED_FAILURES.has(reason)) void limiter.recordFailure(clientAddress);
    },

    admitCachedKey(key, project, cached) {
      return limiter.admit({
        keyId: key.lineageId,
        settings: settingsOf(key, project.plan),
        now: Date.now(),
        generation: cached,
      });
    },

    async confirmCachedSession(cached) {
      const admission = await limiter.admit({ keyId: null, settings: null, now: Date.now(), generation: cached });
      return admission.kind === 'decided';
    },

    async admit(context, body, decided) {
      context.loginThrottle = loginThrottle;
      context.usage = {
        rateLimit: null,
        async countKeyUse(key, project, operation, cached) {
          const useStarted = performance.now();
          const useAt = Date.now();
          let use: RateLimitDecision;
          if (cached) {
            const admission = await limiter.admit({
              keyId: key.lineageId,
              settings: settingsOf(key, project.plan),
              now: useAt,
              generation: cached,
            });
            if (admission.kind !== 'decided') return 'stale';
            use = admission.decision;
          } else {
            use = await consume(key, project.plan, useAt);
          }
          let done = false;
          return {
            decision: use,
            finish(outcome) {
              if (done) return;
              done = true;
              const what = { operation, operationType: 'verification' };
              eventOf(key, context.meta.clientAddress, useStarted, useAt, what, outcome);
            },
          };
        },
      };
      const { caller } = context;
      if (caller.kind !== 'key') return null;
      const started = performance.now();
      const startedAt = Date.now();
      const store = requestStore.getStore();
      const decision = decided ?? (await consume(caller.key, caller.project.plan, startedAt));
      const refusal = decision.allowed ? null : refusalOf(decision.retryAfterSeconds ?? 1, decision.headers);
      context.usage.rateLimit = decision.state;
      let finished = false;
      return {
        headers: decision.headers,
        refusal,
        finish(status) {
          if (finished) return;
          finished = true;
          const operation = refusal ? operationOfBody(body) : operationOf(store, body);
          eventOf(caller.key, context.meta.clientAddress, started, startedAt, operation, outcomeOf(store, status));
        },
      };
    },

    async close() {
      await events.close();
      generations.close();
      redis.disconnect();
    },
  };
}
