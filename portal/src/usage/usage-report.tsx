import { Badge, EmptyState } from '../components/feedback';
import { formatAddress, formatDateTime, formatNumber, formatTime } from '../format';
import type { ActivityFieldsFragment, UsageReportFieldsFragment } from '../gql/graphql';
import { bucketLabel, OUTCOMES, UsageChart } from './usage-chart';

interface Counts {
  requests: number;
  ok: number;
  errors: number;
  denied: number;
  rateLimited: number;
  averageDurationMs?: number | null;
}

export function UsageTotals({ totals }: { totals: Counts }) {
  return (
    <div className="totals" data-testid="usage-totals">
      <div className="total">
        <div className="total-value">{formatNumber(totals.requests)}</div>
        <div className="total-label">Requests</div>
      </div>
      {OUTCOMES.map((outcome) => (
        <div className="total" key={outcome.key}>
          <div className="total-value" style={{ color: outcome.color }}>
            {formatNumber(totals[outcome.key])}
          </div>
          <div className="total-label">{outcome.label}</div>
        </div>
      ))}
    </div>
  );
}

function formatMs(value: number | null | undefined): string {
  return value == null ? '—' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

/** Rows of counts by outcome: per operation, or per key. */
export function CountsTable({
  rows,
  firstColumn,
  label,
}: {
  rows: readonly (Counts & { name: string })[];
  firstColumn: string;
  label: string;
}) {
  return (
    <div className="table-wrap">
      <table className="table stack-on-phone" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col" className="numeric">
              Requests
            </th>
            {OUTCOMES.map((outcome) => (
              <th scope="col" className="numeric" key={outcome.key}>
                {outcome.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              Avg. time
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td data-label="Requests" className="numeric">
                {formatNumber(row.requests)}
              </td>
              {OUTCOMES.map((outcome) => (
                <td data-label={outcome.label} className="numeric" key={outcome.key}>
                  {formatNumber(row[outcome.key])}
                </td>
              ))}
              <td data-label="Avg. time" className="numeric">
                {formatMs(row.averageDurationMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Totals, the chart over time, its numbers as a table, and the split by operation. */
export function UsageReportView({ report }: { report: UsageReportFieldsFragment }) {
  const busy = report.series.filter((point) => point.requests > 0);
  return (
    <div className="usage-report">
      <p className="muted small" data-testid="usage-freshness">
        {formatDateTime(report.from)} – {formatDateTime(report.to)}. As of {formatTime(report.to)}: every figure here
        was read at that moment; a request shows up about a second after it is made.
      </p>
      <UsageTotals totals={report.totals} />
      <div className="card chart-card">
        <UsageChart series={report.series} granularity={report.granularity} />
        {report.totals.requests === 0 && <p className="muted center">No requests in this period.</p>}
        {busy.length > 0 && (
          <details>
            <summary>Show the numbers</summary>
            <CountsTable
              label="Requests per period"
              firstColumn={report.granularity === 'DAY' ? 'Day' : 'Hour'}
              rows={busy.map((point) => ({ ...point, name: bucketLabel(point.bucketStart, report.granularity) }))}
            />
          </details>
        )}
      </div>
      <h3>By operation</h3>
      {report.byOperation.length === 0 ? (
        <EmptyState title="No operations called in this period" />
      ) : (
        <CountsTable
          label="Requests by operation"
          firstColumn="Operation"
          rows={report.byOperation.map((row) => ({ ...row, name: row.operation }))}
        />
      )}
    </div>
  );
}

const OUTCOME_TONES = { OK: 'green', ERROR: 'red', DENIED: 'amber', RATE_LIMITED: 'purple' } as const;

export function ActivityTable({ activity }: { activity: readonly ActivityFieldsFragment[] }) {
  if (activity.length === 0) {
    return <EmptyState title="No recent requests">Calls made with this key show up here within seconds.</EmptyState>;
  }
  return (
    <div className="table-wrap">
      <table className="table stack-on-phone" aria-label="Recent requests">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Operation</th>
            <th scope="col">Outcome</th>
            <th scope="col" className="numeric">
              Time
            </th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {activity.map((entry) => (
            <tr key={entry.id}>
              <td data-label="When">{formatDateTime(entry.createdAt)}</td>
              <td data-label="Operation">
                <code>{entry.operation}</code> <span className="muted small">{entry.operationType}</span>
              </td>
              <td data-label="Outcome">
                <Badge tone={OUTCOME_TONES[entry.outcome]}>{entry.outcome.toLowerCase().replace('_', ' ')}</Badge>
              </td>
              <td data-label="Time" className="numeric">
                {formatMs(entry.durationMs)}
              </td>
              <td data-label="From" className="small">
                {formatAddress(entry.clientAddress)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
