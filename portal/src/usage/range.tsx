import { useId, useMemo, useState } from 'react';
import type { UsageGranularity } from '../gql/graphql';

export interface UsageRange {
  id: '24h' | '7d' | '30d' | '90d';
  label: string;
  hours: number;
}

export const RANGES: UsageRange[] = [
  { id: '24h', label: 'Last 24 hours', hours: 24 },
  { id: '7d', label: 'Last 7 days', hours: 7 * 24 },
  { id: '30d', label: 'Last 30 days', hours: 30 * 24 },
  { id: '90d', label: 'Last 90 days', hours: 90 * 24 },
];

/** Hourly buckets go up to 31 days (the server's limit); longer ranges are daily. */
const HOUR_LIMIT_HOURS = 31 * 24;

/**
 * The chosen range and bucket size. `from` is computed when the choice (or a refresh) changes, not
 * on every render, so the query's variables stay stable.
 */
export function useUsageRange(initial: UsageRange['id'] = '24h') {
  const [rangeId, setRangeId] = useState<UsageRange['id']>(initial);
  const [chosenGranularity, setGranularity] = useState<UsageGranularity>('HOUR');
  const [refreshed, setRefreshed] = useState(0);
  const range = RANGES.find((entry) => entry.id === rangeId) ?? (RANGES[0] as UsageRange);
  const hourAllowed = range.hours <= HOUR_LIMIT_HOURS;
  const granularity: UsageGranularity = hourAllowed ? chosenGranularity : 'DAY';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshed` moves the window to now.
  const from = useMemo(() => {
    // From the start of its first bucket (UTC), as the server counts it, so that anything else
    // asked for the same range (recent activity) covers exactly the same time.
    const span = (granularity === 'DAY' ? 24 : 1) * 3600 * 1000;
    return new Date(Math.floor((Date.now() - range.hours * 3600 * 1000) / span) * span).toISOString();
  }, [range.hours, granularity, refreshed]);
  return {
    range,
    granularity,
    from,
    hourAllowed,
    setRangeId,
    setGranularity,
    /** Changes on every Refresh: pass it to `useQuery` as `refresh` (`from` may stay the same). */
    refreshed,
    refresh: () => setRefreshed((value) => value + 1),
  };
}

export function UsageRangeControls({ state }: { state: ReturnType<typeof useUsageRange> }) {
  const group = useId();
  return (
    <div className="filters">
      <label>
        Period
        <select value={state.range.id} onChange={(event) => state.setRangeId(event.target.value as UsageRange['id'])}>
          {RANGES.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="radio-row segmented">
        <legend>Per</legend>
        <label>
          <input
            type="radio"
            name={group}
            checked={state.granularity === 'HOUR'}
            disabled={!state.hourAllowed}
            onChange={() => state.setGranularity('HOUR')}
          />
          hour
        </label>
        <label>
          <input
            type="radio"
            name={group}
            checked={state.granularity === 'DAY'}
            onChange={() => state.setGranularity('DAY')}
          />
          day
        </label>
      </fieldset>
      <button type="button" className="button" onClick={state.refresh}>
        Refresh
      </button>
    </div>
  );
}
