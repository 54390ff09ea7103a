import { useEffect, useRef, useState } from 'react';
import { execute } from '../api/client';
import { useQuery } from '../api/use-query';
import { useTicks } from '../api/use-ticks';
import { CursorPager, type CursorStack } from '../components/cursor-pager';
import { EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { formatDateTime, formatNumber } from '../format';
import { Link, navigate } from '../router';
import {
  RedeliverWebhookMutation,
  SendTestWebhookMutation,
  UpdateWebhookEndpointMutation,
  WebhookEndpointQuery,
} from '../webhooks/documents';
import { DeleteEndpointDialog, EndpointDialog, RotateSecretDialog } from '../webhooks/endpoint-dialogs';
import { DeliveryStatusBadge, EndpointStatusBadge, EventList } from '../webhooks/webhook-badges';
import { ProjectHeader, useProjectOverview } from './project-page';

const PAGE_SIZE = 20;
/** After a send, the log is read again every second until that delivery has an outcome (at most this often). */
const FOLLOW_UP_READS = 15;
/**
 * The first page of the log is read again this often while it is on screen: new deliveries and
 * the outcomes of retries show up without a reload (deliveries have no subscription of their own).
 */
const LOG_REFRESH_MS = 5000;

type OpenDialog = 'edit' | 'rotate' | 'delete' | null;

export function WebhookEndpointPage({ projectId, endpointId }: { projectId: string; endpointId: string }) {
  const { overview, project, context } = useProjectOverview(projectId);
  const [cursors, setCursors] = useState<CursorStack>([null]);
  const [refresh, setRefresh] = useState(0);
  const [open, setOpen] = useState<OpenDialog>(null);
  // Not on a later page (rows would shift under the reader), nor beneath a dialog.
  const ticks = useTicks(LOG_REFRESH_MS, cursors.length === 1 && open === null);
  const detail = useQuery(
    WebhookEndpointQuery,
    { id: endpointId, first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null },
    { refresh: refresh + ticks },
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  // The delivery just sent (a test or a redelivery), followed until it succeeds or fails.
  const [following, setFollowing] = useState<{ id: string; reads: number }>();
  const followed = detail.data?.webhookEndpoint?.deliveries.edges.find((edge) => edge.node.id === following?.id)?.node;
  const followedStatus = followed?.status;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!following) return;
    if ((followedStatus && followedStatus !== 'PENDING') || following.reads >= FOLLOW_UP_READS) {
      setFollowing(undefined);
      return;
    }
    timer.current = setTimeout(() => {
      setFollowing({ id: following.id, reads: following.reads + 1 });
      setRefresh((value) => value + 1);
    }, 1000);
    return () => clearTimeout(timer.current);
  }, [following, followedStatus]);

  if (overview.error) return <ErrorNotice error={overview.error} onRetry={overview.reload} />;
  if (detail.error && !detail.data) return <ErrorNotice error={detail.error} onRetry={detail.reload} />;
  if (!project || !context || !detail.data) return <Loading label="Loading the endpoint…" />;
  const endpoint = detail.data.webhookEndpoint;
  if (!endpoint) {
    return (
      <EmptyState title="Endpoint not found">
        <p>
          It may have been deleted. <Link to={`/projects/${projectId}/webhooks`}>Back to the webhooks</Link>
        </p>
      </EmptyState>
    );
  }
  const canManage = context.held.has('webhooks:write');
  const deliveries = endpoint.deliveries;

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const sent = (id: string, what: string) => {
    setNotice(what);
    setCursors([null]);
    setFollowing({ id, reads: 0 });
    setRefresh((value) => value + 1);
  };

  return (
    <section className="page">
      <ProjectHeader project={project} />
      <p className="breadcrumb">
        <Link to={`/projects/${projectId}/webhooks`}>Webhooks</Link> / endpoint
      </p>
      <div className="card key-summary">
        <div className="key-title">
          <h2 className="url">{endpoint.url}</h2>
          <EndpointStatusBadge endpoint={endpoint} />
        </div>
        {endpoint.description && <p>{endpoint.description}</p>}
        {!endpoint.enabled && endpoint.disabledReason && (
          <div className="notice notice-warning" role="note">
            Latchkey disabled this endpoint: {endpoint.disabledReason} Enable it again once it answers 2xx.
          </div>
        )}
        <dl className="facts">
          <div>
            <dt>Events</dt>
            <dd>
              <EventList events={endpoint.events} />
            </dd>
          </div>
          <div>
            <dt>Signing secret</dt>
            <dd>
              <code className="preview">{endpoint.secretPreview}</code>
              {endpoint.previousSecretExpiresAt &&
                new Date(endpoint.previousSecretExpiresAt).getTime() > Date.now() && (
                  <div className="muted small">
                    the previous secret also signs until {formatDateTime(endpoint.previousSecretExpiresAt)}
                  </div>
                )}
            </dd>
          </div>
          <div>
            <dt>Failing since</dt>
            <dd>{endpoint.failingSince ? formatDateTime(endpoint.failingSince) : 'not failing'}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(endpoint.createdAt)}</dd>
          </div>
        </dl>
        {canManage && (
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy || !endpoint.enabled}
              title={endpoint.enabled ? undefined : 'Enable the endpoint first'}
              onClick={() =>
                act(async () => {
                  const { sendTestWebhook } = await execute(SendTestWebhookMutation, { id: endpoint.id });
                  sent(sendTestWebhook.id, 'Test event sent: its delivery is at the top of the log.');
                })
              }
            >
              Send test event
            </button>
            <button type="button" className="button" onClick={() => setOpen('rotate')}>
              Rotate secret
            </button>
            <button type="button" className="button" onClick={() => setOpen('edit')}>
              Edit
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                act(async () => {
                  await execute(UpdateWebhookEndpointMutation, {
                    input: { id: endpoint.id, enabled: !endpoint.enabled },
                  });
                  setRefresh((value) => value + 1);
                })
              }
            >
              {endpoint.enabled ? 'Disable' : 'Enable'}
            </button>
            <button type="button" className="button button-danger-outline" onClick={() => setOpen('delete')}>
              Delete
            </button>
          </div>
        )}
        <ErrorNotice error={error} />
        {notice && (
          <div className="notice notice-ok" role="status">
            {notice}
          </div>
        )}
      </div>

      <section aria-labelledby="deliveries-heading">
        <div className="section-header">
          <h2 id="deliveries-heading">Deliveries</h2>
          <div className="section-actions">
            <span className="muted">{formatNumber(deliveries.totalCount)} in all</span>
            <button type="button" className="button" onClick={() => setRefresh((value) => value + 1)}>
              Refresh
            </button>
          </div>
        </div>
        {/* A read of the log that failed (the session ended, the server is away): the rows stay as last read. */}
        <ErrorNotice error={detail.error} />
        {deliveries.edges.length === 0 ? (
          <EmptyState title="No deliveries yet">
            <p>Events of the project show up here as they are sent{canManage ? ', and so does a test event' : ''}.</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table stack-on-phone" aria-labelledby="deliveries-heading">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Response</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last attempt</th>
                  <th scope="col">Next attempt</th>
                  {canManage && <th scope="col">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {deliveries.edges.map(({ node: delivery }) => (
                  <tr key={delivery.id} data-delivery-id={delivery.id}>
                    <th scope="row">
                      <code>{delivery.eventType}</code>
                      <div className="muted small" title="webhook-id">
                        {delivery.eventId}
                      </div>
                      {delivery.redeliveryOf && <div className="muted small">redelivery</div>}
                    </th>
                    <td data-label="Status">
                      <DeliveryStatusBadge status={delivery.status} />
                    </td>
                    <td data-label="Response">
                      {delivery.responseStatus != null ? <code>{delivery.responseStatus}</code> : '—'}
                      {delivery.durationMs != null && <span className="muted small"> in {delivery.durationMs} ms</span>}
                      {delivery.error && <div className="small">{delivery.error}</div>}
                    </td>
                    <td data-label="Attempts" className="numeric">
                      {delivery.attempts}
                    </td>
                    <td data-label="Last attempt">{formatDateTime(delivery.lastAttemptAt)}</td>
                    <td data-label="Next attempt">{formatDateTime(delivery.nextAttemptAt)}</td>
                    {canManage && (
                      <td data-label="Actions">
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy || !endpoint.enabled}
                          aria-label={`Redeliver ${delivery.eventType} ${delivery.eventId}`}
                          onClick={() =>
                            act(async () => {
                              const { redeliverWebhook } = await execute(RedeliverWebhookMutation, {
                                deliveryId: delivery.id,
                              });
                              sent(redeliverWebhook.id, `${delivery.eventType} sent again as a new delivery.`);
                            })
                          }
                        >
                          Redeliver
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <CursorPager
          label="Pages of deliveries"
          cursors={cursors}
          setCursors={setCursors}
          pageInfo={deliveries.pageInfo}
        />
      </section>

      {open === 'edit' && (
        <EndpointDialog
          projectId={projectId}
          endpoint={endpoint}
          types={detail.data.webhookEventTypes}
          onClose={() => setOpen(null)}
          onSaved={() => setRefresh((value) => value + 1)}
        />
      )}
      {open === 'rotate' && (
        <RotateSecretDialog
          endpoint={endpoint}
          onClose={() => setOpen(null)}
          onRotated={() => setRefresh((value) => value + 1)}
        />
      )}
      {open === 'delete' && (
        <DeleteEndpointDialog
          endpoint={endpoint}
          onClose={() => setOpen(null)}
          onDeleted={() => navigate(`/projects/${projectId}/webhooks`)}
        />
      )}
    </section>
  );
}
