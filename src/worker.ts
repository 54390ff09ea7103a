import type { Config } from './shared/config.js';
import type { Logger } from './shared/logger.js';
import type { MikroORM } from './shared/orm.js';

export interface WorkerDependencies {
  config: Config;
  logger: Logger;
  orm: MikroORM;
}

export interface Workers {
  close(): Promise<void>;
}

/** Starts the BullMQ workers of every domain that has them. */
export async function startWorkers(deps: WorkerDependencies): Promise<Workers> {
  const started: Workers[] = [];
  deps.logger.info({ workers: started.length }, 'workers started');
  return {
    async close() {
      await Promise.all(started.map((worker) => worker.close()));
    },
  };
}
