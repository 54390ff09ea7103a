/** `/readyz` (PostgreSQL and Redis answer) and `/metrics` (Prometheus, for whom metrics-access.ts lets in). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Redis } from 'ioredis';
import type { Metrics } from '../shared/metrics.js';
import type { MikroORM } from '../shared/orm.js';
import { withTimeout } from '../shared/timeout.js';
import { type MetricsAccess, metricsRefusal } from './metrics-access.js';
import { sendJson } from './respond.js';

export async function serveReadiness(orm: MikroORM, redis: Redis, response: ServerResponse): Promise<void> {
  const [postgres, redisState] = await Promise.all([
    withTimeout(orm.em.getConnection().execute('select 1'), 2000).then(
      () => 'ok',
      () => 'unavailable',
    ),
    withTimeout(redis.ping(), 2000).then(
      () => 'ok',
      () => 'unavailable',
    ),
  ]);
  const ready = postgres === 'ok' && redisState === 'ok';
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', postgres, redis: redisState });
}

/** `GET /metrics`: Prometheus text format, for whom `access` lets in (metrics-access.ts). */
export async function serveMetrics(
  metrics: Metrics,
  access: MetricsAccess,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const refusal = metricsRefusal(access, request.headers.authorization, request.socket.remoteAddress);
  if (refusal) {
    const { status, code, message, headers } = refusal;
    sendJson(response, status, { errors: [{ message, extensions: { code } }] }, headers);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const text = await metrics.render();
  response.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : text);
}
