/**
 * The subscriptions (DESIGN.md section 14): each checks, when it starts, what the matching query
 * field checks (UNAUTHENTICATED, NOT_FOUND for another tenant's project, FORBIDDEN for a missing
 * scope; the WebSocket closes with 4401/4403, src/http/live-connections.ts), then listens to its
 * live channel. The same graphql-shield rules guard every event again, with the connection's
 * caller as it is now (a scope removed from the key stops the events): before each event the
 * context is renewed (`ctx.renew`: a fresh EntityManager, loaders, access and shield cache).
 * Each ends with its project: once the project's deletion is relayed, the subscription completes
 * rather than wait for events of a project that is gone (a key's connection has closed by then:
 * the deletion refuses the project's keys at once; a member's session or token stays open).
 */
import type { Context } from '../../graphql/context.js';
import { notFound, subscriptionNeedsWebSocket } from '../../shared/errors.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { confinedEnvironment, findVisibleKey } from '../api-keys/api-keys.service.js';
import type { UsageActivityObject } from './live.types.js';
import { auditEventsOf, type LiveAuditEvent, type LiveFeed, usageEventsOf } from './live-feed.js';

function feedOf(ctx: Context): LiveFeed {
  if (!ctx.live?.feed) throw subscriptionNeedsWebSocket();
  return ctx.live.feed;
}

/**
 * `auditEvents(projectId)`: the project's audit events as they are committed (audit:read). The
 * project's deletion is the last, answered NOT_FOUND by its rules like any read of a deleted project.
 */
export async function subscribeAuditEvents(ctx: Context, projectId: string): Promise<AsyncIterable<LiveAuditEvent>> {
  await ctx.access.require(projectId, 'audit:read');
  return feedOf(ctx).listen(
    'events',
    (message) => {
      const events = auditEventsOf(message).filter((event) => event.projectId === projectId);
      if (events.length > 0) ctx.renew?.();
      return events;
    },
    { endsWithProject: projectId },
  );
}

/** Whether the caller is the key `apiKeyId` of `projectId` (the partner's own live view). */
export function isOwnUsage(ctx: Context, projectId: string, apiKeyId: string | null | undefined): boolean {
  return ctx.caller.kind === 'key' && ctx.caller.key.id === apiKeyId && ctx.caller.key.project === projectId;
}

/** Checks `usageEvents(projectId, apiKeyId)`: a key for itself, else usage:read (and the key visible). */
export async function requireUsageAccess(ctx: Context, projectId: string, apiKeyId: string | null): Promise<void> {
  if (isOwnUsage(ctx, projectId, apiKeyId)) return;
  await ctx.access.require(projectId, 'usage:read');
  if (apiKeyId && (await findVisibleKey(ctx, apiKeyId)).project !== projectId) throw notFound('API key');
}

/**
 * `usageEvents(projectId, apiKeyId)`: each metered request of the project's keys (or of one),
 * about a quarter second after it. A TEST key sees TEST usage only.
 */
export async function subscribeUsageEvents(
  ctx: Context,
  projectId: string,
  apiKeyId: string | null,
): Promise<AsyncIterable<UsageActivityObject>> {
  await requireUsageAccess(ctx, projectId, apiKeyId);
  const confined = confinedEnvironment(ctx);
  return feedOf(ctx).listen(
    'usage',
    (message) => {
      const events = usageEventsOf(message).filter(
        (event) =>
          event.projectId === projectId &&
          (!apiKeyId || event.keyId === apiKeyId) &&
          (!confined || event.environment === confined),
      );
      if (events.length > 0) ctx.renew?.();
      return events.map((event) => ({
        id: event.id,
        apiKeyId: event.keyId,
        operation: event.operation,
        operationType: event.operationType,
        outcome: event.outcome,
        durationMs: event.durationMs,
        clientAddress: event.clientAddress,
        createdAt: new Date(event.at),
      }));
    },
    { endsWithProject: projectId },
  );
}

/**
 * `apiKeyChanged(projectId)`: a key of the project as it is after each change to it (created,
 * updated, rotated, deactivated, deleted, expired …), read fresh (keys:read).
 */
export async function subscribeApiKeyChanges(ctx: Context, projectId: string): Promise<AsyncIterable<ApiKey>> {
  await ctx.access.require(projectId, 'keys:read');
  return feedOf(ctx).listen(
    'events',
    async (message) => {
      const changed = auditEventsOf(message).filter(
        (event) => event.projectId === projectId && event.targetType === 'api_key',
      );
      if (changed.length === 0) return [];
      // Each event is read on a fresh EntityManager: a long-lived subscription must not see its first reads.
      ctx.renew?.();
      const confined = confinedEnvironment(ctx);
      const keys: ApiKey[] = [];
      for (const event of changed) {
        const key = await ctx.loaders.apiKey.load(event.targetId);
        if (key && key.project === projectId && (!confined || key.environment === confined)) keys.push(key);
      }
      return keys;
    },
    { endsWithProject: projectId },
  );
}
