/**
 * A subscription's queue of live messages: an async iterator fed by pushes (live-feed.ts).
 * Unlike an async generator, `return()` ends it at once even while a `next()` waits, so a client
 * that completes or disconnects releases its listener without waiting for another event.
 */

/** Messages a slow subscriber may hold; past it the oldest are dropped (live views are at most once). */
export const MAX_QUEUED_MESSAGES = 1000;

export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private done = false;

  constructor(private readonly onEnd: () => void) {}

  push(value: T): void {
    if (this.done) return;
    const waiter = this.waiting.shift();
    if (waiter) {
      waiter({ value, done: false });
      return;
    }
    this.buffer.push(value);
    if (this.buffer.length > MAX_QUEUED_MESSAGES) this.buffer.shift();
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffer.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Ends the queue after what it holds (the subscription's last event came): nothing more is
   * pushed, `next()` answers the values held, then done. The listener goes at once.
   */
  end(): void {
    if (this.done) return;
    this.done = true;
    // Only an empty queue has waiters.
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    this.onEnd();
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.buffer.length = 0;
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
      this.onEnd();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
