import { useState } from 'react';
import { useSubscription } from '../api/live';
import { UsageEventsSubscription } from '../api/live-documents';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading } from '../components/feedback';
import { LiveIndicator } from '../components/live-indicator';
import { formatDateTime, formatNumber, formatTime } from '../format';
import type { PortalUsageEventsSubscription } from '../gql/graphql';
import { PartnerUsageQuery } from './documents';
import { UsageRangeControls, useUsageRange } from './range';
import { ActivityTable, UsageReportView } from './usage-report';

/**
 * A partner's own usage, read with their key (the self view needs no scope): the rate-limit window
 * right now, usage over time and the latest requests, all from one request that the server answers
 * from one database snapshot, so the figures agree and say when they were read. Each look is itself
 * one metered request, counted after it is answered.
 */
export function PartnerUsageSection({ apiKey }: { apiKey: string }) {
  const range = useUsageRange('7d');
  const usage = useQuery(
    PartnerUsageQuery,
    { from: range.from, granularity: range.granularity },
    { apiKey, refresh: range.refreshed },
  );
  const viewer = usage.data?.viewer;
  const report = viewer?.apiKey?.usage;
  const limitWindow = viewer?.rateLimit;
  const projectId = viewer?.project?.id;
  const keyId = viewer?.apiKey?.id;
  return (
    <>
      {projectId && keyId && <PartnerLiveActivity apiKey={apiKey} projectId={projectId} keyId={keyId} />}
      <section aria-labelledby="partner-limit-heading">
        <h2 id="partner-limit-heading">Rate limit right now</h2>
        {limitWindow ? (
          <div className="card" data-testid="partner-rate-limit">
            <meter
              min={0}
              max={limitWindow.limit}
              value={limitWindow.limit - limitWindow.remaining}
              className="meter"
            />
            <p>
              {formatNumber(limitWindow.remaining)} of {formatNumber(limitWindow.limit)} requests left in the current
              window, which resets at {formatDateTime(limitWindow.resetAt)}.
            </p>
          </div>
        ) : (
          usage.data && <p className="muted">This key has no rate limit.</p>
        )}
      </section>
      <section aria-labelledby="partner-usage-heading">
        <h2 id="partner-usage-heading">Usage over time</h2>
        <UsageRangeControls state={range} />
        {usage.error ? <ErrorNotice error={usage.error} onRetry={usage.reload} /> : null}
        {!report && usage.loading && <Loading label="Loading usage…" />}
        {report && <UsageReportView report={report} />}
      </section>
      {viewer?.apiKey?.recentActivity && report && (
        <section aria-labelledby="partner-activity-heading">
          <h2 id="partner-activity-heading">Latest requests</h2>
          <p className="muted small" data-testid="partner-activity-count">
            {formatNumber(viewer.apiKey.recentActivity.edges.length)} latest of{' '}
            {formatNumber(viewer.apiKey.recentActivity.totalCount)} kept since {formatDateTime(report.from)} (as of{' '}
            {formatTime(report.to)}).
          </p>
          <ActivityTable activity={viewer.apiKey.recentActivity.edges.map((edge) => edge.node)} />
        </section>
      )}
    </>
  );
}

type LiveActivity = PortalUsageEventsSubscription['usageEvents'];

const LIVE_ACTIVITY_SHOWN = 20;

/**
 * The key's requests as they happen, over a WebSocket authenticated by the key itself (a key may
 * watch its own usage without any scope). Listed as they arrive; nothing is polled.
 */
function PartnerLiveActivity({ apiKey, projectId, keyId }: { apiKey: string; projectId: string; keyId: string }) {
  const [activity, setActivity] = useState<LiveActivity[]>([]);
  const status = useSubscription(
    UsageEventsSubscription,
    { projectId, apiKeyId: keyId },
    (data) => setActivity((shown) => [data.usageEvents, ...shown].slice(0, LIVE_ACTIVITY_SHOWN)),
    { apiKey },
  );
  return (
    <section aria-labelledby="partner-live-heading">
      <div className="section-header">
        <h2 id="partner-live-heading">Live activity</h2>
        <LiveIndicator status={status} />
      </div>
      {activity.length === 0 ? (
        <p className="muted">Requests made with this key appear here as they happen.</p>
      ) : (
        <ul className="live-activity" data-testid="partner-live-activity">
          {activity.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.createdAt}>{formatTime(entry.createdAt)}</time>
              <code>{entry.operation}</code>
              <span>{entry.outcome}</span>
              <span className="muted">{formatNumber(entry.durationMs)} ms</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
