import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toConnection } from '../../shared/pagination.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { ApiKeyObject, RateLimitState } from '../api-keys/api-keys.types.js';
import type { Project } from '../projects/projects.entity.js';
import { DeletedProjectObject, ProjectObject } from '../projects/projects.types.js';
import type { RateLimitSnapshot } from '../rate-limits/rate-limiter.js';
import { ViewerObject } from '../users/users.types.js';
import { keyLineage, listActivity, projectUsageSubject, usageReport } from './usage.service.js';
import { ActivityArgs, ActivityConnection, ProjectUsageArgs, UsageArgs, UsageReportObject } from './usage.types.js';

@Resolver(() => ProjectObject)
export class ProjectUsageResolver {
  @FieldResolver(() => UsageReportObject, {
    nullable: true,
    description:
      'Usage of the project’s keys over a range (default: the last 24 hours; LIVE keys unless `environment` says TEST; a TEST key reads TEST usage only). Needs usage:read (null with a FORBIDDEN error without it).',
  })
  usage(@Root() project: Project, @Args(() => ProjectUsageArgs) args: ProjectUsageArgs, @Ctx() ctx: Context) {
    return usageReport(ctx, projectUsageSubject(ctx, project.id, args.environment), args);
  }
}

@Resolver(() => DeletedProjectObject)
export class DeletedProjectUsageResolver {
  @FieldResolver(() => UsageReportObject, {
    description:
      'Usage of the project’s keys over a range, as kept until the purge (default: the last 24 hours; LIVE keys unless `environment` says TEST).',
  })
  usage(@Root() project: Project, @Args(() => ProjectUsageArgs) args: ProjectUsageArgs, @Ctx() ctx: Context) {
    return usageReport(ctx, projectUsageSubject(ctx, project.id, args.environment), args);
  }
}

@Resolver(() => ApiKeyObject)
export class ApiKeyUsageResolver {
  @FieldResolver(() => UsageReportObject, {
    nullable: true,
    description:
      'Usage of this key, including the keys it was rotated from (default: the last 24 hours). The key itself may read it; others need usage:read (null with a FORBIDDEN error without it).',
  })
  async usage(@Root() key: ApiKey, @Args(() => UsageArgs) args: UsageArgs, @Ctx() ctx: Context) {
    return usageReport(ctx, { keyIds: await keyLineage(ctx, key.id) }, args);
  }

  @FieldResolver(() => ActivityConnection.Connection, {
    nullable: true,
    description:
      'Recent requests of this key and the keys it was rotated from, newest first (at least the last 7 days). The key itself may read it; others need usage:read (null with a FORBIDDEN error without it).',
  })
  async recentActivity(@Root() key: ApiKey, @Args(() => ActivityArgs) args: ActivityArgs, @Ctx() ctx: Context) {
    return toConnection(await listActivity(ctx, await keyLineage(ctx, key.id), args));
  }
}

@Resolver(() => ViewerObject)
export class ViewerUsageResolver {
  @FieldResolver(() => RateLimitState, {
    nullable: true,
    description:
      'For a key: its rate-limit window right after this request (the tightest of minute and day). Null for sessions and unlimited keys.',
  })
  rateLimit(@Ctx() ctx: Context): RateLimitSnapshot | null {
    return ctx.caller.kind === 'key' ? (ctx.usage?.rateLimit ?? null) : null;
  }
}
