import { useState } from 'react';
import { useReloadOnEvent, useSubscription } from '../api/live';
import { AuditEventsSubscription } from '../api/live-documents';
import { useQuery } from '../api/use-query';
import { CursorPager, type CursorStack } from '../components/cursor-pager';
import { EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { LiveIndicator } from '../components/live-indicator';
import { formatNumber } from '../format';
import type { AuditEventFilter } from '../gql/graphql';
import { AuditEventTable } from './audit-list';
import { ProjectAuditQuery } from './documents';

/** The actions DESIGN.md sections 9 and 14 name; the filter accepts any action string. */
const ACTIONS = [
  'project.created',
  'project.updated',
  'key.created',
  'key.updated',
  'key.rotated',
  'key.deactivated',
  'key.reactivated',
  'key.deleted',
  'key.expiring',
  'key.expired',
  'member.added',
  'member.invited',
  'member.joined',
  'member.declined',
  'member.role_changed',
  'member.removed',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
  'webhook.test_sent',
  'webhook.redelivered',
  'webhook.disabled',
];

const PAGE_SIZE = 25;

/** A local yyyy-mm-dd day as the instant it starts (or ends) in the person's time zone. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, end ? date + 1 : date).toISOString();
}

export function ProjectAuditPanel({ projectId }: { projectId: string }) {
  const [action, setAction] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [cursors, setCursors] = useState<CursorStack>([null]);
  const filter: AuditEventFilter = {
    ...(action ? { actions: [action] } : {}),
    ...(since ? { since: dayBoundary(since, false) } : {}),
    ...(until ? { until: dayBoundary(until, true) } : {}),
  };
  const audit = useQuery(ProjectAuditQuery, {
    id: projectId,
    first: PAGE_SIZE,
    after: cursors[cursors.length - 1] ?? null,
    filter,
  });
  const connection = audit.data?.project?.auditEvents;
  // Live: a committed event reloads the first page (a later page stays put while it is read).
  const onFirstPage = cursors.length === 1;
  const refresh = useReloadOnEvent(audit.reload, 300);
  const liveStatus = useSubscription(AuditEventsSubscription, { projectId }, () => {
    if (onFirstPage) refresh();
  });
  const changeFilter = (apply: () => void) => {
    apply();
    setCursors([null]);
  };

  return (
    <section aria-labelledby="audit-heading">
      <div className="section-header">
        <h2 id="audit-heading">
          Audit log {connection && <span className="muted count">{formatNumber(connection.totalCount)}</span>}
        </h2>
        <LiveIndicator status={liveStatus} />
      </div>
      <search className="filters">
        <label>
          Action
          <select value={action} onChange={(event) => changeFilter(() => setAction(event.target.value))}>
            <option value="">Any</option>
            {ACTIONS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={since} onChange={(event) => changeFilter(() => setSince(event.target.value))} />
        </label>
        <label>
          To
          <input type="date" value={until} onChange={(event) => changeFilter(() => setUntil(event.target.value))} />
        </label>
        {audit.loading && connection && <span className="spinner" role="status" aria-label="Updating" />}
      </search>
      {audit.error ? <ErrorNotice error={audit.error} onRetry={audit.reload} /> : null}
      {!connection && audit.loading && <Loading label="Loading the audit log…" />}
      {connection && connection.edges.length === 0 && (
        <EmptyState title="No events match">
          <p>Every change to the project, its keys and its members is recorded here.</p>
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && (
        <AuditEventTable events={connection.edges.map((edge) => edge.node)} />
      )}
      {connection && (
        <CursorPager
          label="Pages of the audit log"
          cursors={cursors}
          setCursors={setCursors}
          pageInfo={connection.pageInfo}
          previousLabel="Newer"
          nextLabel="Older"
        />
      )}
    </section>
  );
}
