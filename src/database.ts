/**
 * The application's database: the ORM opened with every module's entities, and start-up's
 * create-and-migrate (src/shared/orm.ts does the work; this file says what with).
 */
import { migrations } from './migrations/index.js';
import { MODULES } from './modules.js';
import type { Config } from './shared/config.js';
import type { Logger } from './shared/logger.js';
import {
  type DatabasePreparation,
  type EntityManager,
  type MigrationClass,
  type MikroORM,
  type OrmParts,
  openOrm as openOrmWith,
  prepareDatabase as prepareDatabaseWith,
} from './shared/orm.js';
import { ReadReplicas } from './shared/read-replicas.js';

export { ensureDatabase } from './shared/orm.js';
export type { DatabasePreparation, EntityManager, MikroORM };

/** The shared migrations (src/migrations) and each module's own, in name order. */
export function allMigrations(): MigrationClass[] {
  const own = MODULES.flatMap((module) => module.migrations ?? []);
  return [...migrations, ...own].sort((a, b) => a.name.localeCompare(b.name));
}

export const DATABASE: OrmParts = {
  entities: MODULES.flatMap((module) => module.entities ?? []),
  migrations: allMigrations(),
  async afterMigrations(em: EntityManager) {
    for (const module of MODULES) await module.afterMigrations?.(em.fork());
  },
};

export function openOrm(databaseUrl: string): Promise<MikroORM> {
  return openOrmWith(databaseUrl, DATABASE);
}

/**
 * The read replicas of `DATABASE_REPLICA_URLS`, each with an ORM of the same entities (opened
 * lazily: nothing connects before the first check). Empty when none is configured.
 */
export async function openReadReplicas(config: Config, logger: Logger): Promise<ReadReplicas> {
  const replicas = await Promise.all(
    config.databaseReplicaUrls.map(async (url) => ({ url, orm: await openOrmWith(url, DATABASE, { pool: 5 }) })),
  );
  return new ReadReplicas(replicas, { maxLagSeconds: config.replicaMaxLagSeconds }, logger);
}

/** Creates the database when missing, migrates it and runs each module's `afterMigrations`. */
export function prepareDatabase(databaseUrl: string): Promise<DatabasePreparation> {
  return prepareDatabaseWith(databaseUrl, DATABASE);
}
