import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger, isoTimestamp, logRequest } from '../../src/shared/logger.js';

function memory(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

const LINE = { method: 'POST', path: '/graphql', status: 200, outcome: 'ok' as const, durationMs: 1.25 };

describe('isoTimestamp', () => {
  it('is Date#toISOString, across seconds, milliseconds of one to three digits, and a clock set back', () => {
    const start = Date.UTC(2026, 11, 3, 16, 53, 59, 990);
    const times = [start, start + 5, start + 9, start + 10, start + 95, start + 100, start + 1999, start - 86_400_000];
    for (let at = 0; at < 300; at += 1) times.push(start + Math.floor(Math.random() * 10 ** 10) - 10 ** 9);
    for (const now of times) expect(isoTimestamp(now)).toBe(new Date(now).toISOString());
  });
});

describe('logRequest', () => {
  it('writes the line pino writes for the same fields, with the request facts', () => {
    const { lines, stream } = memory();
    const logger = createLogger('info', stream);
    const store = {
      requestId: 'r-1',
      statements: 2,
      graphql: {
        // Client-supplied text is escaped, as in any JSON string.
        operationName: 'Odd "name"\n\\',
        operation: 'viewer',
        type: 'query',
        callerKind: 'key' as const,
        keyId: 'k-1',
        projectId: 'p-1',
        userId: null,
        errorCodes: [],
      },
    };
    logRequest(logger, store, LINE);
    expect(lines).toHaveLength(1);
    const written = JSON.parse(lines[0] as string);
    // pino's own line of the same fields, but for the time.
    const { lines: pinoLines, stream: pinoStream } = memory();
    pino({ base: { service: 'latchkey' }, timestamp: pino.stdTimeFunctions.isoTime }, pinoStream).info(
      {
        requestId: 'r-1',
        ...LINE,
        statements: 2,
        operationName: 'Odd "name"\n\\',
        operation: 'viewer',
        operationType: 'query',
        caller: 'key',
        keyId: 'k-1',
        projectId: 'p-1',
      },
      'request',
    );
    const expected = JSON.parse(pinoLines[0] as string);
    expect(Object.keys(written)).toEqual(Object.keys(expected));
    expect({ ...written, time: null }).toEqual({ ...expected, time: null });
    expect(Math.abs(Date.parse(written.time) - Date.now())).toBeLessThan(5000);
    expect(lines[0]?.endsWith('}\n')).toBe(true);
  });

  it('logs probes at debug, and nothing below the level', () => {
    const { lines, stream } = memory();
    const logger = createLogger('info', stream);
    logRequest(logger, { requestId: 'r-2', statements: 0 }, { ...LINE, path: '/healthz' });
    expect(lines).toEqual([]);
    logger.level = 'debug';
    logRequest(logger, { requestId: 'r-3', statements: 0 }, { ...LINE, path: '/healthz' });
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 20, requestId: 'r-3', msg: 'request' });
    logger.level = 'warn';
    logRequest(logger, { requestId: 'r-4', statements: 0 }, LINE);
    expect(lines).toHaveLength(1);
  });
});
