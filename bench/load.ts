/**
 * A small HTTP load generator (keep-alive `node:http`, 127.0.0.1 only): closed loop for peak
 * throughput, open loop at a fixed rate for latency under a given load.
 */
import { Agent, request } from 'node:http';

export interface Target {
  port: number;
  body: string;
  headers?: Record<string, string>;
}

export interface RunResult {
  /** Requests answered in the measured seconds. */
  requests: number;
  /** Requests sent in all, warm-up included. */
  sent: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

function send(agent: Agent, target: Target, payload: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          ...target.headers,
        },
      },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          resolve(response.statusCode === 200 ? ms : -ms);
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function summarize(latencies: number[], errors: number, seconds: number, sent = latencies.length): RunResult {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    sent,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** `connections` clients, each sending its next request as soon as the last one is answered. */
export async function closedLoop(
  target: Target,
  options: { connections: number; warmupSeconds: number; seconds: number },
): Promise<RunResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const payload = Buffer.from(target.body);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const warmEnd = performance.now() + options.warmupSeconds * 1000;
  const end = warmEnd + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      sent += 1;
      const ms = await send(agent, target, payload);
      if (performance.now() < warmEnd) continue;
      if (ms < 0) errors += 1;
      else latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  agent.destroy();
  return summarize(latencies, errors, options.seconds, sent);
}

/**
 * Requests started on a fixed schedule (`rate` per second) whatever the answers do, so a slow
 * server shows up as latency rather than as a lower rate (no coordinated omission).
 */
export async function openLoop(
  target: Target,
  options: { rate: number; warmupSeconds: number; seconds: number },
): Promise<RunResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const payload = Buffer.from(target.body);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const warmEnd = started + options.warmupSeconds * 1000;
  const end = warmEnd + options.seconds * 1000;
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const now = performance.now();
      if (now >= end) {
        clearInterval(tick);
        resolve();
        return;
      }
      const due = Math.floor(((now - started) / 1000) * options.rate) - sent;
      for (let i = 0; i < due; i += 1) {
        sent += 1;
        const counted = performance.now() >= warmEnd;
        const pending = send(agent, target, payload).then(
          (ms) => {
            if (!counted) return;
            if (ms < 0) errors += 1;
            else latencies.push(ms);
          },
          () => {
            if (counted) errors += 1;
          },
        );
        inFlight.add(pending);
        void pending.finally(() => inFlight.delete(pending));
      }
    }, 1);
  });
  await Promise.all(inFlight);
  agent.destroy();
  return summarize(latencies, errors, options.seconds, sent);
}

/** One request, answered with its status and parsed JSON body. */
export async function call(
  port: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
