import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Redis } from 'ioredis';
import {
  authenticate,
  bearerTokenOf,
  keyCaller,
  sessionCaller,
  sessionCookieOf,
  sessionTokenOf,
} from '../auth/credentials.js';
import { type Caller, type Context, type CookieJar, RequestContext, RequestResources } from '../graphql/context.js';
import { inputStringsPlugin } from '../graphql/input-strings.js';
import { apolloIntrospectionOptions, introspectionPlugin, withoutSuggestions } from '../graphql/introspection.js';
import { loadQueryLimits, type QueryLimits, queryCostPlugin, queryLimitRules } from '../graphql/query-limits.js';
import { buildAppSchema } from '../graphql/schema.js';
import { hashKey, looksLikeKey, parseKey } from '../modules/api-keys/key-format.js';
import { checkCachedKey } from '../modules/api-keys/key-verification.service.js';
import { claimRedisPrefix, deploymentStillIn, readDeploymentId } from '../modules/deployment/redis-prefix-claim.js';
import type { RateLimitDecision } from '../modules/rate-limits/rate-limiter.js';
import { createMetering, type Refusal } from '../modules/usage/metering.js';
import { type UsageOptions, usageOptionsOf } from '../modules/usage/usage-options.js';
import { usageSnapshotPlugin } from '../modules/usage/usage-snapshot.js';
import { isSessionLive } from '../modules/users/session-records.js';
import { hashSessionToken, SESSION_COOKIE } from '../modules/users/sessions.js';
import { clientAddressOf } from '../shared/client-address.js';
import type { Config } from '../shared/config.js';
import {
  type AuthFailureReason,
  failureResponse,
  httpStatusFor,
  maskError,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
  unauthenticated,
} from '../shared/errors.js';
import { type Logger, logRequest } from '../shared/logger.js';
import { Metrics, outcomeOf, requestFactsPlugin, timeKeyCheck } from '../shared/metrics.js';
import type { EntityManager, MikroORM } from '../shared/orm.js';
import { type RequestStore, requestStore } from '../shared/request-store.js';
import { withTimeout } from '../shared/timeout.js';
import { type MetricsAccess, metricsAccessOf, metricsRefusal } from './metrics-access.js';

export interface AppDependencies {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  redis: Redis;
  /** Folder of the built portal; defaults to `portal/dist`. */
  portalDir?: string;
  /** Query limits; default: read from the environment (query-limits.ts). */
  queryLimits?: QueryLimits;
  /** Shared with the workers when one process runs both; default: a new registry. */
  metrics?: Metrics;
  /** The served schema; default `buildAppSchema()`. The benchmark swaps in the shield-less one. */
  schema?: GraphQLSchema;
  /** Rate-limit and usage-queue settings; default: usage-options.ts. Tests pass unique prefixes. */
  usage?: Partial<UsageOptions>;
}

/** The caller of a request, or why it is refused; `decided` when its rate limit was already counted. */
type Admitted =
  | { ok: true; caller: Caller; decided?: RateLimitDecision }
  | { ok: false; reason: AuthFailureReason }
  | { ok: false; reason: 'ADDRESS_REFUSED'; refusal: Refusal };

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Stops accepting connections, lets in-flight requests finish, then stops Apollo. */
  close(): Promise<void>;
}

/** Request bodies above this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * 413, and the connection closes after it: the rest of an oversized body is not worth reading,
 * and a connection whose request was not read to its end cannot carry another request.
 */
function bodyTooLarge(): HttpError {
  return new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`, { connection: 'close' });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The request body as text. A declared or streamed (chunked) size over MAX_BODY_BYTES is refused
 * with 413: the rest of the body is read and dropped while the answer goes out, so the client gets
 * the 413 rather than a reset connection. Bytes that are not UTF-8 are a 400, never replaced
 * silently with U+FFFD.
 */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      reject(bodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off('data', keep);
        chunks.length = 0;
        request.resume();
        reject(bodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', keep);
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      try {
        resolveBody(UTF8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'The request body is not valid UTF-8.'));
      }
    });
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

function sendGraphQLErrors(
  response: ServerResponse,
  status: number,
  errors: GraphQLFormattedError[],
  headers: Record<string, string> = {},
) {
  sendJson(
    response,
    status,
    { errors },
    { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers },
  );
}

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function cookieJar(secure: boolean, setCookies: string[]): CookieJar {
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    setSession: (token, maxAge) => setCookies.push(`${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; ${attributes}`),
    clearSession: () => setCookies.push(`${SESSION_COOKIE}=; Max-Age=0; ${attributes}`),
  };
}

/** Sets the HTTP status from the GraphQL errors (DESIGN.md section 11). */
const statusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const hasData = data != null && Object.values(data).some((value) => value !== null);
        const status = httpStatusFor(errors, hasData, response.http.status);
        if (status) response.http.status = status;
        if (status === 503) response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        // A RATE_LIMITED error of a resolver (logIn's throttle) carries its wait in extensions.
        const retryAfter = errors?.find((error) => error.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfter;
        if (status === 429 && typeof retryAfter === 'number')
          response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

const PORTAL_MISSING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Latchkey</title></head>
<body><h1>Latchkey</h1><p>The portal is not built. Run <code>npm run build:portal</code>, or <code>npm start</code>, which builds it.</p>
<p>The GraphQL API is at <code>/graphql</code>.</p></body></html>`;

/** The built portal: files from `portalDir`, and `index.html` for every other page path. */
async function servePortal(portalDir: string, request: IncomingMessage, response: ServerResponse, pathname: string) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const root = resolve(portalDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, 'The URL path is not valid percent-encoding.');
  }
  const candidate = normalize(join(root, decoded));
  let file = candidate.startsWith(root) ? candidate : join(root, 'index.html');
  let info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    file = join(root, 'index.html');
    info = await stat(file).catch(() => null);
  }
  // X-Content-Type-Options is set on every response by `handle`.
  const security = {
    'referrer-policy': 'no-referrer',
    'content-security-policy':
      // font-src data:: GraphiQL's bundled stylesheet embeds its editor fonts as data: URIs.
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'",
  };
  if (!info?.isFile()) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...security }).end(PORTAL_MISSING);
    return;
  }
  const immutable = file.includes(`${join(root, 'assets')}`);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...security,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** `GET /metrics`: Prometheus text format, for whom `access` lets in (metrics-access.ts). */
