/**
 * Metering of requests: a key request, counted by admission (src/auth/admission.ts), gets its
 * rate-limit headers (or its 429, executing nothing), and once its response is done one usage
 * event is buffered (never awaited by the request). `verifyApiKey` meters the verified key's use
 * the same way.
 */
import { type GraphQLFormattedError, type OperationDefinitionNode, parse } from 'graphql';
import type { Caller } from '../../auth/caller.js';
import { rateLimited, usageExceeded } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { Logger } from '../../shared/logger.js';
import type { QueueSnapshot } from '../../shared/metrics.js';
import type { MikroORM } from '../../shared/orm.js';
import type { RedisTarget } from '../../shared/redis.js';
import { type RequestStore, requestStore } from '../../shared/request-store.js';
import type { KeyRecord } from '../api-keys/api-keys.entity.js';
import { creditPeriodOf, nextRefillAt } from '../api-keys/key-restrictions.js';
import type { CreditOutcome, RateLimitDecision, RateLimitSnapshot } from '../rate-limits/rate-limiter.js';
import type { UsageOutcome } from './usage.entity.js';
import { MAX_OPERATION_LENGTH, USAGE_QUEUE, type UsageEvent } from './usage-batch.js';
import { UsageEventBuffer } from './usage-events.js';
import type { UsageOptions } from './usage-options.js';

/** What a request's resolvers see of metering (`ctx.usage`). */
export interface RequestUsage {
  /** The caller key's window after this request; null for sessions and unlimited keys. */
  rateLimit: RateLimitSnapshot | null;
  /**
   * Meters one use of another key (`verifyApiKey`, counted by admission) as that key's request;
   * `finish` records its outcome as a usage event of the key.
   */
  keyUse(key: KeyRecord, operation: string): KeyUse;
}

export interface KeyUse {
  /** Records the outcome of the use as a usage event of the key (with its credits left). Idempotent. */
  finish(outcome: UsageOutcome, credits?: CreditOutcome | null): void;
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
  /** The resolvers' view of metering for one request (`ctx.usage`). */
  requestUsage(clientAddress: string | null, rateLimit: RateLimitSnapshot | null): RequestUsage;
  /**
   * Meters a request of a key caller, counted by admission as `decision`: its rate-limit headers,
   * its 429 when over, and its usage event once done. Null for other callers.
   */
  meter(
    caller: Caller,
    clientAddress: string | null,
    body: unknown,
    decision: RateLimitDecision | null,
    credits?: CreditOutcome | null,
    /** The operation to record, when it is not in the body (a WebSocket's `connection_init`). */
    operation?: { operation: string; operationType: string },
  ): MeteredRequest | null;
  readonly events: UsageEventBuffer;
  /** Job counts of the usage queue and the age of its oldest waiting job, for `/metrics`. */
  queueSnapshots(): Promise<QueueSnapshot[]>;
  /** Drains buffered usage events (to Redis, or PostgreSQL when Redis is down) and disconnects. */
  close(): Promise<void>;
}

export interface MeteringDependencies extends RedisTarget {
  orm: MikroORM;
  logger: Logger;
  options: UsageOptions;
  /** Stamped on every usage batch (redis-prefix-claim.ts). */
  deploymentId: string;
  /** Told each batch of usage events once it is queued (the live usage feed). */
  onSent?: (events: readonly UsageEvent[]) => void;
}

/** A 429 answer: the RATE_LIMITED error and its headers. */
export function refusalOf(retryAfterSeconds: number, headers: Record<string, string> = {}): Refusal {
  const error = rateLimited(retryAfterSeconds);
  return {
    error: { message: error.message, extensions: error.extensions },
    headers: { ...headers, 'retry-after': String(retryAfterSeconds) },
  };
}

/** A 429 for a key with no credits left: RATE_LIMITED, reason USAGE_EXCEEDED, retry at its refill if any. */
function creditsRefusal(key: KeyRecord, headers: Record<string, string>, now: number): Refusal {
  const refill = nextRefillAt(key.creditsRefillAmount != null ? key.creditsRefillInterval : null, now);
  const retryAfter = refill ? Math.max(1, Math.ceil((refill.getTime() - now) / 1000)) : null;
  const error = usageExceeded(retryAfter);
  return {
    error: { message: error.message, extensions: error.extensions },
    headers: retryAfter === null ? headers : { ...headers, 'retry-after': String(retryAfter) },
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

/** Operation name and type as the GraphQL layer saw them (request-facts.ts), else from the body. */
export function operationOf(
  store: RequestStore | undefined,
  body: unknown,
): { operation: string; operationType: string } {
  const facts = store?.graphql;
  if (!facts || facts.type === 'unknown') return operationOfBody(body);
  const operation = facts.operationName ?? `{${facts.operation}}`;
  return { operation: operation.slice(0, MAX_OPERATION_LENGTH), operationType: facts.type };
}

/** The usage outcome of a finished request. */
function usageOutcomeOf(store: RequestStore | undefined, status: number): UsageOutcome {
  if (status === 429) return 'RATE_LIMITED';
  const codes = store?.graphql?.errorCodes ?? [];
  if (codes.includes('FORBIDDEN') || status === 403) return 'DENIED';
  if (codes.length > 0 || status >= 400) return 'ERROR';
  return 'OK';
}

export function createMetering(deps: MeteringDependencies): Metering {
  const events = new UsageEventBuffer(deps);

  function eventOf(
    key: KeyRecord,
    clientAddress: string | null,
    started: number,
    startedAt: number,
    operation: { operation: string; operationType: string },
    outcome: UsageOutcome,
    credits?: CreditOutcome | null,
    rateLimitReset?: number,
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
      ...(credits && key.creditsRemaining != null
        ? {
            credits: {
              version: key.creditsVersion,
              remaining: credits.remaining,
              period: creditPeriodOf(key.creditsRefillInterval, startedAt),
            },
          }
        : {}),
      ...(rateLimitReset ? { rateLimitReset } : {}),
    });
  }

  return {
    events,

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

    requestUsage(clientAddress, rateLimit) {
      return {
        rateLimit,
        keyUse(key, operation) {
          const started = performance.now();
          const startedAt = Date.now();
          let done = false;
          return {
            finish(outcome, credits) {
              if (done) return;
              done = true;
              const what = { operation, operationType: 'verification' };
              eventOf(key, clientAddress, started, startedAt, what, outcome, credits);
            },
          };
        },
      };
    },

    meter(caller, clientAddress, body, decision, credits, fixedOperation) {
      if (caller.kind !== 'key' || !decision) return null;
      const started = performance.now();
      const startedAt = Date.now();
      const store = requestStore.getStore();
      const refusal = !decision.allowed
        ? refusalOf(decision.retryAfterSeconds ?? 1, decision.headers)
        : credits?.exhausted
          ? creditsRefusal(caller.key, decision.headers, startedAt)
          : null;
      let finished = false;
      return {
        headers: decision.headers,
        refusal,
        finish(status) {
          if (finished) return;
          finished = true;
          const operation = fixedOperation ?? (refusal ? operationOfBody(body) : operationOf(store, body));
          // A refusal by the rate limit names its window, so the worker raises usage.rate_limited once per window.
          const reset =
            !decision.allowed && decision.state ? Math.ceil(decision.state.resetAt.getTime() / 1000) : undefined;
          eventOf(
            caller.key,
            clientAddress,
            started,
            startedAt,
            operation,
            usageOutcomeOf(store, status),
            credits,
            reset,
          );
        },
      };
    },

    async close() {
      await events.close();
    },
  };
}
