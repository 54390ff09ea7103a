/**
 * Where keyboard and screen-reader focus goes when the page changes: to the new page's main heading
 * (`main h1`), so that a screen reader announces where the person is and Tab continues from there.
 */

/** Focuses the page's main heading now; false when there is none yet. */
export function focusPageHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return false;
  // A heading is not focusable by default; -1 makes it focusable by script only, not by Tab.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * After a route change: focuses the new page's heading as soon as it is rendered (pages that load
 * their data first show it a little later), unless the person moved focus somewhere themselves
 * meanwhile. Returns a function that stops waiting.
 */
export function focusHeadingWhenRendered(timeoutMs = 10_000): () => void {
  const startedOn = document.activeElement;
  const main = document.querySelector('main');
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer?.disconnect();
    if (timer) clearTimeout(timer);
  };
  const attempt = () => {
    const movedByPerson = document.activeElement !== startedOn && document.activeElement !== document.body;
    if (movedByPerson || focusPageHeading()) stop();
  };
  // A heading that is still the old page's is replaced within the same render: wait a frame.
  requestAnimationFrame(() => {
    attempt();
    if (!main) return;
    observer = new MutationObserver(attempt);
    observer.observe(main, { childList: true, subtree: true });
    timer = setTimeout(stop, timeoutMs);
  });
  return stop;
}
