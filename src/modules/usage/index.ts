import { Migration20261202235708_usage_notices } from '../../migrations/Migration20261202235708_usage_notices.js';
import { Migration20261203061300_activity_partitions } from '../../migrations/Migration20261203061300_activity_partitions.js';
import type { DomainModule } from '../module.js';
import { UsageActivity, UsageBatch, UsageNotice, UsageStat } from './usage.entity.js';
import { usageRules } from './usage.rules.js';
import { startUsageWorker } from './usage.worker.js';

/** Usage events, their aggregation into statistics, and the reports. */
export const usageModule: DomainModule = {
  name: 'usage',
  resolvers: async () => {
    const { ApiKeyUsageResolver, DeletedProjectUsageResolver, ProjectUsageResolver, ViewerUsageResolver } =
      await import('./usage.resolver.js');
    return [ProjectUsageResolver, ApiKeyUsageResolver, ViewerUsageResolver, DeletedProjectUsageResolver];
  },
  rules: usageRules,
  entities: [UsageStat, UsageActivity, UsageBatch, UsageNotice],
  migrations: [Migration20261202235708_usage_notices, Migration20261203061300_activity_partitions],
  workers: [startUsageWorker],
};
