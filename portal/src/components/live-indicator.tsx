import type { LiveStatus } from '../api/live';

const LABELS: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline',
};

const TITLES: Record<LiveStatus, string> = {
  connecting: 'Connecting to live updates',
  live: 'Updates appear here as they happen',
  offline: 'Live updates are paused; reload the page to see the latest',
};

/** A small "live" badge: whether the view updates by itself right now (announced politely). */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  return (
    <span className={`live-indicator live-${status}`} role="status" aria-live="polite" title={TITLES[status]}>
      <span className="live-dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
