import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { CursorPager, type CursorStack } from '../components/cursor-pager';
import { ErrorNotice, Loading } from '../components/feedback';
import { formatNumber } from '../format';
import { KeyActivityQuery, KeyUsageQuery } from './documents';
import { UsageRangeControls, useUsageRange } from './range';
import { ActivityTable, UsageReportView } from './usage-report';

const ACTIVITY_PAGE = 20;

/**
 * Usage over time, by operation, and recent activity of one key (and the keys it was rotated from,
 * so history carries across a rotation). Loaded apart from the key itself: someone without
 * usage:read still sees the key, with a plain explanation here.
 */
export function KeyUsageSection({ keyId, refresh = 0 }: { keyId: string; refresh?: number }) {
  const range = useUsageRange('24h');
  // A counter: the range's refresh, or the page's live view (a request of this key arrived).
  const refreshed = range.refreshed * 1_000_000 + refresh;
  const usage = useQuery(
    KeyUsageQuery,
    { id: keyId, from: range.from, granularity: range.granularity },
    { refresh: refreshed },
  );
  const [cursors, setCursors] = useState<CursorStack>([null]);
  const activity = useQuery(
    KeyActivityQuery,
    { id: keyId, first: ACTIVITY_PAGE, after: cursors[cursors.length - 1] ?? null },
    { refresh: refreshed },
  );
  const report = usage.data?.apiKey?.usage;
  const connection = activity.data?.apiKey?.recentActivity;

  return (
    <>
      <section aria-labelledby="key-usage-heading">
        <div className="section-header">
          <h2 id="key-usage-heading">Usage</h2>
        </div>
        <UsageRangeControls state={range} />
        {usage.error ? <ErrorNotice error={usage.error} onRetry={usage.reload} /> : null}
        {!report && usage.loading && <Loading label="Loading usage…" />}
        {report && <UsageReportView report={report} />}
      </section>
      <section aria-labelledby="key-activity-heading">
        <div className="section-header">
          <h2 id="key-activity-heading">
            Recent activity {connection && <span className="muted count">{formatNumber(connection.totalCount)}</span>}
          </h2>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setCursors([null]);
              activity.reload();
            }}
          >
            Refresh
          </button>
        </div>
        {activity.error ? <ErrorNotice error={activity.error} onRetry={activity.reload} /> : null}
        {!connection && activity.loading && <Loading label="Loading activity…" />}
        {connection && <ActivityTable activity={connection.edges.map((edge) => edge.node)} />}
        {connection && (
          <CursorPager
            label="Pages of recent activity"
            cursors={cursors}
            setCursors={setCursors}
            pageInfo={connection.pageInfo}
            previousLabel="Newer"
            nextLabel="Older"
          />
        )}
      </section>
    </>
  );
}
