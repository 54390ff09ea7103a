import { useState } from 'react';
import { useReloadOnEvent, useSubscription } from '../api/live';
import { UsageEventsSubscription } from '../api/live-documents';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading } from '../components/feedback';
import { LiveIndicator } from '../components/live-indicator';
import type { ApiKeyEnvironment } from '../gql/graphql';
import { ProjectUsageQuery } from './documents';
import { UsageRangeControls, useUsageRange } from './range';
import { CountsTable, UsageReportView } from './usage-report';

/** Usage of every key in the project (needs usage:read), live and test apart. */
export function ProjectUsagePanel({ projectId }: { projectId: string }) {
  const range = useUsageRange('7d');
  const [environment, setEnvironment] = useState<ApiKeyEnvironment>('LIVE');
  const usage = useQuery(
    ProjectUsageQuery,
    { id: projectId, from: range.from, granularity: range.granularity, environment },
    { refresh: range.refreshed },
  );
  // Live: requests of the project's keys reload the report once the worker has counted them
  // (about a second later; looked at again a few seconds on, for a worker that lags).
  const refreshSoon = useReloadOnEvent(usage.reload, 1500);
  const refreshLater = useReloadOnEvent(usage.reload, 5000);
  const liveStatus = useSubscription(UsageEventsSubscription, { projectId }, () => {
    refreshSoon();
    refreshLater();
  });
  const project = usage.data?.project;
  const report = project?.usage;
  const names = new Map(project?.apiKeys?.edges.map(({ node }) => [node.id, `${node.name} (${node.preview})`]) ?? []);
  return (
    <section aria-labelledby="project-usage-heading">
      <div className="section-header">
        <h2 id="project-usage-heading">Usage</h2>
        <LiveIndicator status={liveStatus} />
        <label className="inline-label">
          Keys
          <select value={environment} onChange={(event) => setEnvironment(event.target.value as ApiKeyEnvironment)}>
            <option value="LIVE">Live</option>
            <option value="TEST">Test</option>
          </select>
        </label>
      </div>
      <UsageRangeControls state={range} />
      {usage.error ? <ErrorNotice error={usage.error} onRetry={usage.reload} /> : null}
      {!report && usage.loading && <Loading label="Loading usage…" />}
      {report && (
        <>
          <UsageReportView report={report} />
          {report.byKey.length > 0 && (
            <>
              <h3>By key</h3>
              <CountsTable
                label="Requests by key"
                firstColumn="Key"
                rows={report.byKey.map((row) => ({
                  ...row,
                  name: (row.apiKeyId && names.get(row.apiKeyId)) ?? 'a deleted key',
                }))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
