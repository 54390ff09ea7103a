import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { formatRelative } from '../format';
import type { KeyContext } from '../keys/key-dialogs';
import { Link } from '../router';
import { ProjectWebhooksQuery } from './documents';
import { EndpointDialog } from './endpoint-dialogs';
import { DeliveryStatusBadge, EndpointStatusBadge, EventList } from './webhook-badges';

/** The project's webhook endpoints, each linking to its page (delivery log, test, rotate), and "Add endpoint". */
export function WebhooksPanel({ context }: { context: KeyContext }) {
  const webhooks = useQuery(ProjectWebhooksQuery, { id: context.projectId });
  const [adding, setAdding] = useState(false);
  const canManage = context.held.has('webhooks:write');
  const endpoints = webhooks.data?.project?.webhookEndpoints;

  return (
    <section aria-labelledby="webhooks-heading">
      <div className="section-header">
        <h2 id="webhooks-heading">Webhooks</h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add endpoint
          </button>
        )}
      </div>
      <p className="hint">
        Latchkey POSTs the project’s events (keys created, rotated, deactivated, members invited, …) to your endpoints,
        signed per Standard Webhooks: verify the <code>webhook-signature</code> header with the endpoint’s secret, and
        use <code>webhook-id</code> to ignore a delivery you already handled.
      </p>
      {webhooks.error ? <ErrorNotice error={webhooks.error} onRetry={webhooks.reload} /> : null}
      {!endpoints && webhooks.loading && <Loading label="Loading webhook endpoints…" />}
      {endpoints && endpoints.length === 0 && (
        <EmptyState title="No webhook endpoints yet">
          <p>{canManage ? 'Add one to be told about changes as they happen.' : 'An owner or admin can add one.'}</p>
        </EmptyState>
      )}
      {endpoints && endpoints.length > 0 && (
        <div className="table-wrap">
          <table className="table stack-on-phone" aria-labelledby="webhooks-heading">
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">Last delivery</th>
                <th scope="col">Secret</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((endpoint) => {
                const last = endpoint.deliveries.edges[0]?.node;
                return (
                  <tr key={endpoint.id} data-endpoint-url={endpoint.url}>
                    <th scope="row">
                      <Link to={`/projects/${context.projectId}/webhooks/${endpoint.id}`} className="url">
                        {endpoint.url}
                      </Link>
                      {endpoint.description && <div className="muted small">{endpoint.description}</div>}
                    </th>
                    <td data-label="Events">
                      <EventList events={endpoint.events} />
                    </td>
                    <td data-label="Status">
                      <EndpointStatusBadge endpoint={endpoint} />
                    </td>
                    <td data-label="Last delivery">
                      {last ? (
                        <>
                          <DeliveryStatusBadge status={last.status} />{' '}
                          <span className="muted small">{formatRelative(last.createdAt)}</span>
                        </>
                      ) : (
                        <span className="muted">none yet</span>
                      )}
                    </td>
                    <td data-label="Secret">
                      <code className="preview">{endpoint.secretPreview}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {adding && webhooks.data && (
        <EndpointDialog
          projectId={context.projectId}
          types={webhooks.data.webhookEventTypes}
          onClose={() => setAdding(false)}
          onSaved={webhooks.reload}
        />
      )}
    </section>
  );
}
