/**
 * GitHub's secret-scanning keys as `POST /leaks/github` holds them (src/modules/leaks/github-scanning.ts):
 * an identifier they do not hold has the keys file read again, at most once a minute, and a file
 * that went bad leaves the keys as they were.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GITHUB_KEYS_REREAD_MS, GithubKeys } from '../../src/modules/leaks/github-scanning.js';

const pem = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;

function setup() {
  const first = new Map([['key-1', pem()]]);
  let file: ReadonlyMap<string, string> | string = first;
  let reads = 0;
  let now = 1_000_000;
  const warnings: unknown[] = [];
  const keys = new GithubKeys(
    first,
    {
      path: '/etc/latchkey/github.json',
      read: () => {
        reads += 1;
        return file;
      },
    },
    { info: () => undefined, warn: (fields: unknown) => warnings.push(fields) },
    () => now,
  );
  return {
    keys,
    warnings,
    reads: () => reads,
    write: (next: ReadonlyMap<string, string> | string) => {
      file = next;
    },
    wait: (ms: number) => {
      now += ms;
    },
  };
}

describe('GithubKeys', () => {
  it('answers a known identifier without reading the file', () => {
    const { keys, reads } = setup();
    expect(keys.keyOf('key-1')?.asymmetricKeyType).toBe('ec');
    expect(reads()).toBe(0);
  });

  it('reads the file again for an identifier it does not hold: a key GitHub rotated in is used', () => {
    const { keys, reads, write } = setup();
    write(
      new Map([
        ['key-1', pem()],
        ['key-2', pem()],
      ]),
    );
    expect(keys.keyOf('key-2')?.asymmetricKeyType).toBe('ec');
    expect(reads()).toBe(1);
    expect(keys.keyOf('key-2')).toBeDefined();
    expect(reads()).toBe(1);
  });

  it('reads it at most once a minute, however many unknown identifiers arrive', () => {
    const { keys, reads, write, wait } = setup();
    expect(keys.keyOf('nobody')).toBeUndefined();
    expect(reads()).toBe(1);
    write(new Map([['key-3', pem()]]));
    for (const identifier of ['key-3', 'other', 'another']) expect(keys.keyOf(identifier)).toBeUndefined();
    expect(reads()).toBe(1);
    wait(GITHUB_KEYS_REREAD_MS);
    expect(keys.keyOf('key-3')).toBeDefined();
    expect(reads()).toBe(2);
    // The new file dropped key-1: GitHub retired it.
    expect(keys.keyOf('key-1')).toBeUndefined();
  });

  it('keeps the keys it had when the file can no longer be read, and says so', () => {
    const { keys, reads, write, warnings } = setup();
    write('it is not JSON');
    expect(keys.keyOf('key-2')).toBeUndefined();
    expect(reads()).toBe(1);
    expect(warnings).toEqual([{ file: '/etc/latchkey/github.json', problem: 'it is not JSON' }]);
    expect(keys.keyOf('key-1')).toBeDefined();
  });

  it('never reads a file when the keys came without one', () => {
    const keys = new GithubKeys(new Map([['key-1', pem()]]), null, { info: () => undefined, warn: () => undefined });
    expect(keys.keyOf('key-2')).toBeUndefined();
  });
});
