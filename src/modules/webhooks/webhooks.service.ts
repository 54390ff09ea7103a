/**
 * Webhook endpoints: create, update, delete, rotate the secret (DESIGN.md section 14). Each
 * change writes its audit event in the same flush. URLs are checked for form and, unless
 * LATCHKEY_WEBHOOKS_ALLOW_PRIVATE, for public addresses (webhook-address.ts); the check runs
 * again before every attempt.
 */
import type { Context } from '../../graphql/context.js';
import { badUserInput, conflict, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { cleanText } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ScopeName } from '../scopes/scopes.catalog.js';
import { parseWebhookUrl, resolveWebhookAddress, urlLabel, WebhookAddressError } from './webhook-address.js';
import { isWebhookEventType, TEST_EVENT, WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { generateWebhookSecret, sealSecret, secretPreview } from './webhook-signature.js';
import { WebhookEndpoint } from './webhooks.entity.js';

/** Endpoints per project: the list is unpaged, and each event fans out to every endpoint. */
export const MAX_ENDPOINTS_PER_PROJECT = 20;
export const DEFAULT_OVERLAP_SECONDS = 86_400;
export const MAX_OVERLAP_SECONDS = 7 * 86_400;

export interface CreateEndpointInput {
  projectId: string;
  url: string;
  description?: string | null;
  events: string[];
}

export interface UpdateEndpointInput {
  id: string;
  url?: string | null;
  description?: string | null;
  events?: string[] | null;
  enabled?: boolean | null;
}

export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

/** The endpoint `id` in a project where the caller holds `scope`; NOT_FOUND otherwise (or FORBIDDEN). */
export async function findVisibleEndpoint(ctx: Context, id: string, scope: ScopeName): Promise<WebhookEndpoint> {
  const endpoint = isUuid(id) ? await ctx.em.findOne(WebhookEndpoint, { id }) : null;
  if (!endpoint) throw notFound('Webhook endpoint');
  await ctx.access.require(endpoint.project, scope, 'Webhook endpoint');
  return endpoint;
}

/** A project's endpoints, oldest first (at most MAX_ENDPOINTS_PER_PROJECT). */
export function listEndpoints(ctx: Context, projectId: string): Promise<WebhookEndpoint[]> {
  return ctx.em.find(
    WebhookEndpoint,
    { project: projectId },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_ENDPOINTS_PER_PROJECT },
  );
}

/** The URL, trimmed and checked; BAD_USER_INPUT on `url` with the reason. */
async function cleanUrl(ctx: Context, raw: string): Promise<string> {
  const allowPrivate = ctx.config.webhooksAllowPrivate;
  try {
    const url = parseWebhookUrl(raw, allowPrivate);
    await resolveWebhookAddress(url, allowPrivate);
    return url.toString();
  } catch (error) {
    if (error instanceof WebhookAddressError) throw badUserInput('url', error.message);
    throw error;
  }
}

/** Known event types, without duplicates, in catalog order; `webhook.test` is always sent and not chosen. */
function cleanEvents(events: readonly string[]): string[] {
  for (const name of events) {
    if (!isWebhookEventType(name) || name === TEST_EVENT) {
      throw badUserInput('events', `Unknown event type "${name.slice(0, 64)}": see the webhookEventTypes query.`);
    }
  }
  const chosen = new Set(events);
  return WEBHOOK_EVENT_TYPES.filter((name) => chosen.has(name));
}

function cleanDescription(description: string | null | undefined): string | null {
  if (description == null) return null;
  return cleanText('description', description, { max: 500 }) || null;
}

export async function createEndpoint(ctx: Context, input: CreateEndpointInput): Promise<EndpointWithSecret> {
  // 1. authorize (the rule checked it too; the service does not rely on it)
  await ctx.access.require(input.projectId, 'webhooks:write');
  // 2. validate
  const events = cleanEvents(input.events);
  const description = cleanDescription(input.description);
  const url = await cleanUrl(ctx, input.url);
  const existing = await ctx.em.count(WebhookEndpoint, { project: input.projectId });
  if (existing >= MAX_ENDPOINTS_PER_PROJECT) {
    throw conflict(`A project has at most ${MAX_ENDPOINTS_PER_PROJECT} webhook endpoints; delete one first.`);
  }
  // 3. write, with its audit event
  const secret = generateWebhookSecret();
  const endpoint = ctx.em.create(WebhookEndpoint, {
    project: input.projectId,
    url,
    description,
    events,
    enabled: true,
    secretSealed: sealSecret(secret, ctx.config.secret),
    secretPreview: secretPreview(secret),
  });
  recordAudit(ctx, {
    projectId: input.projectId,
    action: 'webhook.created',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    targetLabel: urlLabel(url),
    summary: { after: { url: urlLabel(url), events, description } },
  });
  await ctx.em.flush();
  return { endpoint, secret };
}