async function serveMetrics(
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

export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, logger, orm, redis } = deps;
  const portalDir = deps.portalDir ?? 'portal/dist';
  const queryLimits = deps.queryLimits ?? loadQueryLimits();
  const metrics = deps.metrics ?? new Metrics();
  const options = usageOptionsOf({ redisPrefix: config.redisPrefix, ...deps.usage });
  // Refuses to start while another deployment holds the prefix (LATCHKEY_REDIS_PREFIX).
  const deploymentId = await readDeploymentId(orm.em.fork());
  const claim = await claimRedisPrefix({
    redis,
    prefix: options.redisPrefix,
    deploymentId,
    logger,
    stillOurs: deploymentStillIn(() => orm.em.fork(), deploymentId),
  });
  const metering = await createMetering({ redisUrl: config.redisUrl, orm, logger, options, deploymentId });
  metrics.registerQueueMetrics(() => metering.queueSnapshots());
  const schema = deps.schema ?? (await buildAppSchema());
  const apollo = new ApolloServer<Context>({
    schema,
    ...apolloIntrospectionOptions(config.introspection),
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: queryLimitRules(queryLimits),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown: Apollo's own SIGTERM handler would stop it while requests are in flight.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Every answer is per caller and `no-store` (handleGraphQL), so cache hints have nothing to
      // do; and while any plugin has a `willResolveField` hook, as the cache-control plugin does,
      // Apollo wraps every field resolver (about 10 KB allocated per `viewer` request).
      ApolloServerPluginCacheControlDisabled(),
      statusPlugin,
      introspectionPlugin(config.introspection),
      inputStringsPlugin(),
      queryCostPlugin(queryLimits),
      requestFactsPlugin,
      usageSnapshotPlugin,
    ],
    formatError: (formatted, error) => {
      const requestId = requestStore.getStore()?.requestId ?? 'unknown';
      const masked = maskError(formatted, error, requestId, (cause) =>
        logger.error({ err: cause, requestId }, 'unexpected error'),
      );
      return config.introspection === 'public' ? masked : withoutSuggestions(masked);
    },
  });
  await apollo.start();

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) {
    if (request.method !== 'GET' && request.method !== 'POST') {
      sendGraphQLErrors(response, 405, [{ message: 'Use GET or POST.', extensions: { code: 'BAD_REQUEST' } }], {
        allow: 'GET, POST',
      });
      return;
    }
    let body: unknown;
    if (request.method === 'POST') {
      const text = await readBody(request);
      const contentType = request.headers['content-type'] ?? '';
      if (/^application\/(json|graphql-response\+json)\b/i.test(contentType) || /\+json\b/i.test(contentType)) {
        try {
          body = text.length > 0 ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON.');
        }
      } else {
        body = text;
      }
    }
    // The request's EntityManager fork is made on first use: a cached key's `viewer` needs none.
    const onDemand = new RequestResources(() => orm.em.fork());
    const clientAddress = clientAddressOf(request, config.trustedProxies);
    const authentication = await timeKeyCheck(metrics, request.headers.authorization, () =>
      admitCaller(request, clientAddress, () => onDemand.em),
    );
    if (!authentication.ok) {
      if (authentication.reason === 'ADDRESS_REFUSED') {
        metrics.recordRateLimitRejection('address');
        sendGraphQLErrors(response, 429, [authentication.refusal.error], authentication.refusal.headers);
        return;
      }
      metering.recordAuthFailure(clientAddress, authentication.reason);
      refuse(response, authentication.reason);
      return;
    }
    const setCookies: string[] = [];
    // The loaders are not primed with the caller's key or project: those are read-only records
    // (key-verification.service.ts), while the loaders hand out entities that a mutation may change.
    const context = new RequestContext(
      config,
      authentication.caller,
      {
        requestId,
        clientAddress,
        userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
      },
      metering.keyCache,
      metering.sessionCache,
      cookieJar(config.production, setCookies),
      onDemand,
    );
    // Rate limit before Apollo runs anything; the usage event is buffered once the response is done.
    const metered = await metering.admit(context, body ?? Object.fromEntries(url.searchParams), authentication.decided);
    if (metered) response.once('close', () => metered.finish(response.statusCode));
    if (metered?.refusal) {
      metrics.recordRateLimitRejection('key');
      sendGraphQLErrors(response, 429, [metered.refusal.error], metered.refusal.headers);
      return;
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers: headerMapOf(request), search: url.search, body },
      context: async () => context,
    });
    const headers: Record<string, string | string[]> = { 'cache-control': 'no-store' };
    for (const [name, value] of result.headers) headers[name] = value;
    if (metered) Object.assign(headers, metered.headers);
    if (setCookies.length > 0) headers['set-cookie'] = setCookies;
    response.writeHead(result.status ?? 200, headers);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  }

  /**
   * Who is calling: the one admission path of every HTTP request. A key or session this process
   * has cached (one it has seen valid) is confirmed in one Redis round trip and no SQL, a key
   * together with its rate limit (`decided` then carries the decision); neither is refused by the
   * address's failed-authentication budget. Every other credential passes that budget first, then
   * is read from PostgreSQL. A request with no credential (no bearer token, no session cookie) is
   * never counted nor refused by the budget (DESIGN.md section 7).
   */
  async function admitCaller(
    request: IncomingMessage,
    clientAddress: string | null,
    em: () => EntityManager,
  ): Promise<Admitted> {
    const credentials = { authorization: request.headers.authorization, cookie: request.headers.cookie };
    const token = bearerTokenOf(credentials.authorization);
    if (token && looksLikeKey(token) && metering.keyCache.enabled) {
      const check = parseKey(token) ? checkCachedKey(metering.keyCache, hashKey(config.secret, token)) : null;
      if (check?.ok && check.cached) {
        const generation = { key: metering.keyCache.generations.keyOf(check.hash), expected: check.cached.generation };
        const admission = await metering.admitCachedKey(check.key, check.project, generation);
        if (admission.kind === 'decided') {
          return { ok: true, caller: keyCaller(check.key, check.project), decided: admission.decision };
        }
        // Changed since it was cached: forget it and check it like any other key.
        metering.keyCache.delete(check.hash);
      }
    }
    const sessionToken = metering.sessionCache.enabled ? sessionTokenOf(credentials) : undefined;
    if (sessionToken) {
      const hash = hashSessionToken(config.secret, sessionToken);
      const cached = metering.sessionCache.get(hash);
      if (cached && isSessionLive(cached.session)) {
        const generation = { key: metering.sessionCache.generations.keyOf(hash), expected: cached.generation };
        if (await metering.confirmCachedSession(generation)) return { ok: true, caller: sessionCaller(cached, hash) };
      }
      if (cached) metering.sessionCache.delete(hash);
    }
    const presented = token !== undefined || sessionCookieOf(credentials.cookie) !== undefined;
    if (presented) {
      const refusal = await metering.addressRefusal(clientAddress);
      if (refusal) return { ok: false, reason: 'ADDRESS_REFUSED', refusal };
    }
    return authenticate(em(), config.secret, credentials, metering.keyCache, metering.sessionCache);
  }

  function refuse(response: ServerResponse, reason: AuthFailureReason) {
    const error = unauthenticated(reason);
    sendGraphQLErrors(response, 401, [{ message: error.message, extensions: error.extensions }], {
      'www-authenticate': `Bearer realm="latchkey", error="invalid_token"`,
    });
  }

  async function readiness(response: ServerResponse) {
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

  const metricsAccess = metricsAccessOf(config);

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
        if (url.pathname === '/graphql') await handleGraphQL(request, response, url, requestId);
        else if (url.pathname === '/healthz') sendJson(response, 200, { status: 'ok' });
        else if (url.pathname === '/metrics') await serveMetrics(metrics, metricsAccess, request, response);
        else if (url.pathname === '/readyz') await readiness(response);
        else await servePortal(portalDir, request, response, url.pathname);
      } catch (error) {
        if (response.headersSent) {
          response.destroy();
        } else if (error instanceof HttpError) {
          sendGraphQLErrors(
            response,
            error.status,
            [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }],
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

  return {
    server,
    apollo,
    metrics,
    async close() {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeIdleConnections();
      });
      await apollo.stop();
      // After the last response: every usage event of this process reaches Redis or PostgreSQL.
      await metering.close();
      claim.close();
    },
  };
}
