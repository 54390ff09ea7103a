import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** Random bytes drawn 4 KiB at a time: ids are made on every request, and each draw is a system call. */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomInto(target: Buffer, start: number, length: number): void {
  if (poolOffset + length > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  pool.copy(target, start, poolOffset, poolOffset + length);
  poolOffset += length;
}

/**
 * A UUID version 7: 48 bits of Unix milliseconds, a 12-bit counter, then random bits. Ids sort by
 * creation time, which keeps B-tree inserts local and lets cursors page by id alone. Within one
 * process ids are strictly increasing: ids made in the same millisecond take the next counter value
 * (RFC 9562, method 1), so rows written together (a project and its default key) keep their order.
 */
export function uuidv7(now: number = Date.now()): string {
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      ms += 1;
      counter = 0;
    }
  } else {
    // Start each millisecond at a random point in the lower half, so the counter rarely overflows.
    const start = Buffer.alloc(2);
    randomInto(start, 0, 2);
    counter = (start.readUInt16BE(0) & 0x7ff) >>> 0;
  }
  lastMs = ms;
  const bytes = Buffer.alloc(16);
  randomInto(bytes, 6, 10);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
