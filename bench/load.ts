/**
 * A small HTTP load generator (keep-alive `node:http`, 127.0.0.1 only): closed loop for peak
 * throughput, open loop at a fixed rate for latency under a given load. For peaks, `wrkLoop`
 * drives wrk instead where it is installed: it costs the shared machine far less CPU per request
 * than a Node client, so more of the machine is left to the servers under test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Target {
  port: number;
  body: string;
  /** When set, the requests of a closed loop send these in turn instead of `body` (one each). */
  bodies?: readonly string[];
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
  const payloads = (target.bodies ?? [target.body]).map((body) => Buffer.from(body));
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const warmEnd = performance.now() + options.warmupSeconds * 1000;
  const end = warmEnd + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const payload = payloads[sent % payloads.length] as Buffer;
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

let wrkFound: boolean | undefined;

/** Whether wrk (Debian's package `wrk`) is on the PATH. */
export function wrkAvailable(): boolean {
  wrkFound ??= spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
  return wrkFound;
}

/** wrk's `650.12us`, `1.61ms` or `2.00s`, in milliseconds. */
function millisecondsOf(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}

/** One wrk run of `seconds`: its printed summary. */
function runWrk(target: Target, connections: number, seconds: number, script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const wrk = spawn(
      'wrk',
      [
        '-t1',
        `-c${connections}`,
        `-d${seconds}s`,
        '--latency',
        '-s',
        script,
        `http://127.0.0.1:${target.port}/graphql`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    wrk.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    wrk.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    wrk.once('error', reject);
    wrk.once('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`wrk exited with ${code}: ${output}`)),
    );
  });
}

/**
 * The closed loop of `closedLoop`, driven by wrk (one thread, `connections` keep-alive
 * connections): a warm-up run, then the measured one. Non-2xx answers and socket errors count as
 * errors; p50/p99 are wrk's (over the answered requests), max its maximum.
 */
export async function wrkLoop(
  target: Target,
  options: { connections: number; warmupSeconds: number; seconds: number },
): Promise<RunResult> {
  const headers = { 'content-type': 'application/json', ...target.headers };
  // The script's strings are JSON string literals, which Lua reads alike only for printable ASCII
  // (Lua has no \uXXXX escape).
  const bodies = target.bodies ?? [];
  for (const text of [target.body, ...bodies, ...Object.keys(headers), ...Object.values(headers)]) {
    if (!/^[\x20-\x7e]*$/.test(text)) throw new Error('wrkLoop sends printable ASCII only');
  }
  const folder = mkdtempSync(join(tmpdir(), 'latchkey-wrk-'));
  const script = join(folder, 'request.lua');
  writeFileSync(
    script,
    [
      'wrk.method = "POST"',
      `wrk.body = ${JSON.stringify(target.body)}`,
      ...Object.entries(headers).map(
        ([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`,
      ),
      // Bodies in turn: each request is formatted with the next (method, path and headers as above).
      ...(bodies.length > 0
        ? [
            `local bodies = { ${bodies.map((body) => JSON.stringify(body)).join(', ')} }`,
            'local turn = 0',
            'request = function()',
            '  turn = turn % #bodies + 1',
            '  return wrk.format(nil, nil, nil, bodies[turn])',
            'end',
          ]
        : []),
    ].join('\n'),
  );
  try {
    const requestsOf = (output: string) => Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
    const warm =
      options.warmupSeconds > 0 ? await runWrk(target, options.connections, options.warmupSeconds, script) : '';
    const output = await runWrk(target, options.connections, options.seconds, script);
    const requests = requestsOf(output);
    const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
    const errors =
      Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0) +
      (socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0);
    const percentile = (p: number) => millisecondsOf(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '');
    const max = millisecondsOf(/^\s+Latency\s+\S+\s+\S+\s+(\S+)/m.exec(output)?.[1] ?? '');
    return {
      requests: requests - errors,
      sent: requestsOf(warm) + requests,
      errors,
      seconds: options.seconds,
      rps: (requests - errors) / options.seconds,
      p50: percentile(50),
      p99: percentile(99),
      max,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
