/**
 * A subscription's queue (src/modules/live/live-queue.ts): values in push order, a waiting `next`
 * answered by the next push, `return` ending a pending `next` at once and releasing the listener
 * (an async generator would wait for another event), and the oldest values dropped past the bound.
 */
import { describe, expect, it } from 'vitest';
import { LiveQueue, MAX_QUEUED_MESSAGES } from '../../src/modules/live/live-queue.js';

describe('LiveQueue', () => {
  it('hands out values in push order, and a waiting next gets the next push', async () => {
    const queue = new LiveQueue<number>(() => undefined);
    queue.push(1);
    expect(await queue.next()).toEqual({ value: 1, done: false });
    const waiting = queue.next();
    queue.push(2);
    expect(await waiting).toEqual({ value: 2, done: false });
  });

  it('return ends a pending next at once and releases the listener once', async () => {
    let released = 0;
    const queue = new LiveQueue<number>(() => {
      released += 1;
    });
    const waiting = queue.next();
    await queue.return();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(released).toBe(1);
    queue.push(3);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps at most MAX_QUEUED_MESSAGES for a slow reader, dropping the oldest', async () => {
    const queue = new LiveQueue<number>(() => undefined);
    for (let value = 0; value < MAX_QUEUED_MESSAGES + 5; value++) queue.push(value);
    expect(await queue.next()).toEqual({ value: 5, done: false });
  });

  it('end answers what it holds, then done, releasing the listener at once; a waiting next is done', async () => {
    let released = 0;
    const queue = new LiveQueue<number>(() => {
      released += 1;
    });
    queue.push(1);
    queue.push(2);
    queue.end();
    queue.end();
    expect(released).toBe(1);
    queue.push(3);
    expect(await queue.next()).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: undefined, done: true });

    const empty = new LiveQueue<number>(() => undefined);
    const waiting = empty.next();
    empty.end();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });
});
