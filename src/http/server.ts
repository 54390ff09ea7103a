/**
 * The HTTP server of an API process: `/graphql` (graphql-handler.ts), the probes and metrics
 * (probes.ts), and the portal (portal.ts). `createApp` puts the process together: the Redis
 * prefix claim, admission (src/auth), metering, and the GraphQL handler.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { Admission } from '../auth/admission.js';
import { KeyGenerations } from '../auth/credential-cache.js';
import type { Context } from '../graphql/context.js';
import { loadQueryLimits, type QueryLimits } from '../graphql/query-limits.js';
import { buildAppSchema } from '../graphql/schema.js';
import { claimRedisPrefix, deploymentStillIn, readDeploymentId } from '../modules/deployment/redis-prefix-claim.js';
import { LEAK_REPORT_LIMITS } from '../modules/leaks/leak-limits.js';
import { LiveConnectionCounts } from '../modules/live/live-connections.js';
import { LiveFeed } from '../modules/live/live-feed.js';
import { TokenUses } from '../modules/personal-tokens/token-uses.js';
import { RateLimiter } from '../modules/rate-limits/rate-limiter.js';
import { createMetering } from '../modules/usage/metering.js';
import { limiterPrefixOf, type UsageOptions, usageOptionsOf } from '../modules/usage/usage-options.js';
import { RedisLoginThrottle } from '../modules/users/login-throttle.js';
import type { Config } from '../shared/config.js';
import { failureResponse } from '../shared/errors.js';
import { LiveAudience, LivePublisher, LiveSubscriber } from '../shared/live-bus.js';
import { type Logger, logRequest } from '../shared/logger.js';
import { Metrics, outcomeOf } from '../shared/metrics.js';
import type { MikroORM } from '../shared/orm.js';
import type { ReadReplicas } from '../shared/read-replicas.js';
import { openRedisConnection, type RedisConnection, readyOrLater } from '../shared/redis.js';
import { type RequestStore, requestStore } from '../shared/request-store.js';
import { githubLeaksEndpoint } from './github-leaks.js';
import { createGraphQLHandler } from './graphql-handler.js';
import { type AnnouncedNotice, createLiveServer, type LiveServer, liveDrainPlugin } from './live-connections.js';
import { metricsAccessOf } from './metrics-access.js';
import { servePortal } from './portal.js';
import { serveMetrics, serveReadiness } from './probes.js';
import { HttpError, sendGraphQLErrors, sendJson } from './respond.js';

export { MAX_BODY_BYTES } from './respond.js';

export interface AppDependencies {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  redis: RedisConnection;
  /** Folder of the built portal; defaults to `portal/dist`. */
  portalDir?: string;
  /** Query limits; default: the configuration's (query-limits.ts). */
  queryLimits?: QueryLimits;
  /** Shared with the workers when one process runs both; default: a new registry. */
  metrics?: Metrics;
  /** The served schema; default `buildAppSchema()`. The benchmark swaps in the shield-less one. */
  schema?: GraphQLSchema;
  /** Rate-limit and usage-queue settings over the configuration's; tests pass unique prefixes. */
  usage?: Partial<UsageOptions>;
  /** PostgreSQL read replicas (`DATABASE_REPLICA_URLS`, src/database.ts `openReadReplicas`); none: the primary. */
  replicas?: ReadReplicas;
}

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Subscriptions over WebSocket on /graphql. */
  live: LiveServer;
  /** Stops accepting connections, lets in-flight requests finish, then stops Apollo. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The code of an HTTP-level refusal (DESIGN.md section 11): a bad signature is a credential refused. */
function httpErrorCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 404) return 'NOT_FOUND';
  return 'BAD_REQUEST';
}

