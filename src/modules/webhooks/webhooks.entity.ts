import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { Project } from '../projects/projects.entity.js';

/**
 * Where a project's events are sent. The secret is stored sealed (webhook-signature.ts); during a
 * rotation's overlap the previous one signs too, until `previousSecretExpiresAt`.
 */
export const WebhookEndpoint = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoints',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    project: () => p.manyToOne(Project).mapToPk().deleteRule('cascade'),
    url: p.string().length(2048),
    description: p.string().length(500).nullable(),
    /** Event types it receives; empty: every event. */
    events: p.array().default([]),
    enabled: p.boolean().default(true),
    secretSealed: p.text(),
    secretPreview: p.string().length(32),
    previousSecretSealed: p.text().nullable(),
    previousSecretExpiresAt: p.datetime().nullable(),
    /** Since when every attempt has failed (null after a success). */
    failingSince: p.datetime().nullable(),
    consecutiveFailures: p.integer().default(0),
    /** Why it was disabled, when Latchkey disabled it (sustained failures, 410 Gone). */
    disabledReason: p.string().length(200).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['project', 'createdAt'] }],
});
export type WebhookEndpoint = InferEntity<typeof WebhookEndpoint>;

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'RETRYING', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event sent to one endpoint, with its attempts. `body` is the exact JSON sent (and signed) on
 * every attempt. A delivery with no `enqueuedAt` waits for the dispatcher (webhook.worker.ts) to
 * put it on the queue, so the API process never needs the queue: it only writes this row.
 * A redelivery is a new row with the same event id (`webhook-id`) and `redeliveryOf` set.
 */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_deliveries',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    endpoint: () => p.manyToOne(WebhookEndpoint).mapToPk().deleteRule('cascade'),
    projectId: p.uuid(),
    eventId: p.uuid(),
    eventType: p.string().length(64),
    body: p.text(),
    status: p.enum(DELIVERY_STATUSES).default('PENDING'),
    attempts: p.integer().default(0),
    lastAttemptAt: p.datetime().nullable(),
    nextAttemptAt: p.datetime().nullable(),
    responseStatus: p.integer().nullable(),
    durationMs: p.integer().nullable(),
    /** Why the last attempt failed, in words for the log. */
    error: p.string().length(300).nullable(),
    redeliveryOf: p.uuid().nullable(),
    enqueuedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [
    { properties: ['endpoint', 'id'] },
    {
      name: 'webhook_deliveries_dispatch_index',
      expression:
        'create index "webhook_deliveries_dispatch_index" on "webhook_deliveries" ("project_id", "created_at") where "enqueued_at" is null',
    },
    {
      name: 'webhook_deliveries_open_index',
      expression:
        'create index "webhook_deliveries_open_index" on "webhook_deliveries" ("next_attempt_at") where "status" in (\'PENDING\', \'RETRYING\')',
    },
  ],
  uniques: [
    {
      // The relay writes each event's delivery to an endpoint once, whatever happens to it.
      name: 'webhook_deliveries_event_unique',
      expression:
        'create unique index "webhook_deliveries_event_unique" on "webhook_deliveries" ("endpoint_id", "event_id") where "redelivery_of" is null',
    },
  ],
});
export type WebhookDelivery = InferEntity<typeof WebhookDelivery>;
