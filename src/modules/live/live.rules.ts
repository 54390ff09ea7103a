import { argument, guard, projectScope } from '../../auth/guards.js';
import type { Context } from '../../graphql/context.js';
import { allow } from '../../shared/shield.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { requireUsageAccess } from './live.service.js';

/** usageEvents: a key watching itself, or usage:read in the project (checked again on every event). */
const canWatchUsage = guard('canWatchUsage', async (_parent, args, ctx: Context) => {
  await requireUsageAccess(ctx, String(args.projectId ?? ''), args.apiKeyId ? String(args.apiKeyId) : null);
});

export const liveRules = {
  // Checked when a subscription starts (live.service.ts) and again for every event it sends.
  Subscription: {
    auditEvents: projectScope('audit:read', argument('projectId')),
    usageEvents: canWatchUsage,
    apiKeyChanged: projectScope('keys:read', argument('projectId')),
  },
  // Reached only through usageEvents.
  UsageActivity: { '*': allow },
  ApiKey: { liveConnections: projectScope('keys:read', (parent) => (parent as ApiKey).project, 'API key') },
};