export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, logger, orm, redis } = deps;
  const portalDir = deps.portalDir ?? 'portal/dist';
  const metrics = deps.metrics ?? new Metrics();
  const options = usageOptionsOf({ ...config.usage, redisPrefix: config.redisPrefix, ...deps.usage });
  // Refuses to start while another deployment holds the prefix (LATCHKEY_REDIS_PREFIX).
  const deploymentId = await readDeploymentId(orm.em.fork());
  const claim = await claimRedisPrefix({
    redis,
    prefix: options.redisPrefix,
    deploymentId,
    logger,
    stillOurs: deploymentStillIn(() => orm.em.fork(), deploymentId),
  });
  // The limiter's own connection fails fast (no offline queue): when Redis is away the limiter
  // switches to its in-memory insurance at once instead of holding requests.
  const limiterConnection = openRedisConnection(config, 'limiter');
  // The first requests must count in Redis, not in one process's memory: wait for the connection
  // (briefly, so an API whose Redis is down still starts).
  await readyOrLater(limiterConnection, 2000);
  const limiterPrefix = limiterPrefixOf(options);
  // Live subscriptions (live-connections.ts): a publisher that fails fast, and a subscriber of the
  // live channels (relayed audit events, usage, revocation notices of every process). Usage is
  // published only while some process has a subscription to it (the audience).
  const processId = randomUUID();
  const publisherConnection = openRedisConnection(config, 'publisher');
  const audience = new LiveAudience(publisherConnection, options.redisPrefix, processId);
  const publisher = new LivePublisher(publisherConnection, options.redisPrefix, audience);
  const subscriber = new LiveSubscriber(openRedisConnection(config, 'subscriber', logger), options.redisPrefix);
  await Promise.race([subscriber.start(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  const liveCounts = new LiveConnectionCounts(publisherConnection, options.redisPrefix, processId);
  const tokenUses = new TokenUses(() => orm.em.fork(), logger);
  const admission = new Admission({
    secret: config.secret,
    limiter: new RateLimiter(
      limiterConnection,
      { prefix: limiterPrefix, failuresPerMinute: options.authFailuresPerMinute },
      logger,
    ),
    generations: new KeyGenerations(limiterConnection, limiterPrefix, logger),
    connection: limiterConnection,
    cache: { ttlMs: options.keyCacheSeconds * 1000, maxEntries: options.keyCacheEntries },
    announce: (notice) => publisher.publish('revoked', { ...notice, origin: processId } satisfies AnnouncedNotice),
    onTokenUse: (tokenId) => tokenUses.record(tokenId),
  });
  const metering = createMetering({
    onSent: (events) => void publisher.publish('usage', { events }),
    redisUrl: config.redisUrl,
    redisClusterNodes: config.redisClusterNodes,
    orm,
    logger,
    options,
    deploymentId,
  });
  metrics.registerQueueMetrics(() => metering.queueSnapshots());
  const schema = deps.schema ?? (await buildAppSchema());
  const queryLimits = deps.queryLimits ?? loadQueryLimits(config.queryLimits);
  let live: LiveServer | null = null;
  const graphql = await createGraphQLHandler({
    config,
    logger,
    orm,
    metrics,
    queryLimits,
    schema,
    admission,
    metering,
    loginThrottle: new RedisLoginThrottle(limiterConnection, limiterPrefix, logger),
    replicas: deps.replicas,
    // The same counters as logIn's, under their own names: reports never spend login budgets.
    leakReportThrottle: new RedisLoginThrottle(limiterConnection, `${limiterPrefix}:leaks`, logger, LEAK_REPORT_LIMITS),
    live: { feed: null, connections: liveCounts },
    plugins: [liveDrainPlugin(() => live)],
  });

  const metricsAccess = metricsAccessOf(config);
  const githubLeaks = githubLeaksEndpoint({ config, orm, logger, revocation: admission.revocation });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const started = performance.now();
    const incomingId = request.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    response.setHeader('x-request-id', requestId);
    // Every answer, including Apollo's and every error path (DESIGN.md section 3).
    response.setHeader('x-content-type-options', 'nosniff');
    const store: RequestStore = { requestId, statements: 0 };
    await requestStore.run(store, async () => {
      // A request target that is no URL (`GET http://[/`) is a 400, not an exception outside the try.
      const url = URL.parse(request.url ?? '/', 'http://localhost');
      const path = url?.pathname ?? '(invalid)';
      try {
        if (!url) throw new HttpError(400, 'The request target is not a valid URL.');
        if (url.pathname === '/graphql') await graphql.handle(request, response, url, requestId);
        else if (url.pathname === '/leaks/github') await githubLeaks(request, response, requestId);
        else if (url.pathname === '/healthz') sendJson(response, 200, { status: 'ok' });
        else if (url.pathname === '/metrics') await serveMetrics(metrics, metricsAccess, request, response);
        else if (url.pathname === '/readyz') await serveReadiness(orm, redis, response, deps.replicas);
        else await servePortal(portalDir, request, response, url.pathname);
      } catch (error) {
        if (response.headersSent) {
          response.destroy();
        } else if (error instanceof HttpError) {
          sendGraphQLErrors(
            response,
            error.status,
            [{ message: error.message, extensions: { code: httpErrorCode(error.status) } }],
            error.headers,
          );
        } else {
          const failure = failureResponse(error, requestId);
          logger.error({ err: error, requestId }, failure.status === 503 ? 'service unavailable' : 'request failed');
          sendGraphQLErrors(response, failure.status, [failure.error], failure.headers);
        }
      } finally {
        const seconds = (performance.now() - started) / 1000;
        const outcome = outcomeOf(response.statusCode, (store.graphql?.errorCodes.length ?? 0) > 0);
        if (path === '/graphql') metrics.observeGraphQLRequest(store, outcome, seconds);
        logRequest(logger, store, {
          method: request.method,
          path,
          status: response.statusCode,
          outcome,
          durationMs: Math.round(seconds * 10_000) / 10,
        });
      }
    });
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 30_000;
  // Requests Node's parser refuses before any handler runs (a malformed request line, headers too
  // large, a timeout) are answered here, so they too carry nosniff.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nx-content-type-options: nosniff\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
    );
  });

  live = createLiveServer(server, {
    config,
    logger,
    orm,
    metrics,
    schema,
    queryLimits,
    admission,
    metering,
    live: { feed: new LiveFeed(subscriber, audience), connections: liveCounts },
    subscriber,
    processId,
  });
  const liveServer = live;

  return {
    server,
    apollo: graphql.apollo,
    metrics,
    live: liveServer,
    async close() {
      const closed = new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeIdleConnections();
      });
      // WebSocket connections hold the server open: they are told to go (1001) first.
      await liveServer.close();
      await liveCounts.close();
      await audience.close();
      await closed;
      await graphql.apollo.stop();
      // After the last response: every usage event of this process reaches Redis or PostgreSQL.
      await metering.close();
      admission.close();
      subscriber.close();
      publisherConnection.disconnect();
      limiterConnection.disconnect();
      claim.close();
    },
  };
}
