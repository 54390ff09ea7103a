/**
 * Who may scrape `GET /metrics` (DESIGN.md section 3):
 * - `LATCHKEY_METRICS_TOKEN` set: a caller sending `Authorization: Bearer <it>` (compared in
 *   constant time); anyone else gets 401 with `WWW-Authenticate`;
 * - unset and `NODE_ENV=production`: loopback clients only (127.0.0.0/8, ::1, ::ffff:127.x), judged
 *   by the socket's own remote address, never by `X-Forwarded-For`; anyone else gets 403. (A proxy
 *   on the same host makes every client loopback: set a token there.)
 * - unset outside production: open.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { bearerTokenOf } from '../shared/bearer-token.js';
import type { Config } from '../shared/config.js';

export type MetricsAccess = { kind: 'open' } | { kind: 'token'; digest: Buffer } | { kind: 'loopback' };

/** Why a scrape is refused: the status, the error and the headers to answer with. */
export interface MetricsRefusal {
  status: 401 | 403;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  message: string;
  headers: Record<string, string>;
}

// Both sides are hashed first, so the comparison is constant-time whatever their lengths.
function digestOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function metricsAccessOf(config: Pick<Config, 'metricsToken' | 'production'>): MetricsAccess {
  if (config.metricsToken !== null) return { kind: 'token', digest: digestOf(config.metricsToken) };
  return config.production ? { kind: 'loopback' } : { kind: 'open' };
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms (::ffff:127.0.0.1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (isIPv4(address)) return LOOPBACK.check(address, 'ipv4');
  return isIPv6(address) && LOOPBACK.check(address, 'ipv6');
}

/** Null when the scrape may go ahead. */
export function metricsRefusal(
  access: MetricsAccess,
  authorization: string | undefined,
  remoteAddress: string | undefined,
): MetricsRefusal | null {
  if (access.kind === 'open') return null;
  if (access.kind === 'loopback') {
    if (isLoopbackAddress(remoteAddress)) return null;
    return {
      status: 403,
      code: 'FORBIDDEN',
      message: '/metrics answers loopback clients only; set LATCHKEY_METRICS_TOKEN to scrape it from elsewhere.',
      headers: {},
    };
  }
  const token = bearerTokenOf(authorization);
  if (token && timingSafeEqual(digestOf(token), access.digest)) return null;
  return {
    status: 401,
    code: 'UNAUTHENTICATED',
    message: token
      ? 'The metrics token is not valid.'
      : '/metrics needs the metrics token: send it as "Authorization: Bearer <token>".',
    headers: {
      'www-authenticate': `Bearer realm="latchkey-metrics"${token ? ', error="invalid_token"' : ''}`,
    },
  };
}
