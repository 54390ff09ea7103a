import DataLoader from 'dataloader';
import { ApiKey } from '../modules/api-keys/api-keys.entity.js';
import {
  type ApiKeyRecord,
  type CreatorRecord,
  type KeyUsageTotals,
  selectKeyRows,
  selectUserEmails,
} from '../modules/api-keys/api-keys.records.js';
import type { Role } from '../modules/members/roles.js';
import { Membership, Project, type ProjectRecord } from '../modules/projects/projects.entity.js';
import { selectActiveRoles, selectProjectRecords } from '../modules/projects/projects.records.js';
import { Scope } from '../modules/scopes/scopes.entity.js';
import { User } from '../modules/users/users.entity.js';
import { isUuid } from '../shared/ids.js';
import type { EntityManager } from '../shared/orm.js';

/**
 * Per-request DataLoaders for every relation a list resolves, so a page of keys costs the same
 * few SQL statements whatever its size. Created fresh for each request: nothing is cached across
 * requests, so a revoked key or a changed role is seen on the very next request.
 */
export interface Loaders {
  user: DataLoader<string, User | null>;
  project: DataLoader<string, Project | null>;
  /** A project as a read record (what queries answer; mutations load the entity). */
  projectRecord: DataLoader<string, ProjectRecord | null>;
  /** Includes deleted keys; callers decide whether a deleted key may be shown. */
  apiKey: DataLoader<string, ApiKey | null>;
  /** A key as a read record, deleted keys included (its usage totals prime `keyUsage`). */
  keyRecord: DataLoader<string, ApiKeyRecord | null>;
  /** The key that replaced this one by rotation, if any, as a read record. */
  replacement: DataLoader<string, ApiKeyRecord | null>;
  /** A key's usage totals by key id (zero for an unknown key); read them through `usageOf`. */
  keyUsage: DataLoader<string, KeyUsageTotals>;
  /**
   * A key's usage totals: at once when a read of this request already holds them (a list's
   * statement primes them), else through `keyUsage`. A page's fields then need no promise each.
   */
  usageOf(id: string): KeyUsageTotals | Promise<KeyUsageTotals>;
  /** Primes `keyUsage` (and `usageOf`) with totals read along with a key, unless already asked for. */
  primeUsage(id: string, usage: KeyUsageTotals): void;
  /**
   * A key's creator when a list's statement of this request read it (its `createdBy` then needs
   * no promise); undefined otherwise: read it through `userEmail` or `keyRecord`.
   */
  knownCreator(keyId: string): CreatorRecord | null | undefined;
  /** Records a key's creator as a list's statement read it (a key's creator never changes). */
  primeCreator(keyId: string, creator: CreatorRecord | null): void;
  /** A user's email (the label of a key's creator), read without hydration. */
  userEmail: DataLoader<string, string | null>;
  /** Members and pending invitations (`status` tells them apart), oldest first. */
  membersOfProject: DataLoader<string, Membership[]>;
  /**
   * Role of a user in a project, keyed `${projectId}:${userId}`; only an ACTIVE membership has one.
   * Its statement also reads the project of each role it finds, and primes `projectRecord` with it.
   */
  role: DataLoader<string, Role | null>;
  /**
   * The role `role` has already settled on for this pair, read synchronously; undefined while it
   * has not been asked for, is being read, or was cleared (what `role.load` would answer next).
   */
  knownRole(pair: string): Role | null | undefined;
  scope: DataLoader<string, Scope | null>;
}

/** Only well-formed ids reach PostgreSQL (a malformed uuid would be a driver error, not "not found"). */
function uuids(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}

function byKey<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}

const NO_USAGE: KeyUsageTotals = Object.freeze({ usageCount: 0, lastUsedAt: null });

/** `uuids`, never empty (`in ()` is not SQL): a nil uuid matches no row. */
function uuidsOrNone(ids: readonly string[]): string[] {
  const valid = uuids(ids);
  return valid.length > 0 ? valid : ['00000000-0000-0000-0000-000000000000'];
}

/**
 * DataLoader's cache (the same entries: a `prime` or `clear` shows at once) that also holds the
 * value each cached load settled on, readable without a promise.
 */
class SettledCache<K, V> extends Map<K, Promise<V>> {
  private readonly settledValues = new WeakMap<Promise<V>, V>();

  override set(key: K, promise: Promise<V>): this {
    super.set(key, promise);
    // A rejected load is left unsettled here; its caller handles the rejection.
    promise.then(
      (value) => this.settledValues.set(promise, value),
      () => undefined,
    );
    return this;
  }

  /** The value the cached load of `key` settled on; undefined when there is none (yet). */
  settled(key: K): V | undefined {
    const promise = this.get(key);
    return promise ? this.settledValues.get(promise) : undefined;
  }
}

