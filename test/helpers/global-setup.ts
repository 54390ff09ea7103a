// The modules' entities and GraphQL types load with the database: their decorators need the polyfill.
import 'reflect-metadata';
import pg from 'pg';
import { DATABASE, prepareDatabase } from '../../src/database.js';
import { TEST_DATABASE_URL } from './env.js';

/**
 * Creates and migrates the test database once per run; tests never truncate, they seed fresh rows.
 * A test database that another checkout migrated (a migration this one does not know) is dropped and
 * made anew: its schema is not this code's, and tests against it would fail for reasons of their own.
 */
export default async function setup(): Promise<void> {
  await dropIfForeign(TEST_DATABASE_URL);
  await prepareDatabase(TEST_DATABASE_URL);
}

async function dropIfForeign(databaseUrl: string): Promise<void> {
  const known = new Set(DATABASE.migrations.map((migration) => migration.name));
  const applied = await appliedMigrations(databaseUrl);
  const foreign = applied.filter((name) => !known.has(name));
  if (foreign.length === 0) return;
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    console.warn(`Test database ${name} holds migrations this checkout lacks (${foreign.join(', ')}): recreating it.`);
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/** The names in the database's migration table; none when the database or the table is missing. */
async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch {
    return [];
  }
  try {
    const table = await client.query(`select to_regclass('public.mikro_orm_migrations') as found`);
    if (table.rows[0]?.found === null) return [];
    const rows = await client.query<{ name: string }>('select name from mikro_orm_migrations');
    return rows.rows.map((row) => row.name.replace(/\.[jt]s$/, ''));
  } finally {
    await client.end();
  }
}
