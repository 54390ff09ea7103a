import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import type { EntityManager, MikroORM } from '../../src/shared/orm.js';
import { ReadReplicas, replicaName } from '../../src/shared/read-replicas.js';

/** A stand-in for a replica's ORM: its lag query answers `lag` (or fails), its forks begin or fail. */
function fakeReplica(state: { lag: number | 'down'; beginFails?: boolean; checks?: number }) {
  const em = {
    fork: () => em,
    getConnection: () => ({
      execute: async () => {
        state.checks = (state.checks ?? 0) + 1;
        if (state.lag === 'down') throw new Error('connect ECONNREFUSED');
        return [{ lag: state.lag }];
      },
    }),
    rollback: async () => undefined,
  };
  return { em, close: async () => undefined } as unknown as MikroORM;
}

const logger = createLogger('silent');
const begin = async (em: EntityManager) => {
  const state = (em as unknown as { state?: { beginFails?: boolean } }).state;
  if (state?.beginFails) throw new Error('the replica went away');
};

describe('read replicas', () => {
  it('are named without credentials', () => {
    expect(replicaName('postgres://reader:s3cret@10.0.0.2:6432/latchkey')).toBe('10.0.0.2:6432/latchkey');
    expect(replicaName('postgresql://db.internal/latchkey')).toBe('db.internal:5432/latchkey');
  });

  it('take turns among the fit ones, skip one lagging past the limit or down, and report each', async () => {
    const fit = { lag: 0.2 };
    const late = { lag: 30 };
    const down = { lag: 'down' as const };
    const replicas = new ReadReplicas(
      [
        { url: 'postgres://a:1/db', orm: fakeReplica(fit) },
        { url: 'postgres://b:2/db', orm: fakeReplica(late) },
        { url: 'postgres://c:3/db', orm: fakeReplica(down) },
      ],
      { maxLagSeconds: 5 },
      logger,
    );
    const picked = new Set<string>();
    for (let turn = 0; turn < 6; turn += 1) picked.add((await replicas.reader(begin))?.name ?? 'primary');
    expect([...picked]).toEqual(['a:1/db']);
    expect(await replicas.states()).toEqual([
      { name: 'a:1/db', status: 'ok', lagSeconds: 0.2 },
      { name: 'b:2/db', status: 'lagging', lagSeconds: 30 },
      { name: 'c:3/db', status: 'unavailable', lagSeconds: null },
    ]);
  });

  it('check a replica at most once a second, and leave the reads to the primary when none is fit', async () => {
    const state: { lag: number | 'down'; checks?: number } = { lag: 0 };
    const replicas = new ReadReplicas(
      [{ url: 'postgres://a:1/db', orm: fakeReplica(state) }],
      { maxLagSeconds: 5 },
      logger,
    );
    for (let turn = 0; turn < 5; turn += 1) expect((await replicas.reader(begin))?.name).toBe('a:1/db');
    expect(state.checks).toBe(1);
    state.lag = 'down';
    const fresh = new ReadReplicas(
      [{ url: 'postgres://a:1/db', orm: fakeReplica(state) }],
      { maxLagSeconds: 5 },
      logger,
    );
    expect(await fresh.reader(begin)).toBeNull();
  });

  it('fall back to the primary at once when the chosen replica fails to begin', async () => {
    const orm = fakeReplica({ lag: 0 });
    (orm.em as unknown as { state: { beginFails: boolean } }).state = { beginFails: true };
    const replicas = new ReadReplicas([{ url: 'postgres://a:1/db', orm }], { maxLagSeconds: 5 }, logger);
    expect(await replicas.reader(begin)).toBeNull();
    expect((await replicas.states())[0]?.status).toBe('ok');
  });
});
