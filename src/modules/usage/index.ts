import type { DomainModule } from '../module.js';
import { UsageActivity, UsageBatch, UsageStat } from './usage.entity.js';
import { ApiKeyUsageResolver, ProjectUsageResolver, ViewerUsageResolver } from './usage.resolver.js';
import { usageRules } from './usage.rules.js';
import { startUsageWorker } from './usage.worker.js';

/** Usage events, their aggregation into statistics, and the reports. */
export const usageModule: DomainModule = {
  name: 'usage',
  resolvers: [ProjectUsageResolver, ApiKeyUsageResolver, ViewerUsageResolver],
  rules: usageRules,
  entities: [UsageStat, UsageActivity, UsageBatch],
  workers: [startUsageWorker],
};
