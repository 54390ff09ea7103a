/**
 * The delivery log of an endpoint, test sends and redeliveries. Both write a PENDING delivery row
 * (with its audit event); the dispatcher in the worker puts it on the queue (webhook.worker.ts).
 */
import type { Context } from '../../graphql/context.js';
import { conflict, notFound, rateLimited } from '../../shared/errors.js';
import { isUuid, uuidv7 } from '../../shared/ids.js';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../../shared/pagination.js';
import { recordAudit } from '../audit/audit.service.js';
import { urlLabel } from './webhook-address.js';
import { TEST_EVENT } from './webhook-events.js';
import { testEventBody } from './webhook-payload.js';
import { WebhookDelivery, type WebhookEndpoint } from './webhooks.entity.js';
import { findVisibleEndpoint } from './webhooks.service.js';

/** A page of an endpoint's deliveries, newest first. */
export async function listDeliveries(
  ctx: Context,
  endpoint: WebhookEndpoint,
  args: PageArgs,
): Promise<Page<WebhookDelivery>> {
  const size = pageSize(args.first);
  const afterId = decodeCursor(args.after);
  const where = { endpoint: endpoint.id };
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(WebhookDelivery, afterId ? { ...where, id: { $lt: afterId } } : where, {
      orderBy: { id: 'desc' },
      limit: size + 1,
    }),
    ctx.em.count(WebhookDelivery, where),
  ]);
  return toPage(rows, size, totalCount);
}

/** Test sends and redeliveries per endpoint per minute: enough to debug, too few to make Latchkey a request cannon. */
export const MANUAL_SENDS_PER_MINUTE = 30;

/** The smallest UUIDv7 of millisecond `ms`: ids sort by time, so `id >= it` means "created since". */
function firstIdAt(ms: number): string {
  const hex = Math.max(0, ms).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

/** The endpoint takes sends (enabled), and a manual one more this minute. */
async function assertMaySend(ctx: Context, endpoint: WebhookEndpoint): Promise<void> {
  if (!endpoint.enabled) throw conflict('The webhook endpoint is disabled: enable it first.');
  const recent = await ctx.em.count(WebhookDelivery, {
    endpoint: endpoint.id,
    id: { $gte: firstIdAt(Date.now() - 60_000) },
    $or: [{ eventType: TEST_EVENT }, { redeliveryOf: { $ne: null } }],
  });
  if (recent >= MANUAL_SENDS_PER_MINUTE) throw rateLimited(60);
}

/** Sends a `webhook.test` event to the endpoint, whatever its filter. */
export async function sendTestWebhook(ctx: Context, endpointId: string): Promise<WebhookDelivery> {
  const endpoint = await findVisibleEndpoint(ctx, endpointId, 'webhooks:write');
  await assertMaySend(ctx, endpoint);
  const eventId = uuidv7();
  const delivery = ctx.em.create(WebhookDelivery, {
    endpoint: endpoint.id,
    projectId: endpoint.project,
    eventId,
    eventType: TEST_EVENT,
    body: testEventBody(eventId, endpoint.project, endpoint.id, new Date()),
  });
  recordAudit(ctx, {
    projectId: endpoint.project,
    action: 'webhook.test_sent',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    targetLabel: urlLabel(endpoint.url),
    summary: { deliveryId: delivery.id, eventId },
  });
  await ctx.em.flush();
  return delivery;
}

/**
 * Sends a delivery's event again as a new delivery: the same body and `webhook-id`, so a
 * receiver that saw it before can tell; fresh attempts and a fresh signature.
 */
export async function redeliverWebhook(ctx: Context, deliveryId: string): Promise<WebhookDelivery> {
  const original = isUuid(deliveryId) ? await ctx.em.findOne(WebhookDelivery, { id: deliveryId }) : null;
  if (!original) throw notFound('Webhook delivery');
  const endpoint = await findVisibleEndpoint(ctx, original.endpoint, 'webhooks:write').catch((error: unknown) => {
    // The endpoint's visibility is the delivery's: name the thing that was asked for.
    throw (error as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND'
      ? notFound('Webhook delivery')
      : error;
  });
  await assertMaySend(ctx, endpoint);
  const delivery = ctx.em.create(WebhookDelivery, {
    endpoint: endpoint.id,
    projectId: endpoint.project,
    eventId: original.eventId,
    eventType: original.eventType,
    body: original.body,
    redeliveryOf: original.id,
  });
  recordAudit(ctx, {
    projectId: endpoint.project,
    action: 'webhook.redelivered',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    targetLabel: urlLabel(endpoint.url),
    summary: {
      deliveryId: delivery.id,
      redeliveryOf: original.id,
      eventId: original.eventId,
      eventType: original.eventType,
    },
  });
  await ctx.em.flush();
  return delivery;
}
