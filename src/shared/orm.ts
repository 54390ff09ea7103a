import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { requestStore } from './request-store.js';

export type { EntityManager };
export type MigrationClass = MigrationObject['class'];
export { MikroORM };

/** What the ORM is opened with: the application's entities and migrations (src/database.ts). */
export interface OrmParts {
  entities: readonly EntitySchema[];
  migrations: readonly MigrationClass[];
  /** Runs after migrations, under the migration lock. */
  afterMigrations?: (em: EntityManager) => Promise<void>;
}

export interface OrmSettings {
  /** Most connections the pool opens; default 10. */
  pool?: number;
}

export function ormConfig(databaseUrl: string, parts: OrmParts, settings: OrmSettings = {}) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: [...parts.entities],
    extensions: [Migrator],
    migrations: {
      migrationsList: [...parts.migrations],
      path: 'src/migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: settings.pool ?? 10 },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
    // Counts SQL statements per request, so a test can prove that a page of keys costs the same
    // few statements whatever its size.
    onQuery: (sql) => {
      const store = requestStore.getStore();
      if (store) store.statements += 1;
      return sql;
    },
  });
}

export async function openOrm(databaseUrl: string, parts: OrmParts, settings: OrmSettings = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(databaseUrl, parts, settings));
}

/** Creates the database named in `databaseUrl` when it does not exist yet; true when it created it. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) throw new Error('DATABASE_URL must name a database ([A-Za-z0-9_-]).');
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount !== 0) return false;
    try {
      await client.query(`create database "${name}"`);
      return true;
    } catch (error) {
      // Another process created it between our check and our create.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return false;
    }
  } finally {
    await client.end();
  }
}

const MIGRATION_LOCK = 727_274_001;

/** What `prepareDatabase` did, for the start-up log. */
export interface DatabasePreparation {
  /** The database name (no credentials). */
  name: string;
  created: boolean;
  /** Names of the migrations this call applied, oldest first. */
  migrationsApplied: string[];
}

/**
 * Creates the database if missing, runs pending migrations and syncs the scope catalog, under a
 * PostgreSQL advisory lock so that several processes starting at once migrate exactly once.
 */
export async function prepareDatabase(databaseUrl: string, parts: OrmParts): Promise<DatabasePreparation> {
  const created = await ensureDatabase(databaseUrl);
  let migrationsApplied: string[] = [];
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const orm = await openOrm(databaseUrl, parts);
    try {
      migrationsApplied = (await orm.migrator.up()).map((migration) => migration.name);
      await parts.afterMigrations?.(orm.em.fork());
    } finally {
      await orm.close();
    }
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
  return { name: decodeURIComponent(new URL(databaseUrl).pathname.slice(1)), created, migrationsApplied };
}
