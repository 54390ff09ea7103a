/**
 * The usage queue's name and payload: a batch of usage events, and its validation. Written by
 * the API processes (usage-events.ts), read by the worker (usage.worker.ts, usage-aggregation.ts).
 */
import { UnrecoverableError } from 'bullmq';
import { isUuid } from '../../shared/ids.js';
import { KEY_ENVIRONMENTS, type KeyEnvironmentName } from '../api-keys/api-keys.entity.js';
import { USAGE_OUTCOMES, type UsageOutcome } from './usage.entity.js';

export const USAGE_QUEUE = 'usage-events';
export const USAGE_BATCH_JOB = 'usage-batch';

/** One metered request (or one verification of a key by `verifyApiKey`). */
export interface UsageEvent {
  /** UUIDv7 of the request time: the id of its activity row. */
  id: string;
  keyId: string;
  projectId: string;
  environment: KeyEnvironmentName;
  /** The operation name; for an unnamed operation its root fields, e.g. `{viewer}`. */
  operation: string;
  /** `query`, `mutation`, `subscription`, `verification`, or `unknown` when the document did not parse. */
  operationType: string;
  outcome: UsageOutcome;
  durationMs: number;
  /** Epoch milliseconds of the request. */
  at: number;
  clientAddress: string | null;
  /** The key's credits after this request, when it spent some (persisted by the worker). */
  credits?: EventCredits;
  /** Refused by the rate limit: the reset of the window that refused it (unix seconds). */
  rateLimitReset?: number;
}

/** A key's credit count after a request: its version, what is left, and the refill period ('' none). */
export interface EventCredits {
  version: number;
  remaining: number;
  period: string;
}

export interface UsageBatchPayload {
  batchId: string;
  /**
   * The deployment whose API process recorded the batch (redis-prefix-claim.ts): a worker never
   * applies another deployment's batch. Absent only in batches queued before this field existed.
   */
  deploymentId?: string;
  events: UsageEvent[];
}

export const MAX_OPERATION_LENGTH = 128;
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription', 'verification', 'unknown']);

function invalid(reason: string): never {
  // A malformed payload can never succeed: fail the job without retries.
  throw new UnrecoverableError(`invalid usage batch: ${reason}`);
}

function parseEvent(value: unknown, index: number): UsageEvent {
  if (typeof value !== 'object' || value === null) invalid(`event ${index} is not an object`);
  const event = value as Record<string, unknown>;
  const uuid = (field: string) => {
    const text = event[field];
    if (typeof text !== 'string' || !isUuid(text)) invalid(`event ${index}: ${field} is not a uuid`);
    return text;
  };
  const text = (field: string, max: number) => {
    const candidate = event[field];
    if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > max) {
      invalid(`event ${index}: ${field} is not a string of 1-${max} characters`);
    }
    return candidate;
  };
  const environment = event.environment;
  if (!KEY_ENVIRONMENTS.includes(environment as KeyEnvironmentName)) invalid(`event ${index}: bad environment`);
  const outcome = event.outcome;
  if (!USAGE_OUTCOMES.includes(outcome as UsageOutcome)) invalid(`event ${index}: bad outcome`);
  const operationType = text('operationType', 16);
  if (!OPERATION_TYPES.has(operationType)) invalid(`event ${index}: bad operationType`);
  const durationMs = event.durationMs;
  if (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs < 0) {
    invalid(`event ${index}: bad durationMs`);
  }
  const at = event.at;
  if (typeof at !== 'number' || !Number.isInteger(at) || at <= 0) invalid(`event ${index}: bad at`);
  const clientAddress = event.clientAddress;
  if (clientAddress !== null && (typeof clientAddress !== 'string' || clientAddress.length > 64)) {
    invalid(`event ${index}: bad clientAddress`);
  }
  const credits = event.credits as Record<string, unknown> | undefined;
  if (
    credits !== undefined &&
    (typeof credits !== 'object' ||
      credits === null ||
      !Number.isInteger(credits.version) ||
      !Number.isInteger(credits.remaining) ||
      typeof credits.period !== 'string' ||
      !/^(\d{4}-\d{2}(-\d{2})?)?$/.test(credits.period))
  ) {
    invalid(`event ${index}: bad credits`);
  }
  const rateLimitReset = event.rateLimitReset;
  if (rateLimitReset !== undefined && (!Number.isInteger(rateLimitReset) || (rateLimitReset as number) <= 0)) {
    invalid(`event ${index}: bad rateLimitReset`);
  }
  return {
    id: uuid('id'),
    keyId: uuid('keyId'),
    projectId: uuid('projectId'),
    environment: environment as KeyEnvironmentName,
    operation: text('operation', MAX_OPERATION_LENGTH),
    operationType,
    outcome: outcome as UsageOutcome,
    durationMs: Math.round(durationMs),
    at,
    clientAddress: clientAddress as string | null,
    ...(credits
      ? {
          credits: {
            version: credits.version as number,
            remaining: credits.remaining as number,
            period: credits.period as string,
          },
        }
      : {}),
    ...(rateLimitReset !== undefined ? { rateLimitReset: rateLimitReset as number } : {}),
  };
}

/** Validates a job payload; throws UnrecoverableError when it is not a usage batch. */
export function parseUsageBatch(value: unknown): UsageBatchPayload {
  if (typeof value !== 'object' || value === null) invalid('not an object');
  const { batchId, deploymentId, events } = value as Record<string, unknown>;
  if (typeof batchId !== 'string' || !/^[A-Za-z0-9:_-]{1,64}$/.test(batchId)) invalid('bad batchId');
  if (deploymentId !== undefined && (typeof deploymentId !== 'string' || !isUuid(deploymentId)))
    invalid('bad deploymentId');
  if (!Array.isArray(events) || events.length === 0 || events.length > 10_000) invalid('bad events');
  return { batchId, ...(deploymentId ? { deploymentId } : {}), events: events.map(parseEvent) };
}
