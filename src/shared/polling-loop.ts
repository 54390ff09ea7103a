/**
 * A loop that runs `round` every `everyMs`, at once again when it returns true, until closed.
 * `wake()` cuts the current pause short; `close()` waits for the round in progress.
 */
export function pollingLoop(
  everyMs: number,
  round: () => Promise<boolean>,
  onError: (error: unknown) => void,
): { close(): Promise<void>; wake(): void } {
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  const pause = () =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        wakeUp = null;
        resolve();
      }, everyMs);
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
    });
  const done = (async () => {
    while (!stopped) {
      let again = false;
      try {
        again = await round();
      } catch (error) {
        onError(error);
      }
      if (!again && !stopped) await pause();
    }
  })();
  return {
    wake() {
      if (wakeUp) wakeUp();
      else woken = true;
    },
    async close() {
      stopped = true;
      wakeUp?.();
      await done;
    },
  };
}