const sameEvents = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, index) => name === b[index]);

export async function updateEndpoint(ctx: Context, input: UpdateEndpointInput): Promise<WebhookEndpoint> {
  const endpoint = await findVisibleEndpoint(ctx, input.id, 'webhooks:write');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const change = (field: string, from: unknown, to: unknown) => {
    before[field] = from;
    after[field] = to;
  };
  if (input.url != null) {
    const url = await cleanUrl(ctx, input.url);
    if (url !== endpoint.url) {
      change('url', urlLabel(endpoint.url), urlLabel(url));
      endpoint.url = url;
    }
  }
  if (input.description !== undefined && input.description !== null) {
    const description = cleanDescription(input.description);
    if (description !== endpoint.description) {
      change('description', endpoint.description, description);
      endpoint.description = description;
    }
  }
  if (input.events != null) {
    const events = cleanEvents(input.events);
    if (!sameEvents(events, endpoint.events)) {
      change('events', endpoint.events, events);
      endpoint.events = events;
    }
  }
  if (input.enabled != null && input.enabled !== endpoint.enabled) {
    change('enabled', endpoint.enabled, input.enabled);
    endpoint.enabled = input.enabled;
    // Enabled again by a person: a fresh start, whatever made it fail before.
    endpoint.disabledReason = null;
    endpoint.failingSince = null;
    endpoint.consecutiveFailures = 0;
  }
  if (Object.keys(after).length === 0) return endpoint;
  recordAudit(ctx, {
    projectId: endpoint.project,
    action: 'webhook.updated',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    targetLabel: urlLabel(endpoint.url),
    summary: { before, after },
  });
  await ctx.em.flush();
  return endpoint;
}

/** Deletes the endpoint and its delivery log; deliveries in flight are dropped. */
export async function deleteEndpoint(ctx: Context, id: string): Promise<{ id: string }> {
  const endpoint = await findVisibleEndpoint(ctx, id, 'webhooks:write');
  recordAudit(ctx, {
    projectId: endpoint.project,
    action: 'webhook.deleted',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    targetLabel: urlLabel(endpoint.url),
    summary: { before: { url: urlLabel(endpoint.url), events: endpoint.events } },
  });
  ctx.em.remove(endpoint);
  await ctx.em.flush();
  return { id: endpoint.id };
}

/**
 * Replaces the signing secret. For `overlapSeconds` the previous secret signs too, so receivers
 * can switch without missing a delivery; a second rotation drops the older one at once.
 */
export async function rotateSecret(
  ctx: Context,
  input: { id: string; overlapSeconds?: number | null },
): Promise<EndpointWithSecret> {
  const endpoint = await findVisibleEndpoint(ctx, input.id, 'webhooks:write');
  const overlapSeconds = input.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS;
  if (!Number.isInteger(overlapSeconds) || overlapSeconds < 0 || overlapSeconds > MAX_OVERLAP_SECONDS) {
    throw badUserInput('overlapSeconds', `overlapSeconds must be between 0 and ${MAX_OVERLAP_SECONDS} (7 days).`);
  }
  const secret = generateWebhookSecret();
  endpoint.previousSecretSealed = overlapSeconds > 0 ? endpoint.secretSealed : null;
  endpoint.previousSecretExpiresAt = overlapSeconds > 0 ? new Date(Date.now() + overlapSeconds * 1000) : null;
  endpoint.secretSealed = sealSecret(secret, ctx.config.secret);
  endpoint.secretPreview = secretPreview(secret);
  recordAudit(ctx, {
    projectId: endpoint.project,
    action: 'webhook.secret_rotated',
    targetType: 'webhook_endpoint',
    targetId: endpoint.id,
    targetLabel: urlLabel(endpoint.url),
    summary: { overlapSeconds, previousSecretExpiresAt: endpoint.previousSecretExpiresAt?.toISOString() ?? null },
  });
  await ctx.em.flush();
  return { endpoint, secret };
}
