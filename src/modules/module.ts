/**
 * What a domain module contributes to the application, in one object exported by its
 * `index.ts`. `src/modules.ts` lists the modules; the schema, the ORM and the worker runner
 * iterate that list, so adding a module touches only its folder and one line there.
 */
import type { EntitySchema } from '@mikro-orm/core';
import type { Revocation } from '../auth/revocation.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { EntityManager, MigrationClass, MikroORM } from '../shared/orm.js';
import type { RedisConnections } from '../shared/redis.js';
import type { RelayTarget, RelayTargetSource } from './events/event-relay.js';
import type { UsageOptions } from './usage/usage-options.js';

/** A type-graphql resolver class. */
export type ResolverClass = new (...args: never[]) => unknown;

/** graphql-shield rules by type and field. */
export type RuleMap = Record<string, Record<string, unknown>>;

export interface WorkerDependencies {
  config: Config;
  /** Opens the worker's Redis connections (`redis.worker()` for BullMQ). */
  redis: RedisConnections;
  orm: MikroORM;
  logger: Logger;
  options: UsageOptions;
  /** A worker that changes key rows says so here (docs/key-cache.md). */
  revocation: Revocation;
  /** This deployment (redis-prefix-claim.ts): batches of another are never applied. */
  deploymentId: string;
  /** Every module's relay targets (`DomainModule.relayTargets`), for the event relay. */
  relayTargets: readonly RelayTarget[];
}

export interface RunningWorker {
  close(): Promise<void>;
}

export interface DomainModule {
  name: string;
  /**
   * type-graphql resolver classes, loaded only when a schema is built: a worker process never
   * loads the GraphQL layer.
   */
  resolvers?: () => Promise<readonly ResolverClass[]>;
  /** Permissions of the module's types and fields (deny by default: every field needs one). */
  rules?: RuleMap;
  entities?: readonly EntitySchema[];
  /** Migrations of the module's own tables; all modules' run together in name order. */
  migrations?: readonly MigrationClass[];
  /** BullMQ workers this module runs in worker processes. */
  workers?: readonly ((deps: WorkerDependencies) => Promise<RunningWorker>)[];
  /**
   * Where the module wants committed audit events relayed (src/modules/events/event-relay.ts):
   * webhook deliveries, or pub/sub for subscriptions (a factory when it needs a connection).
   */
  relayTargets?: readonly RelayTargetSource[];
  /** Runs after migrations at start, under the migration lock (e.g. syncing a catalog). */
  afterMigrations?: (em: EntityManager) => Promise<void>;
}
