import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requestLoader } from '../../graphql/loaders.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { ApiKeyObject } from '../api-keys/api-keys.types.js';
import { AuditEventObject } from '../audit/audit.types.js';
import { subscribeApiKeyChanges, subscribeAuditEvents, subscribeUsageEvents } from './live.service.js';
import { UsageActivityObject } from './live.types.js';
import type { LiveAuditEvent } from './live-feed.js';

interface SubscribeData {
  args: Record<string, unknown>;
  context: Context;
}

/** Subscriptions over WebSocket (graphql-transport-ws on /graphql, docs/subscriptions.md). */
@Resolver()
export class LiveResolver {
  @Subscription(() => AuditEventObject, {
    description: "The project's audit events as they are committed (needs audit:read).",
    subscribe: ({ args, context }: SubscribeData) => subscribeAuditEvents(context, String(args.projectId)),
  })
  auditEvents(
    @Root() event: LiveAuditEvent,
    @Arg('projectId', () => ID, { description: 'The project.' }) _projectId: string,
  ): LiveAuditEvent {
    return event;
  }

  @Subscription(() => UsageActivityObject, {
    description:
      "Each metered request of the project's keys, or of one key, as it happens (needs usage:read; a key may watch its own usage without it).",
    subscribe: ({ args, context }: SubscribeData) =>
      subscribeUsageEvents(context, String(args.projectId), args.apiKeyId ? String(args.apiKeyId) : null),
  })
  usageEvents(
    @Root() activity: UsageActivityObject,
    @Arg('projectId', () => ID, { description: 'The project.' }) _projectId: string,
    @Arg('apiKeyId', () => ID, { nullable: true, description: 'Only this key (a key may name itself).' })
    _apiKeyId: string | null,
  ): UsageActivityObject {
    return activity;
  }

  @Subscription(() => ApiKeyObject, {
    description:
      'A key of the project as it is after each change to it: created, updated, rotated, deactivated, reactivated, deleted, expired (needs keys:read).',
    subscribe: ({ args, context }: SubscribeData) => subscribeApiKeyChanges(context, String(args.projectId)),
  })
  apiKeyChanged(
    @Root() key: ApiKey,
    @Arg('projectId', () => ID, { description: 'The project.' }) _projectId: string,
  ): ApiKey {
    return key;
  }
}

/** Each key's open connections, for every key of the request in one Redis round trip. */
const liveConnectionsOf = requestLoader(
  (ctx: Context) =>
    new DataLoader<string, number>(async (keyIds) => {
      const counts = await ctx.live?.connections.countOf(keyIds);
      return keyIds.map((id) => counts?.get(id) ?? 0);
    }),
);

@Resolver(() => ApiKeyObject)
export class ApiKeyLiveResolver {
  @FieldResolver(() => Int, {
    description: 'Open WebSocket connections made with this key, over every API process.',
  })
  liveConnections(@Root() key: ApiKey, @Ctx() ctx: Context): number | Promise<number> {
    if (!ctx.live) return 0;
    return liveConnectionsOf(ctx).load(key.id);
  }
}
