/**
 * Entry point: `npm start`. Creates and migrates the database, then runs the HTTP API, the
 * portal and the workers in one process (LATCHKEY_ROLE=all), or one side only (api / worker).
 */
import 'reflect-metadata';
import { type DatabasePreparation, openOrm, openReadReplicas, prepareDatabase } from './database.js';
import { createApp } from './http/server.js';
import { ConfigError, loadConfig } from './shared/config.js';
import { createLogger } from './shared/logger.js';
import { createRedisConnections } from './shared/redis.js';
import { startWorkers } from './worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.usingDevelopmentSecret) {
    logger.warn(
      'LATCHKEY_SECRET is not set: using the built-in DEVELOPMENT secret. Key hashes and sessions are NOT safe. Set LATCHKEY_SECRET (32+ characters) for any real use.',
    );
  }
  const database = await prepareDatabase(config.databaseUrl);
  logger.info(
    { database: database.name, created: database.created, migrationsApplied: database.migrationsApplied },
    describePreparation(database),
  );
  const orm = await openOrm(config.databaseUrl);
  const redis = createRedisConnections(config, logger).general();

  const stops: (() => Promise<void>)[] = [];
  if (config.role === 'all' || config.role === 'api') {
    const replicas = await openReadReplicas(config, logger);
    const app = await createApp({ config, logger, orm, redis, replicas });
    await new Promise<void>((resolve) => app.server.listen(config.port, resolve));
    const base = `http://localhost:${config.port}`;
    const urls = {
      portal: `${base}/`,
      playground: `${base}/playground`,
      api: `${base}/graphql`,
      liveness: `${base}/healthz`,
      readiness: `${base}/readyz`,
      metrics: `${base}/metrics`,
    };
    logger.info(
      { port: config.port, role: config.role, ...urls },
      `Latchkey is serving: portal ${urls.portal} · playground ${urls.playground} · API ${urls.api} · ` +
        `probes ${urls.liveness} and ${urls.readiness} · metrics ${urls.metrics}. Ctrl-C stops it.`,
    );
    stops.push(() => app.close());
    stops.push(() => replicas.close());
  }
  if (config.role === 'all' || config.role === 'worker') {
    const workers = await startWorkers({ config, logger, orm });
    stops.push(() => workers.close());
    if (config.role === 'worker')
      logger.info({ role: config.role }, 'Latchkey workers running (no HTTP). Ctrl-C stops them.');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests and jobs');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 25 s; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    for (const stop of stops) await stop().catch((error) => logger.error({ err: error }, 'error while stopping'));
    await orm.close();
    redis.disconnect();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** What start-up did to the database, in a sentence. */
function describePreparation({ name, created, migrationsApplied }: DatabasePreparation): string {
  const applied = migrationsApplied.length;
  const migrations = `${applied} migration${applied === 1 ? '' : 's'} applied`;
  if (created) return `Database "${name}" created; ${migrations}.`;
  if (applied > 0) return `Database "${name}" found; ${migrations} (${migrationsApplied.join(', ')}).`;
  return `Database "${name}" found, already up to date: no migration to apply.`;
}

/**
 * A setting Latchkey refuses (config.ts, or a Redis prefix held by another deployment) is said in
 * one line naming every bad variable, with no stack; anything else as "failed to start" with the error.
 */
main().catch((error: unknown) => {
  const line =
    error instanceof ConfigError
      ? { level: 'fatal', msg: error.message, problems: error.problems.length > 1 ? error.problems : undefined }
      : { level: 'fatal', msg: 'Latchkey failed to start.', err: String(error) };
  console.error(JSON.stringify(line));
  process.exit(1);
});
