/**
 * The CLI's pure parts (sdk/src/cli): option values, the sparkline, the config file's place and
 * mode, and which exit code a failure gets.
 */
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestsPerBucket } from '../../../sdk/src/cli/commands/usage.js';
import { configPath, readConfig, writeConfig } from '../../../sdk/src/cli/config.js';
import { CliError, describeFailure, EXIT } from '../../../sdk/src/cli/failures.js';
import { sparkline } from '../../../sdk/src/cli/output.js';
import { listOf, parseDuration, parseTime } from '../../../sdk/src/cli/parse.js';
import { LatchkeyError } from '../../../sdk/src/errors.js';

describe('the CLI’s option values', () => {
  it('reads durations, and refuses what is not one with a usage error', () => {
    expect(parseDuration('90', '--grace')).toBe(90);
    expect(parseDuration('1h', '--grace')).toBe(3600);
    expect(parseDuration('1h30m', '--grace')).toBe(5400);
    expect(parseDuration('7d', '--grace')).toBe(604_800);
    for (const bad of ['soon', '1x', '1h soon', '', '-1h']) {
      expect(() => parseDuration(bad, '--grace')).toThrow(CliError);
      expect(describeFailure(captured(() => parseDuration(bad, '--grace'))).exitCode).toBe(EXIT.usage);
    }
  });

  it('reads times as ISO 8601 or a duration ago (or ahead)', () => {
    expect(parseTime('2026-01-02T03:04:05Z', '--since').toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(Math.abs(parseTime('1h', '--since').getTime() - (Date.now() - 3_600_000))).toBeLessThan(1000);
    expect(Math.abs(parseTime('1d', '--expires', 'future').getTime() - (Date.now() + 86_400_000))).toBeLessThan(1000);
    expect(() => parseTime('2026-13-45', '--since')).toThrow(CliError);
  });

  it('reads lists comma-separated or repeated', () => {
    expect(listOf(['keys:read,usage:read', ' audit:read '])).toEqual(['keys:read', 'usage:read', 'audit:read']);
    expect(listOf(undefined)).toEqual([]);
  });
});

describe('the usage sparkline', () => {
  it('draws one bar per bucket of the range, empty buckets at the bottom', () => {
    expect(sparkline([0, 4, 8])).toBe('▁▅█');
    expect(sparkline([0, 0])).toBe('▁▁');
    const stat = (bucketStart: string, requests: number) => ({
      bucketStart,
      apiKeyId: null,
      operation: 'Viewer',
      requests,
      ok: requests,
      errors: 0,
      denied: 0,
      rateLimited: 0,
      averageDurationMs: null,
    });
    const report = {
      from: '2026-01-01T00:30:00.000Z',
      to: '2026-01-01T04:10:00.000Z',
      granularity: 'HOUR' as const,
      totals: { requests: 6, ok: 6, errors: 0, denied: 0, rateLimited: 0 },
      series: [
        stat('2026-01-01T01:00:00.000Z', 2),
        stat('2026-01-01T01:00:00.000Z', 1),
        stat('2026-01-01T03:00:00.000Z', 3),
      ],
      byOperation: [],
      byKey: [],
    };
    expect(requestsPerBucket(report)).toEqual([0, 3, 0, 3, 0]);
  });
});

describe('the config file', () => {
  it('lives under XDG_CONFIG_HOME, else ~/.config, and is written 0600 in a 0700 folder', async () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x' })).toBe('/x/latchkey/config.json');
    expect(configPath({})).toMatch(/\.config\/latchkey\/config\.json$/);
    const home = await mkdtemp(join(tmpdir(), 'latchkey-config-'));
    try {
      const path = configPath({ XDG_CONFIG_HOME: home });
      expect(await readConfig(path)).toEqual({});
      await writeConfig({ url: 'http://localhost:4000', token: 'lk_pat_x' }, path);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await stat(join(home, 'latchkey'))).mode & 0o777).toBe(0o700);
      expect(await readConfig(path)).toEqual({ url: 'http://localhost:4000', token: 'lk_pat_x' });
      // An older file with a looser mode is replaced by a 0600 one.
      await chmod(path, 0o644);
      await writeConfig({ token: 'lk_pat_y' }, path);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect(await readConfig(path)).toEqual({ token: 'lk_pat_y' });
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe('exit codes', () => {
  it('3 for UNAUTHENTICATED (with its reason), 1 for other server errors', () => {
    const refused = new LatchkeyError({
      code: 'UNAUTHENTICATED',
      message: 'The API key is deactivated.',
      errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'DEACTIVATED' } }],
    });
    expect(describeFailure(refused)).toMatchObject({ exitCode: 3, code: 'UNAUTHENTICATED', reason: 'DEACTIVATED' });
    expect(describeFailure(new LatchkeyError({ code: 'NOT_FOUND', message: 'API key not found.' }))).toMatchObject({
      exitCode: 1,
      code: 'NOT_FOUND',
    });
    expect(describeFailure(new Error('boom')).exitCode).toBe(1);
  });
});

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
