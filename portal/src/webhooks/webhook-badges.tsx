import { Badge, type BadgeTone } from '../components/feedback';
import type { WebhookDeliveryStatus } from '../gql/graphql';

const DELIVERY_TONES: Record<WebhookDeliveryStatus, BadgeTone> = {
  PENDING: 'grey',
  SUCCEEDED: 'green',
  RETRYING: 'amber',
  FAILED: 'red',
};

const DELIVERY_WORDS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'pending',
  SUCCEEDED: 'delivered',
  RETRYING: 'retrying',
  FAILED: 'failed',
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return <Badge tone={DELIVERY_TONES[status]}>{DELIVERY_WORDS[status]}</Badge>;
}

export function EndpointStatusBadge({
  endpoint,
}: {
  endpoint: { enabled: boolean; disabledReason?: string | null; failingSince?: string | null };
}) {
  if (!endpoint.enabled) {
    return (
      <Badge tone="red" title={endpoint.disabledReason ?? undefined}>
        disabled
      </Badge>
    );
  }
  if (endpoint.failingSince) return <Badge tone="amber">failing</Badge>;
  return <Badge tone="green">enabled</Badge>;
}

/** The endpoint's events as badges, or "every event". */
export function EventList({ events }: { events: readonly string[] }) {
  if (events.length === 0) return <span className="muted">every event</span>;
  return (
    <span className="badge-list">
      {events.map((name) => (
        <Badge key={name}>{name}</Badge>
      ))}
    </span>
  );
}
