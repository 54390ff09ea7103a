/**
 * One database snapshot for the usage figures of a request. A usage report's series, totals and
 * splits, a key's recent activity and the lineage of keys they follow are separate statements; the
 * usage worker commits new batches between them. Read in one REPEATABLE READ, READ ONLY transaction,
 * begun on first use and ended when the response is sent, the figures of one request agree with
 * each other (a screen showing them from one query never says 0 next to 1).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { IsolationLevel } from '@mikro-orm/core';
import type { Context, RequestMeta } from '../../graphql/context.js';
import type { EntityManager } from '../../shared/orm.js';

// Keyed by the request's `meta`, which every copy Apollo makes of a request's context shares.
const snapshots = new WeakMap<RequestMeta, Promise<EntityManager>>();

/** The request's usage snapshot: an EntityManager inside its read-only transaction. */
export function usageReads(ctx: Context): Promise<EntityManager> {
  let snapshot = snapshots.get(ctx.meta);
  if (!snapshot) {
    snapshot = (async () => {
      const em = ctx.em.fork();
      await em.begin({ isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
      return em;
    })();
    snapshots.set(ctx.meta, snapshot);
  }
  return snapshot;
}

/** Ends the request's snapshot, if it took one (read only: rolling back ends it). */
export async function endUsageReads(meta: RequestMeta): Promise<void> {
  const snapshot = snapshots.get(meta);
  if (!snapshot) return;
  snapshots.delete(meta);
  const em = await snapshot.catch(() => null);
  await em?.rollback().catch(() => undefined);
}

/** Ends each request's usage snapshot when its response is sent, whatever the outcome. */
export const usageSnapshotPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        await endUsageReads(contextValue.meta);
      },
    };
  },
};
