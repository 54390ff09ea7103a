import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from '../../src/shared/ids.js';

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID carrying the time', () => {
    const now = Date.now();
    const id = uuidv7(now);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(now);
  });

  it('strictly increases within a process, even within one millisecond', () => {
    const fixed = Date.now();
    const ids = Array.from({ length: 5000 }, () => uuidv7(fixed));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
