import { formatAddress, formatDateTime } from '../format';
import type { AuditEventFieldsFragment } from '../gql/graphql';

/** What changed, from the event's before/after summary (never holds a secret). */
function SummaryDetails({ summary }: { summary: Record<string, unknown> }) {
  const entries = Object.entries(summary);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <details>
      <summary>Details</summary>
      <pre className="summary">{JSON.stringify(summary, null, 2)}</pre>
    </details>
  );
}

export function AuditEventTable({ events }: { events: readonly AuditEventFieldsFragment[] }) {
  return (
    <div className="table-wrap">
      <table className="table audit-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">By</th>
            <th scope="col">Target</th>
            <th scope="col">From</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td data-label="When">{formatDateTime(event.createdAt)}</td>
              <td data-label="Action">
                <code>{event.action}</code>
              </td>
              <td data-label="By">
                {event.actor.label}
                <div className="muted small">{event.actor.type.toLowerCase().replace('_', ' ')}</div>
              </td>
              <td data-label="Target">
                {event.targetLabel ?? event.targetId}
                <div className="muted small">{event.targetType.replace('_', ' ')}</div>
              </td>
              <td data-label="From" className="small" title={event.userAgent ?? undefined}>
                {formatAddress(event.clientAddress)}
              </td>
              <td data-label="Changes">
                <SummaryDetails summary={event.summary} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
