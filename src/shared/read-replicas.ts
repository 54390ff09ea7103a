/**
 * PostgreSQL read replicas (`DATABASE_REPLICA_URLS`): where the heavy reads (usage reports, recent
 * activity, audit lists) go, so that the primary keeps its time for writes. Each replica has an
 * ORM of its own (the same entities, opened lazily: a replica that is down at start costs
 * nothing). MikroORM's own `replicas` option picks one at random and cannot tell a stopped or a
 * lagging standby from a healthy one, and its transactions always run on the primary; the
 * snapshot a usage read takes is a transaction, so this router picks the replica itself.
 *
 * A replica is used only while it answers and its replay lag is at most
 * `LATCHKEY_REPLICA_MAX_LAG_SECONDS`; its state is checked at most once per `checkEveryMs` (a
 * stopped one is left alone longer), and the caller falls back to the primary whenever no replica
 * is fit or the chosen one fails to begin (docs/scaling.md#postgresql-read-replicas).
 */
import type { Logger } from './logger.js';
import type { EntityManager, MikroORM } from './orm.js';
import { withTimeout } from './timeout.js';

export type ReplicaStatus = 'ok' | 'lagging' | 'unavailable';

export interface ReplicaState {
  /** host:port/database, no credentials. */
  name: string;
  status: ReplicaStatus;
  /** Seconds behind the primary at the last check (0 when it has replayed all it received); null when unknown. */
  lagSeconds: number | null;
}

export interface ReadReplicaOptions {
  maxLagSeconds: number;
  /** How long a check's answer is trusted; default 1 s. */
  checkEveryMs?: number;
  /** How long a replica that did not answer is left alone; default 5 s. */
  retryDownAfterMs?: number;
  /** How long a check or a replica's first statement may take; default 1 s. */
  timeoutMs?: number;
}

/**
 * Replay lag in seconds: 0 when the standby has replayed everything it received (an idle primary
 * sends nothing, so the time since the last replayed transaction would grow without any lag),
 * else the age of the last replayed transaction. On a server that is not a standby, 0.
 */
const LAG_QUERY = `select case
    when not pg_is_in_recovery() then 0
    when pg_last_wal_receive_lsn() is not null and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
    else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)
  end::float8 as lag`;

interface Replica {
  name: string;
  orm: MikroORM;
  state: ReplicaState;
  checkedAt: number;
  checking?: Promise<ReplicaState>;
}

/** `postgres://user:pw@host:port/db` → `host:port/db`. */
export function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;
  private readonly checkEveryMs: number;
  private readonly retryDownAfterMs: number;
  private readonly timeoutMs: number;

  constructor(
    replicas: readonly { url: string; orm: MikroORM }[],
    private readonly options: ReadReplicaOptions,
    private readonly logger: Logger,
  ) {
    this.replicas = replicas.map(({ url, orm }) => {
      const name = replicaName(url);
      return { name, orm, state: { name, status: 'unavailable', lagSeconds: null }, checkedAt: 0 };
    });
    this.checkEveryMs = options.checkEveryMs ?? 1000;
    this.retryDownAfterMs = options.retryDownAfterMs ?? 5000;
    this.timeoutMs = options.timeoutMs ?? 1000;
  }

  get size(): number {
    return this.replicas.length;
  }

  /**
   * An EntityManager fork on a replica fit to read from, once `start` (the caller's `begin`) has
   * succeeded on it; null when no replica is fit or each one tried failed to start, and the caller
   * reads from the primary. Replicas take turns.
   */
  async reader(start: (em: EntityManager) => Promise<void>): Promise<{ em: EntityManager; name: string } | null> {
    if (this.replicas.length === 0) return null;
    const order = this.replicas.map((_, index, all) => all[(this.next + index) % all.length] as Replica);
    this.next = (this.next + 1) % this.replicas.length;
    for (const replica of order) {
      const state = await this.stateOf(replica, false);
      if (state.status !== 'ok') continue;
      const em = replica.orm.em.fork();
      try {
        await withTimeout(start(em), this.timeoutMs);
        return { em, name: replica.name };
      } catch (error) {
        this.markDown(replica, error);
        await em.rollback().catch(() => undefined);
      }
    }
    return null;
  }

  /** Every replica's state, checked now (`/readyz`). */
  async states(): Promise<ReplicaState[]> {
    return Promise.all(this.replicas.map((replica) => this.stateOf(replica, true)));
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.orm.close().catch(() => undefined)));
  }

  private stateOf(replica: Replica, fresh: boolean): Promise<ReplicaState> {
    const age = Date.now() - replica.checkedAt;
    const trusted = replica.state.status === 'unavailable' ? this.retryDownAfterMs : this.checkEveryMs;
    if (!fresh && replica.checkedAt > 0 && age < trusted) return Promise.resolve(replica.state);
    replica.checking ??= this.check(replica).finally(() => {
      replica.checking = undefined;
    });
    return replica.checking;
  }

  private async check(replica: Replica): Promise<ReplicaState> {
    const before = replica.state.status;
    try {
      const rows = await withTimeout(
        replica.orm.em.getConnection().execute<{ lag: number }[]>(LAG_QUERY, [], 'all'),
        this.timeoutMs,
      );
      const lag = Math.round(Number(rows[0]?.lag ?? 0) * 1000) / 1000;
      replica.state = {
        name: replica.name,
        status: lag <= this.options.maxLagSeconds ? 'ok' : 'lagging',
        lagSeconds: lag,
      };
    } catch {
      replica.state = { name: replica.name, status: 'unavailable', lagSeconds: null };
    }
    replica.checkedAt = Date.now();
    if (replica.state.status !== before) {
      const level = replica.state.status === 'ok' ? 'info' : 'warn';
      this.logger[level](
        { replica: replica.name, status: replica.state.status, lagSeconds: replica.state.lagSeconds },
        replica.state.status === 'ok'
          ? 'read replica in use'
          : 'read replica skipped: its reads go to the primary until it is back',
      );
    }
    return replica.state;
  }

  private markDown(replica: Replica, error: unknown): void {
    if (replica.state.status === 'ok') {
      this.logger.warn(
        { replica: replica.name, err: String((error as Error)?.message ?? error) },
        'read replica failed: its reads go to the primary until it is back',
      );
    }
    replica.state = { name: replica.name, status: 'unavailable', lagSeconds: null };
    replica.checkedAt = Date.now();
  }
}
