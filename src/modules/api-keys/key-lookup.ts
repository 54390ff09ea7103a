/**
 * A presented key's row and its project's, by the key's hash: what admission reads on a key
 * request the key cache cannot answer (src/auth/admission.ts).
 */
import type { EntityManager } from '../../shared/orm.js';
import type { CatalogEntry } from '../permissions/permission-names.js';
import type { ProjectRecord } from '../projects/projects.entity.js';
import type { KeyRecord } from './api-keys.entity.js';
import { type ColumnKind, RECORD_COLUMNS } from './api-keys.records.js';

/** `KeyRecord` field → its column: the same list as the read records'. */
const KEY_FIELDS = RECORD_COLUMNS satisfies Record<keyof KeyRecord, readonly [string, ColumnKind]>;

const PROJECT_FIELDS = {
  id: ['id', 'value'],
  name: ['name', 'value'],
  plan: ['plan', 'value'],
  createdBy: ['created_by_id', 'value'],
  createdAt: ['created_at', 'date'],
  updatedAt: ['updated_at', 'date'],
  deletedAt: ['deleted_at', 'date'],
} as const satisfies Record<keyof ProjectRecord, readonly [string, ColumnKind]>;

function selectOf(table: string, prefix: string, fields: Record<string, readonly [string, ColumnKind]>): string[] {
  return Object.entries(fields).map(([field, [name, kind]]) => {
    const column = `${table}."${name}"`;
    // Dates as epoch milliseconds and bigints as float8: numbers, with no text to parse.
    const expression =
      kind === 'date'
        ? `(extract(epoch from ${column}) * 1000)::float8`
        : kind === 'number'
          ? `${column}::float8`
          : column;
    return `${expression} as "${prefix}${field}"`;
  });
}

// The project's permission catalog comes along (only when the key holds permissions): admission
// computes the key's closure from it once (src/auth/key-credential.ts).
const CATALOG = `case when cardinality(k."permissions") = 0 then '[]'::json else coalesce((select json_agg(json_build_object('name', c."name", 'implies', c."implies")) from "permissions" c where c."project_id" = k."project_id"), '[]'::json) end as "catalog"`;

const FIND_KEY_BY_HASH = `select ${[...selectOf('k', '', KEY_FIELDS), ...selectOf('p', 'project.', PROJECT_FIELDS), CATALOG].join(', ')}
  from "api_keys" k join "projects" p on p."id" = k."project_id" where k."key_hash" = ? limit 1`;

function recordOf(row: Record<string, unknown>, prefix: string, fields: Record<string, readonly [string, ColumnKind]>) {
  const record: Record<string, unknown> = {};
  for (const [field, [, kind]] of Object.entries(fields)) {
    const value = row[`${prefix}${field}`] ?? null;
    record[field] = kind === 'date' && value !== null ? new Date(value as number) : value;
  }
  return Object.freeze(record);
}

export interface KeyRows {
  key: KeyRecord;
  project: ProjectRecord;
  /** The project's permissions (empty when the key holds none). */
  catalog: readonly CatalogEntry[];
}

/**
 * The key with this hash and its project, in one indexed statement, as frozen records. It skips
 * the ORM (no query builder, no hydration): only the columns the records name.
 */
export async function findKeyByHash(em: EntityManager, keyHash: string): Promise<KeyRows | null> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(FIND_KEY_BY_HASH, [keyHash]);
  const row = rows[0];
  if (!row) return null;
  return {
    key: recordOf(row, '', KEY_FIELDS) as unknown as KeyRecord,
    project: recordOf(row, 'project.', PROJECT_FIELDS) as unknown as ProjectRecord,
    catalog: (row.catalog as CatalogEntry[] | null) ?? [],
  };
}
