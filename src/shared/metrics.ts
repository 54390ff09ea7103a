import type { OperationDefinitionNode } from 'graphql';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestStore } from './request-store.js';

/** One queue's state at scrape time. */
export interface QueueSnapshot {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Age in seconds of the oldest job still waiting (0 when none): how far the workers lag. */
  lagSeconds: number;
}

export type QueueMetricsSource = () => Promise<QueueSnapshot[]>;

/** How a request ended, as a small closed set (a metrics label and a log field). */
export type Outcome =
  | 'ok'
  | 'error'
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

/**
 * From the HTTP status and whether the GraphQL response carried errors. 200 with errors is
 * `error` (a coded error such as NOT_FOUND or BAD_USER_INPUT, or a partial result).
 */
export function outcomeOf(status: number, hadErrors: boolean): Outcome {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'internal';
  if (status >= 400) return 'invalid';
  return hadErrors ? 'error' : 'ok';
}

/** Root fields of an operation, sorted: a label whose values are bounded by the schema. */
export function operationLabelOf(operation: OperationDefinitionNode): string {
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === 'Field' && selection.name.value !== '__typename') fields.add(selection.name.value);
    else if (selection.kind !== 'Field') fields.add('(fragment)');
  }
  if (fields.size === 0) return '__typename';
  return fields.size > 3 ? '(several)' : [...fields].sort().join(',');
}

const QUEUE_SCRAPE_TIMEOUT_MS = 1000;

export class Metrics {
  readonly registry = new Registry();

  /** GraphQL requests by operation (root fields), operation type and outcome. */
  readonly requests = new Counter({
    name: 'latchkey_graphql_requests_total',
    help: 'GraphQL requests by operation (root fields), type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'latchkey_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, from its first byte to the end of the response.',
    labelNames: ['type', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /**
   * Time to check a presented API key, by result: format, checksum, then either the key cache and
   * its Redis confirmation (which also counts the rate limit) or the lookup by hash, then status.
   */
  readonly keyVerification = new Histogram({
    name: 'latchkey_key_verification_duration_seconds',
    help: 'Time to check a presented API key (format, checksum, key cache with its Redis confirmation or lookup by hash, status), by result.',
    labelNames: ['result'] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [this.registry],
  });

  readonly rateLimitRejections = new Counter({
    name: 'latchkey_rate_limit_rejections_total',
    help: 'Requests refused with 429: over a key limit (limit="key") or too many failed authentications from one address (limit="address").',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  readonly queueJobs = new Gauge({
    name: 'latchkey_queue_jobs',
    help: 'Jobs per queue and state (waiting, active, delayed, failed), read at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
  });

  readonly workerLag = new Gauge({
    name: 'latchkey_worker_lag_seconds',
    help: 'Age of the oldest job still waiting per queue: how far behind the workers are.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly queueMetricsUp = new Gauge({
    name: 'latchkey_queue_metrics_up',
    help: '1 when the queue state could be read at the last scrape, 0 when it could not (Redis down or slow).',
    registers: [this.registry],
  });

  /** Open WebSocket connections (subscriptions) of this process. */
  readonly liveConnections = new Gauge({
    name: 'latchkey_ws_connections',
    help: 'Open WebSocket (graphql-transport-ws) connections of this process, acknowledged.',
    registers: [this.registry],
  });

  readonly liveRefusals = new Counter({
    name: 'latchkey_ws_refusals_total',
    help: 'WebSocket connections refused or closed by Latchkey, by reason (DEACTIVATED, DELETED, EXPIRED, MALFORMED, FORBIDDEN, RATE_LIMITED, ...) and when (connect, subscribe, revoked).',
    labelNames: ['reason', 'stage'] as const,
    registers: [this.registry],
  });

  readonly liveMessages = new Counter({
    name: 'latchkey_ws_messages_total',
    help: 'GraphQL over WebSocket messages: subscriptions started (subscribe) and events sent (next).',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly queueSources: QueueMetricsSource[] = [];

  constructor() {
    // Process memory, CPU, event-loop lag and GC, prefixed like our own metrics.
    collectDefaultMetrics({ register: this.registry, prefix: 'latchkey_' });
    this.rateLimitRejections.inc({ limit: 'key' }, 0);
    this.rateLimitRejections.inc({ limit: 'address' }, 0);
  }

  /** Counts one answered GraphQL request (read from the facts src/graphql/request-facts.ts recorded). */
  observeGraphQLRequest(store: RequestStore, outcome: Outcome, seconds: number): void {
    const type = store.graphql?.type ?? 'unknown';
    this.requests.inc({ operation: store.graphql?.operation ?? 'unknown', type, outcome });
    this.requestDuration.observe({ type, outcome }, seconds);
  }

  recordRateLimitRejection(limit: 'key' | 'address' = 'key'): void {
    this.rateLimitRejections.inc({ limit });
  }

  /** Registers a queue-state source, read on every scrape. */
  registerQueueMetrics(source: QueueMetricsSource): void {
    this.queueSources.push(source);
  }

  /** The Prometheus text for `GET /metrics`. A failing queue source never fails the scrape. */
  async render(): Promise<string> {
    if (this.queueSources.length > 0) await this.collectQueues();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async collectQueues(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const snapshots = await Promise.race([
        Promise.all(this.queueSources.map((source) => source())),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('queue metrics timed out')), QUEUE_SCRAPE_TIMEOUT_MS);
        }),
      ]);
      this.queueJobs.reset();
      this.workerLag.reset();
      for (const snapshot of snapshots.flat()) {
        for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) {
          this.queueJobs.set({ queue: snapshot.queue, state }, snapshot[state]);
        }
        this.workerLag.set({ queue: snapshot.queue }, snapshot.lagSeconds);
      }
      this.queueMetricsUp.set(1);
    } catch {
      // Stale numbers would look healthy; report none and say so.
      this.queueJobs.reset();
      this.workerLag.reset();
      this.queueMetricsUp.set(0);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Runs the request's authentication and, when it presented an API key, records how long the key
 * check took and how it ended (`valid` or the refusal reason) in the key-verification histogram.
 */
export async function timeKeyCheck<T extends { ok: true } | { ok: false; reason: string }>(
  metrics: Metrics,
  authorization: string | undefined,
  check: () => Promise<T>,
): Promise<T> {
  if (!authorization || !/^\s*Bearer\s+lk_/i.test(authorization)) return check();
  const end = metrics.keyVerification.startTimer();
  try {
    const result = await check();
    end({ result: result.ok ? 'valid' : result.reason.toLowerCase() });
    return result;
  } catch (error) {
    end({ result: 'error' });
    throw error;
  }
}
