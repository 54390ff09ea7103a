import { type AliasedRawBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { EntityManager } from '../../shared/orm.js';
import { requestStore } from '../../shared/request-store.js';
import type { CreditRefillInterval, KeyEnvironmentName, KeyRecord, KeyStatus } from './api-keys.entity.js';

/**
 * A key as the API reads it: its columns as a plain, read-only object, never managed by the ORM,
 * so a page of keys costs no hydration and no identity map. What every `ApiKey` field resolver
 * takes: read records (lists, creators, rotation links), the `KeyRecord` of authentication
 * (`viewer`, `verifyApiKey`) and the entity a mutation returns all have these fields. The usage
 * totals are not among them: they change with every usage batch, so they are read apart
 * (`loaders.keyUsage`), and a list primes them from the same statement.
 */
// Nullable fields are optional so that entities (whose nullable properties are optional) fit too;
// a read record always has every field, null where the column is.
export interface ApiKeyRecord {
  readonly id: string;
  readonly project: string;
  readonly name: string;
  readonly description?: string | null;
  readonly environment: KeyEnvironmentName;
  readonly keyHash: string;
  readonly preview: string;
  readonly status: KeyStatus;
  readonly isDefault: boolean;
  readonly scopes: readonly string[];
  readonly expiresAt?: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly createdByUser?: string | null;
  readonly createdByKey?: string | null;
  readonly rateLimitPerMinute?: number | null;
  readonly rateLimitPerDay?: number | null;
  readonly rotatedFrom?: string | null;
  readonly rotatedAt?: Date | null;
  readonly graceEndsAt?: Date | null;
  readonly lineageId: string;
  readonly deletedAt?: Date | null;
  readonly permissions: readonly string[];
  readonly meta?: Record<string, unknown> | null;
  readonly externalId?: string | null;
  readonly allowedCidrs: readonly string[];
  readonly creditsRemaining?: number | null;
  readonly creditsRefillAmount?: number | null;
  readonly creditsRefillInterval?: CreditRefillInterval | null;
  readonly creditsPeriod?: string | null;
  readonly creditsVersion: number;
}

/** A key's usage totals (updated in batches by the usage worker). */
export interface KeyUsageTotals {
  readonly usageCount: number;
  readonly lastUsedAt: Date | null;
}

// Authentication's record is one of the shapes the field resolvers take (checked at compile time).
const keyRecordIsReadable = (key: KeyRecord): ApiKeyRecord => key;
void keyRecordIsReadable;

/** How a column arrives: as it is, as a date (epoch milliseconds), or as a number (bigint). */
export type ColumnKind = 'value' | 'date' | 'number';

/**
 * `ApiKeyRecord` field → its column and kind: the one list of what a key record holds, for the
 * read path and for authentication's lookup by hash (key-verification.service.ts).
 */
export const RECORD_COLUMNS = {
  id: ['id', 'value'],
  project: ['project_id', 'value'],
  name: ['name', 'value'],
  description: ['description', 'value'],
  environment: ['environment', 'value'],
  keyHash: ['key_hash', 'value'],
  preview: ['preview', 'value'],
  status: ['status', 'value'],
  isDefault: ['is_default', 'value'],
  scopes: ['scopes', 'value'],
  expiresAt: ['expires_at', 'date'],
  createdAt: ['created_at', 'date'],
  updatedAt: ['updated_at', 'date'],
  createdByUser: ['created_by_user_id', 'value'],
  createdByKey: ['created_by_key_id', 'value'],
  rateLimitPerMinute: ['rate_limit_per_minute', 'value'],
  rateLimitPerDay: ['rate_limit_per_day', 'value'],
  rotatedFrom: ['rotated_from_id', 'value'],
  rotatedAt: ['rotated_at', 'date'],
  graceEndsAt: ['grace_ends_at', 'date'],
  lineageId: ['lineage_id', 'value'],
  deletedAt: ['deleted_at', 'date'],
  permissions: ['permissions', 'value'],
  meta: ['meta', 'value'],
  externalId: ['external_id', 'value'],
  allowedCidrs: ['allowed_cidrs', 'value'],
  creditsRemaining: ['credits_remaining', 'value'],
  creditsRefillAmount: ['credits_refill_amount', 'value'],
  creditsRefillInterval: ['credits_refill_interval', 'value'],
  creditsPeriod: ['credits_period', 'value'],
  creditsVersion: ['credits_version', 'value'],
} as const satisfies Record<keyof ApiKeyRecord, readonly [string, ColumnKind]>;

const USAGE_COLUMNS = {
  usageCount: ['usage_count', 'number'],
  lastUsedAt: ['last_used_at', 'date'],
} as const satisfies Record<keyof KeyUsageTotals, readonly [string, ColumnKind]>;

/** The columns the read queries filter and sort on (selected columns go through `RECORD_COLUMNS`). */
interface ReadDatabase {
  users: { id: string; email: string };
  projects: { id: string; name: string; plan: string; created_by_id: string; created_at: Date; updated_at: Date };
  memberships: { project_id: string; user_id: string | null; role: string; status: string };
  api_keys: {
    id: string;
    project_id: string;
    name: string;
    environment: string;
    status: string;
    scopes: string[];
    expires_at: Date | null;
    grace_ends_at: Date | null;
    rotated_from_id: string | null;
    deleted_at: Date | null;
    external_id: string | null;
  };
}

export type KeyQuery = SelectQueryBuilder<ReadDatabase, 'api_keys', Record<string, unknown>>;

/** A key row with its usage totals, as the read queries select it. */
export interface KeyRow {
  record: ApiKeyRecord;
  usage: KeyUsageTotals;
}

/** Who created a key, as `ApiKey.createdBy` shows them: a user by email, a key by name and preview. */
export interface CreatorRecord {
  readonly type: 'USER' | 'API_KEY';
  readonly id: string;
  readonly label: string;
}

/** A key row of a list's page, with its creator (null when there is none, or it is gone). */
export interface PageRow extends KeyRow {
  creator: CreatorRecord | null;
}

const fields = Object.entries({ ...RECORD_COLUMNS, ...USAGE_COLUMNS }) as [string, readonly [string, ColumnKind]][];

// Dates as epoch milliseconds and bigints as float8: numbers, with no text to parse (the ORM's
// pool hands timestamps over as text). Written once as one piece of SQL: Kysely then compiles one
// node per query instead of three per column.
const SELECTION = sql.raw(
  fields
    .map(([field, [column, kind]]) => {
      const ref = `"api_keys"."${column}"`;
      const expression =
        kind === 'date' ? `(extract(epoch from ${ref}) * 1000)::float8` : kind === 'number' ? `${ref}::float8` : ref;
      return `${expression} as "${field}"`;
    })
    .join(', '),
) as unknown as AliasedRawBuilder<unknown, string>;

// A page's creators in the page's own statement, so that `createdBy` needs no statement and no
// promise per key: the user's email, else the creating key's label (deleted keys included, as
// `loaders.keyRecord` reads them). Subqueries rather than joins: the page's filters name columns
// of "api_keys" unqualified.
const CREATOR_SELECTION = sql.raw(
  [
    `(select "creator_user"."email" from "users" as "creator_user" where "creator_user"."id" = "api_keys"."created_by_user_id") as "creatorEmail"`,
    `(select "creator_key"."name" || ' (' || "creator_key"."preview" || ')' from "api_keys" as "creator_key" where "creator_key"."id" = "api_keys"."created_by_key_id") as "creatorKeyLabel"`,
  ].join(', '),
) as unknown as AliasedRawBuilder<unknown, string>;

type RecordColumns = typeof RECORD_COLUMNS;

/**
 * A row as pg hands `SELECTION` over (Kysely types a raw selection's rows as `Record<string,
 * unknown>`; `selectedRows` names them): dates as epoch milliseconds, every other field as the
 * record holds it, null and never undefined.
 */
type SelectedRow = {
  readonly [F in keyof RecordColumns]-?: RecordColumns[F][1] extends 'date'
    ? null extends ApiKeyRecord[F]
      ? number | null
      : number
    : Exclude<ApiKeyRecord[F], undefined>;
} & { readonly usageCount: number; readonly lastUsedAt: number | null };

/** A page's rows also hold `CREATOR_SELECTION`'s labels. */
type SelectedPageRow = SelectedRow & { readonly creatorEmail: string | null; readonly creatorKeyLabel: string | null };

function selectedRows<Row extends SelectedRow>(rows: Record<string, unknown>[]): Row[] {
  return rows as unknown as Row[];
}

const dateOf = (milliseconds: number | null): Date | null => (milliseconds === null ? null : new Date(milliseconds));

/**
 * A selected row as a frozen record and its usage totals. Written out field by field, which the
 * compiler checks against `ApiKeyRecord` and `SelectedRow` (a field missed, or a date left a
 * number, does not compile): an object literal is built 4–5× faster than one filled in a loop
 * over `RECORD_COLUMNS` (about 0.7 against 3.3 µs a row on Node 24).
 */
function rowOf(row: SelectedRow): KeyRow {
  const record = {
    id: row.id,
    project: row.project,
    name: row.name,
    description: row.description,
    environment: row.environment,
    keyHash: row.keyHash,
    preview: row.preview,
    status: row.status,
    isDefault: row.isDefault,
    scopes: row.scopes,
    expiresAt: dateOf(row.expiresAt),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    createdByUser: row.createdByUser,
    createdByKey: row.createdByKey,
    rateLimitPerMinute: row.rateLimitPerMinute,
    rateLimitPerDay: row.rateLimitPerDay,
    rotatedFrom: row.rotatedFrom,
    rotatedAt: dateOf(row.rotatedAt),
    graceEndsAt: dateOf(row.graceEndsAt),
    lineageId: row.lineageId,
    deletedAt: dateOf(row.deletedAt),
    permissions: row.permissions,
    meta: row.meta,
    externalId: row.externalId,
    allowedCidrs: row.allowedCidrs,
    creditsRemaining: row.creditsRemaining,
    creditsRefillAmount: row.creditsRefillAmount,
    creditsRefillInterval: row.creditsRefillInterval,
    creditsPeriod: row.creditsPeriod,
    creditsVersion: row.creditsVersion,
  } satisfies Required<ApiKeyRecord>;
  return {
    record: Object.freeze(record),
    usage: Object.freeze({ usageCount: row.usageCount, lastUsedAt: dateOf(row.lastUsedAt) }),
  };
}

/**
 * A page's rows with their creators; a creator of several keys is one object. A key created by a
 * user is labelled by the user's email and never by a key, as `createdBy` reads it apart.
 */
function pageRowsOf(rows: SelectedPageRow[]): PageRow[] {
  const creators = new Map<string, CreatorRecord>();
  const creatorOf = (type: CreatorRecord['type'], id: string, label: string | null): CreatorRecord | null => {
    if (label === null) return null;
    const known = creators.get(`${type}:${id}`);
    if (known) return known;
    const creator = Object.freeze({ type, id, label });
    creators.set(`${type}:${id}`, creator);
    return creator;
  };
  return rows.map((row) => {
    const { record, usage } = rowOf(row);
    const creator = record.createdByUser
      ? creatorOf('USER', record.createdByUser, row.creatorEmail)
      : record.createdByKey
        ? creatorOf('API_KEY', record.createdByKey, row.creatorKeyLabel)
        : null;
    return { record, usage, creator };
  });
}

/** The read-only query builder on the request's connection (Kysely, as MikroORM carries it). */
export function readDatabase(em: EntityManager): Kysely<ReadDatabase> {
  return em.getKysely<ReadDatabase>();
}

/**
 * Runs a read query and counts it as one statement of the request (the ORM's `onQuery` hook counts
 * its own; Kysely's go past it), so a request's log line still tells every statement it sent.
 */
export async function readRows<Row>(query: { execute(): Promise<Row[]> }): Promise<Row[]> {
  const store = requestStore.getStore();
  if (store) store.statements += 1;
  return query.execute();
}

/** Keys chosen by `where` (a query on `api_keys`), with their usage totals, in the query's order. */
export async function selectKeyRows(em: EntityManager, where: (query: KeyQuery) => KeyQuery): Promise<KeyRow[]> {
  const query = where(readDatabase(em).selectFrom('api_keys').select(SELECTION) as unknown as KeyQuery);
  return selectedRows(await readRows(query)).map(rowOf);
}

/** A later page of keys (after a cursor `where` applies), with their usage totals and creators. */
export async function selectKeyPage(em: EntityManager, where: (query: KeyQuery) => KeyQuery): Promise<PageRow[]> {
  const query = where(
    readDatabase(em).selectFrom('api_keys').select([SELECTION, CREATOR_SELECTION]) as unknown as KeyQuery,
  );
  return pageRowsOf(selectedRows<SelectedPageRow>(await readRows(query)));
}

/**
 * A first page of keys (no cursor) chosen by `where`, with their usage totals and creators, and
 * how many keys `where` chooses in all, in one statement: the count is a window over the rows
 * before `limit` applies.
 */
export async function selectFirstKeyPage(
  em: EntityManager,
  where: (query: KeyQuery) => KeyQuery,
  limit: number,
): Promise<{ rows: PageRow[]; totalCount: number }> {
  const base = readDatabase(em)
    .selectFrom('api_keys')
    .select([
      SELECTION,
      CREATOR_SELECTION,
      sql<number>`(count(*) over ())::float8`.as('totalCount'),
    ]) as unknown as KeyQuery;
  const rows = await readRows(where(base).orderBy('id', 'desc').limit(limit));
  // No row: nothing matched at all (there is no cursor to skip past), so the count is 0.
  return { rows: pageRowsOf(selectedRows<SelectedPageRow>(rows)), totalCount: Number(rows[0]?.totalCount ?? 0) };
}

/** The emails of these users (the label of a key's creator), by user id. */
export async function selectUserEmails(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await readRows(
    readDatabase(em)
      .selectFrom('users')
      .select(['id', 'email'])
      .where('id', 'in', [...ids]),
  );
  return new Map(rows.map((row) => [row.id, row.email]));
}

/** The number of keys `where` chooses. */
export async function countKeys(em: EntityManager, where: (query: KeyQuery) => KeyQuery): Promise<number> {
  const base = readDatabase(em)
    .selectFrom('api_keys')
    .select(sql<number>`count(*)::float8`.as('count')) as unknown as KeyQuery;
  const [row] = await readRows(where(base));
  return Number(row?.count ?? 0);
}
