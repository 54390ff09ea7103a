/**
 * Generates a migration from the difference between the entities and the migrated schema of a
 * scratch database: `npm run migration:create -- <name>`. Add the new class to
 * `src/migrations/index.ts`.
 */
import { ensureDatabase, openOrm } from '../database.js';

const name = process.argv[2] ?? 'change';
const url = process.env.MIGRATION_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey_migrations';
await ensureDatabase(url);
const orm = await openOrm(url);
try {
  await orm.migrator.up();
  const result = await orm.migrator.create('src/migrations', false, false, name);
  console.log(result.diff.up.length === 0 ? 'No changes.' : `Wrote src/migrations/${result.fileName}`);
} finally {
  await orm.close();
}
