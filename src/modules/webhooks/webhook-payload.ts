/**
 * Webhook bodies (DESIGN.md section 14): `{"type","timestamp","data"}`, serialized once when the
 * delivery is written and sent byte for byte on every attempt, so every signature covers the same
 * text. `data.id` is the event id, also sent as `webhook-id`. Bodies are built from audit events,
 * whose summaries never hold a secret, or from the test event; nothing else goes in.
 */
import type { RelayedEvent } from '../events/event-relay.js';
import { TEST_EVENT, type WebhookEventType } from './webhook-events.js';

export interface WebhookBody {
  type: WebhookEventType;
  /** When the event happened (ISO 8601); each attempt's own time is `webhook-timestamp`. */
  timestamp: string;
  data: Record<string, unknown>;
}

/** The body of a relayed audit event: who did what to which object, and what changed. */
export function eventBody(type: WebhookEventType, event: RelayedEvent): string {
  const body: WebhookBody = {
    type,
    timestamp: event.createdAt.toISOString(),
    data: {
      id: event.id,
      projectId: event.projectId,
      action: event.action,
      actor: event.actor,
      target: event.target,
      summary: event.summary,
    },
  };
  return JSON.stringify(body);
}

/** The body of a `webhook.test` event. */
export function testEventBody(eventId: string, projectId: string, endpointId: string, at: Date): string {
  const body: WebhookBody = {
    type: TEST_EVENT,
    timestamp: at.toISOString(),
    data: {
      id: eventId,
      projectId,
      endpointId,
      message: 'A test event from Latchkey: your endpoint received and can verify this delivery.',
    },
  };
  return JSON.stringify(body);
}
