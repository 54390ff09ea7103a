import { useEffect, useState } from 'react';

/**
 * A counter that goes up every `intervalMs` while `enabled` and the page is on screen, and once
 * more when the page comes back on screen: pass it as `useQuery`'s `refresh` to keep a view fresh
 * where there is no subscription to say when it changed. A hidden tab reads nothing.
 */
export function useTicks(intervalMs: number, enabled: boolean): number {
  const [ticks, setTicks] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const visible = () => document.visibilityState === 'visible';
    const timer = setInterval(() => {
      if (visible()) setTicks((value) => value + 1);
    }, intervalMs);
    const onVisibility = () => {
      if (visible()) setTicks((value) => value + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs, enabled]);
  return ticks;
}
