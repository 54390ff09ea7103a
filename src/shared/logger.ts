import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path, so a careless
 * `logger.info({ input })` still cannot leak a key, password or token.
 */
export const REDACTED_PATHS = [
  'secret',
  'key',
  'token',
  'password',
  'authorization',
  'cookie',
  '*.secret',
  '*.key',
  '*.token',
  '*.password',
  '*.authorization',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'variables.input.password',
  'variables.input.key',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'latchkey' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