/**
 * A module's own per-request DataLoader, made by `make` on its first use in a request and kept as
 * long as the request's `loaders` (a subscription renews them per event): a module batches its
 * fields without a line here.
 */
export function requestLoader<C extends { loaders: Loaders }, K, V>(
  make: (ctx: C) => DataLoader<K, V>,
): (ctx: C) => DataLoader<K, V> {
  const made = new WeakMap<Loaders, DataLoader<K, V>>();
  return (ctx) => {
    let loader = made.get(ctx.loaders);
    if (!loader) {
      loader = make(ctx);
      made.set(ctx.loaders, loader);
    }
    return loader;
  };
}

export function createLoaders(em: EntityManager): Loaders {
  /** Usage totals held at once (primed), and ids already asked of `keyUsage`: DataLoader's own cache, readable synchronously. */
  const knownUsage = new Map<string, KeyUsageTotals>();
  const requestedUsage = new Set<string>();
  const roles = new SettledCache<string, Role | null>();
  const creators = new Map<string, CreatorRecord | null>();
  const loaders: Loaders = {
    knownRole: (pair) => roles.settled(pair),
    knownCreator: (keyId) => creators.get(keyId),
    primeCreator(keyId, creator) {
      creators.set(keyId, creator);
    },
    usageOf(id) {
      const known = knownUsage.get(id);
      if (known) return known;
      requestedUsage.add(id);
      return loaders.keyUsage.load(id);
    },
    primeUsage(id, usage) {
      // DataLoader's `prime` keeps what it already has; so does this.
      if (knownUsage.has(id) || requestedUsage.has(id)) return;
      knownUsage.set(id, usage);
      loaders.keyUsage.prime(id, usage);
    },
    user: new DataLoader(async (ids) => {
      const rows = byKey(await em.find(User, { id: { $in: uuids(ids) } }), (row) => row.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    project: new DataLoader(async (ids) => {
      const rows = byKey(await em.find(Project, { id: { $in: uuids(ids) } }), (row) => row.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    projectRecord: new DataLoader(async (ids) => {
      const records = await selectProjectRecords(em, uuidsOrNone(ids));
      return ids.map((id) => records.get(id) ?? null);
    }),
    apiKey: new DataLoader(async (ids) => {
      const rows = byKey(await em.find(ApiKey, { id: { $in: uuids(ids) } }), (row) => row.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    keyRecord: new DataLoader(async (ids) => {
      const rows = await selectKeyRows(em, (query) => query.where('id', 'in', uuidsOrNone(ids)));
      for (const row of rows) loaders.primeUsage(row.record.id, row.usage);
      const map = byKey(rows, (row) => row.record.id);
      return ids.map((id) => map.get(id)?.record ?? null);
    }),
    replacement: new DataLoader(async (ids) => {
      const rows = await selectKeyRows(em, (query) => query.where('rotated_from_id', 'in', uuidsOrNone(ids)));
      for (const row of rows) loaders.primeUsage(row.record.id, row.usage);
      const map = byKey(rows, (row) => row.record.rotatedFrom as string);
      return ids.map((id) => map.get(id)?.record ?? null);
    }),
    userEmail: new DataLoader(async (ids) => {
      const emails = await selectUserEmails(em, uuidsOrNone(ids));
      return ids.map((id) => emails.get(id) ?? null);
    }),
    keyUsage: new DataLoader(async (ids) => {
      const rows = await selectKeyRows(em, (query) => query.where('id', 'in', uuidsOrNone(ids)));
      const map = byKey(rows, (row) => row.record.id);
      return ids.map((id) => map.get(id)?.usage ?? NO_USAGE);
    }),
    membersOfProject: new DataLoader(async (projectIds) => {
      const rows = await em.find(
        Membership,
        { project: { $in: uuids(projectIds) } },
        { orderBy: { createdAt: 'asc' } },
      );
      return projectIds.map((id) => rows.filter((row) => row.project === id));
    }),
    role: new DataLoader(
      async (pairs) => {
        const split = pairs.map((pair) => pair.split(':') as [string, string]);
        // A deleted project grants nothing to anyone (selectActiveRoles leaves it out).
        const found = await selectActiveRoles(
          em,
          uuidsOrNone([...new Set(split.map(([projectId]) => projectId))]),
          uuidsOrNone([...new Set(split.map(([, userId]) => userId))]),
        );
        // The same statement read each found role's project: the `project` query reads it next.
        for (const { project } of found.values()) loaders.projectRecord.prime(project.id, project);
        return pairs.map((pair) => found.get(pair)?.role ?? null);
      },
      { cacheMap: roles },
    ),
    scope: new DataLoader(async (names) => {
      const rows = byKey(await em.find(Scope, { name: { $in: [...names] } }), (row) => row.name);
      return names.map((name) => rows.get(name) ?? null);
    }),
  };
  return loaders;
}
