/**
 * Runs the event relay in a worker process: a loop that relays a batch every `relayEveryMs`, at
 * once again while batches come full. Several worker processes may run it: the cursor's lock
 * lets one relay at a time (event-relay.ts). Not a BullMQ job: a queue job per quarter second
 * would cost more Redis traffic than the relay itself, and the lock already makes it safe.
 */
import { pollingLoop } from '../../shared/polling-loop.js';
import { requestStore } from '../../shared/request-store.js';
import type { RunningWorker, WorkerDependencies } from '../module.js';
import { createCursor, type RelayScope, relayOnce } from './event-relay.js';

const BATCH_SIZE = 200;

export async function startEventRelay(deps: WorkerDependencies): Promise<RunningWorker> {
  const { logger, orm, options } = deps;
  if (options.relayProjectIds?.length === 0 || deps.relayTargets.length === 0) {
    return { close: async () => undefined };
  }
  const scope: RelayScope = {
    cursor: options.relayCursor,
    projectIds: options.relayProjectIds,
    batchSize: BATCH_SIZE,
  };
  // Before the first round: events committed once the workers have started are relayed.
  await createCursor(orm.em.fork(), scope.cursor);
  let round = 0;
  const loop = pollingLoop(
    options.relayEveryMs,
    () =>
      requestStore.run({ requestId: `relay:${++round}`, statements: 0 }, async () => {
        const result = await relayOnce(orm.em.fork(), deps.relayTargets, scope, (target, error) =>
          logger.warn({ err: error, target: target.name }, 'relay target failed after commit'),
        );
        if (result.relayed > 0) logger.debug({ relayed: result.relayed, cursor: scope.cursor }, 'events relayed');
        return result.relayed === BATCH_SIZE;
      }),
    (error) => logger.warn({ err: error, cursor: scope.cursor }, 'event relay round failed; retrying'),
  );
  logger.debug(
    { cursor: scope.cursor, targets: deps.relayTargets.map((target) => target.name) },
    'event relay started',
  );
  return { close: () => loop.close() };
}
