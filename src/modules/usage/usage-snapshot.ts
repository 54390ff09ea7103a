/**
 * One database snapshot for the usage figures of a request. A usage report's series, totals and
 * splits, a key's recent activity and the lineage of keys they follow are separate statements; the
 * usage worker commits new batches between them. Read in one REPEATABLE READ, READ ONLY transaction,
 * begun on first use and ended when the response is sent, the figures of one request agree with
 * each other (a screen showing them from one query never says 0 next to 1).
 *
 * With read replicas (`DATABASE_REPLICA_URLS`) the snapshot is taken on a replica fit to read
 * from (src/shared/read-replicas.ts), and audit lists read there too; a mutation reads everything
 * from the primary (what it wrote must be what it reads back), and so does a request when no
 * replica is fit or the chosen one fails to begin.
 */
import { IsolationLevel } from '@mikro-orm/core';
import type { Context, RequestMeta } from '../../graphql/context.js';
import type { RequestHooks } from '../../graphql/request-hooks.js';
import type { EntityManager } from '../../shared/orm.js';

// Keyed by the request's `meta`, which every copy Apollo makes of a request's context shares.
const snapshots = new WeakMap<RequestMeta, Promise<EntityManager>>();
/** Requests that read from the primary only (mutations). */
const primaryOnly = new WeakSet<RequestMeta>();

const begin = (em: EntityManager) => em.begin({ isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });

function mayUseReplica(ctx: Context): boolean {
  return (ctx.replicas?.size ?? 0) > 0 && !primaryOnly.has(ctx.meta);
}

/** The request's usage snapshot: an EntityManager inside its read-only transaction. */
export function usageReads(ctx: Context): Promise<EntityManager> {
  let snapshot = snapshots.get(ctx.meta);
  if (!snapshot) {
    snapshot = (async () => {
      if (ctx.replicas && mayUseReplica(ctx)) {
        const replica = await ctx.replicas.reader(begin);
        if (replica) return replica.em;
      }
      const em = ctx.em.fork();
      await begin(em);
      return em;
    })();
    snapshots.set(ctx.meta, snapshot);
  }
  return snapshot;
}

/**
 * Where an audit list reads: the request's usage snapshot on a replica when there are replicas
 * (and the request is no mutation), else the request's own EntityManager on the primary.
 */
export async function auditReads(ctx: Context): Promise<EntityManager> {
  return mayUseReplica(ctx) ? usageReads(ctx) : ctx.em;
}

/** Ends the request's snapshot, if it took one (read only: rolling back ends it). */
export async function endUsageReads(meta: RequestMeta): Promise<void> {
  const snapshot = snapshots.get(meta);
  if (!snapshot) return;
  snapshots.delete(meta);
  const em = await snapshot.catch(() => null);
  await em?.rollback().catch(() => undefined);
}

/**
 * Keeps a mutation's reads on the primary, and ends each request's usage snapshot when its
 * response is sent, whatever the outcome.
 */
export const usageSnapshot: RequestHooks<Context> = {
  didResolveOperation({ operation, contextValue }) {
    if (operation && operation.operation !== 'query') primaryOnly.add(contextValue.meta);
  },
  willSendResponse({ contextValue }) {
    // Nothing to end unless a resolver took a snapshot: no promise for the other requests.
    return snapshots.has(contextValue.meta) ? endUsageReads(contextValue.meta) : undefined;
  },
};
