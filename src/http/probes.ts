/** `/readyz` (PostgreSQL and Redis answer) and `/metrics` (Prometheus, for whom metrics-access.ts lets in). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../shared/metrics.js';
import type { MikroORM } from '../shared/orm.js';
import type { ReadReplicas } from '../shared/read-replicas.js';
import type { RedisConnection } from '../shared/redis.js';
import { withTimeout } from '../shared/timeout.js';
import { type MetricsAccess, metricsRefusal } from './metrics-access.js';
import { sendJson } from './respond.js';

/**
 * Ready when the primary and Redis answer. Read replicas are reported one by one (`ok`, `lagging`,
 * `unavailable`, with their lag) but never make the process unready: their reads go to the primary.
 */
export async function serveReadiness(
  orm: MikroORM,
  redis: RedisConnection,
  response: ServerResponse,
  replicas?: ReadReplicas,
): Promise<void> {
  const [postgres, redisState, replicaStates] = await Promise.all([
    withTimeout(orm.em.getConnection().execute('select 1'), 2000).then(
      () => 'ok',
      () => 'unavailable',
    ),
    withTimeout(redis.ping(), 2000).then(
      () => 'ok',
      () => 'unavailable',
    ),
    replicas && replicas.size > 0 ? replicas.states() : Promise.resolve(null),
  ]);
  const ready = postgres === 'ok' && redisState === 'ok';
  sendJson(response, ready ? 200 : 503, {
    status: ready ? 'ready' : 'unavailable',
    postgres,
    redis: redisState,
    ...(replicaStates ? { replicas: replicaStates } : {}),
  });
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
