/**
 * The webhook event catalog (DESIGN.md section 14): the one list the `webhookEventTypes` query,
 * the endpoints' filters, the relay and the portal's checkboxes read. An event type is the audit
 * action of the same name; `webhook.test` comes only from `sendTestWebhook`.
 */
export const WEBHOOK_EVENT_TYPES = [
  'key.created',
  'key.updated',
  'key.rotated',
  'key.deactivated',
  'key.reactivated',
  'key.deleted',
  'key.expiring',
  'key.expired',
  'key.leaked',
  'member.invited',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'project.updated',
  'usage.rate_limited',
  'usage.credits_exhausted',
  'webhook.test',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const TEST_EVENT: WebhookEventType = 'webhook.test';

export const WEBHOOK_EVENT_DESCRIPTIONS: Readonly<Record<WebhookEventType, string>> = {
  'key.created': 'An API key was created (also the replacement of a rotation, and a project’s default key).',
  'key.updated': 'An API key’s name, description, scopes, expiry or limits changed.',
  'key.rotated': 'An API key was rotated: a replacement was issued and the old key has a grace period.',
  'key.deactivated': 'An API key was deactivated.',
  'key.reactivated': 'An API key was reactivated.',
  'key.deleted': 'An API key was deleted.',
  'key.expiring': 'An API key expires in 7 days or in 1 day.',
  'key.expired': 'An API key expired.',
  'key.leaked': 'An API key was reported leaked and is refused from now on.',
  'member.invited': 'Someone was invited to the project.',
  'member.joined': 'An invitee accepted and joined the project.',
  'member.role_changed': 'A member’s role changed.',
  'member.removed': 'A member was removed, or an invitation withdrawn.',
  'project.updated': 'The project was renamed or its plan changed.',
  'usage.rate_limited': 'A key got its first 429 in a rate-limit window.',
  'usage.credits_exhausted': 'A key used up its credits.',
  'webhook.test': 'A test event sent with sendTestWebhook; always delivered, whatever the endpoint’s filter.',
};

const BY_NAME = new Set<string>(WEBHOOK_EVENT_TYPES);

export function isWebhookEventType(value: string): value is WebhookEventType {
  return BY_NAME.has(value);
}

/** The webhook event an audit action raises, or null (sessions, sign-ups, webhook changes). */
export function webhookEventOf(action: string): WebhookEventType | null {
  return action !== TEST_EVENT && isWebhookEventType(action) ? action : null;
}

/** Whether an endpoint subscribed to `filter` receives `type`: an empty filter means every event. */
export function endpointWants(filter: readonly string[], type: WebhookEventType): boolean {
  return type === TEST_EVENT || filter.length === 0 || filter.includes(type);
}
