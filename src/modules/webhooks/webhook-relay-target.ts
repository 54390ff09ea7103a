/**
 * The webhooks' relay target: for every relayed audit event that is a webhook event, one
 * delivery row per enabled endpoint of its project that wants it and existed when it happened.
 * Written in the relay's transaction, so each event's deliveries are written exactly once (the
 * unique index on endpoint and event makes a second write impossible anyway). The dispatcher
 * (webhook.worker.ts) then puts them on the queue.
 */
import { sql } from 'kysely';
import { uuidv7 } from '../../shared/ids.js';
import type { RelayedEvent, RelayTarget } from '../events/event-relay.js';
import { endpointWants, webhookEventOf } from './webhook-events.js';
import { eventBody } from './webhook-payload.js';

interface EndpointRow {
  id: string;
  project_id: string;
  events: string[];
  created_at: Date | string;
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  project_id: string;
  event_id: string;
  event_type: string;
  body: string;
}

/** Wakes this process's dispatchers after a commit, so new deliveries leave without waiting a round. */
const dispatcherWakers = new Set<() => void>();

export function onDeliveriesRelayed(wake: () => void): () => void {
  dispatcherWakers.add(wake);
  return () => dispatcherWakers.delete(wake);
}

export const webhookRelayTarget: RelayTarget = {
  name: 'webhooks',

  async relayInTransaction(tx, events) {
    const wanted = events.flatMap((event) => {
      const type = webhookEventOf(event.action);
      return type && event.projectId ? [{ event, type, projectId: event.projectId }] : [];
    });
    if (wanted.length === 0) return;
    const db = tx.getKysely();
    const projectIds = [...new Set(wanted.map((entry) => entry.projectId))];
    const endpoints = await sql<EndpointRow>`select id, project_id, events, created_at from webhook_endpoints
      where project_id in (${sql.join(projectIds)}) and enabled`.execute(db);
    const rows: DeliveryRow[] = [];
    for (const { event, type, projectId } of wanted) {
      for (const endpoint of endpoints.rows) {
        if (endpoint.project_id !== projectId || new Date(endpoint.created_at) > event.createdAt) continue;
        if (!endpointWants(endpoint.events, type)) continue;
        rows.push(deliveryRow(event, type, endpoint.id, projectId));
      }
    }
    if (rows.length === 0) return;
    await sql`insert into webhook_deliveries (id, endpoint_id, project_id, event_id, event_type, body, status, attempts, created_at)
      select r.id, r.endpoint_id, r.project_id, r.event_id, r.event_type, r.body, 'PENDING', 0, now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(id uuid, endpoint_id uuid, project_id uuid, event_id uuid, event_type text, body text)
      on conflict (endpoint_id, event_id) where redelivery_of is null do nothing`.execute(db);
  },

  async afterCommit() {
    for (const wake of dispatcherWakers) wake();
  },
};

function deliveryRow(
  event: RelayedEvent,
  type: NonNullable<ReturnType<typeof webhookEventOf>>,
  endpointId: string,
  projectId: string,
): DeliveryRow {
  return {
    id: uuidv7(),
    endpoint_id: endpointId,
    project_id: projectId,
    event_id: event.id,
    event_type: type,
    body: eventBody(type, event),
  };
}
