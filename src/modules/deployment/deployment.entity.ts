import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * The one row that names this deployment (this database): its id holds the Redis prefix while
 * the deployment runs (src/modules/deployment/redis-prefix-claim.ts). Written by a migration.
 */
export const Deployment = defineEntity({
  name: 'Deployment',
  tableName: 'deployments',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
  },
});
export type Deployment = InferEntity<typeof Deployment>;
