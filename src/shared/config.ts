/** Configuration from the environment (DESIGN.md section 3). */
export type Role = 'all' | 'api' | 'worker';

export interface Config {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  secret: string;
  usingDevelopmentSecret: boolean;
  role: Role;
  logLevel: string;
  production: boolean;
  /** Lifetime of a session token. */
  sessionTtlSeconds: number;
}

export const DEVELOPMENT_SECRET = 'latchkey-development-secret-do-not-use-in-production';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const secret = env.LATCHKEY_SECRET ?? '';
  if (production && secret.length === 0) {
    throw new ConfigError('LATCHKEY_SECRET is required when NODE_ENV=production.');
  }
  if (secret.length > 0 && secret.length < 32) {
    throw new ConfigError('LATCHKEY_SECRET must be at least 32 characters.');
  }
  const role = (env.LATCHKEY_ROLE ?? 'all') as Role;
  if (!['all', 'api', 'worker'].includes(role)) {
    throw new ConfigError(`LATCHKEY_ROLE must be all, api or worker, not "${role}".`);
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  }
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    secret: secret || DEVELOPMENT_SECRET,
    usingDevelopmentSecret: secret.length === 0,
    role,
    logLevel: env.LOG_LEVEL ?? 'info',
    production,
    sessionTtlSeconds: 14 * 24 * 3600,
  };
}
