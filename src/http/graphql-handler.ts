/**
 * `/graphql` over HTTP: body parsing, admission (src/auth/admission.ts), metering, and Apollo.
 * A request is admitted before Apollo runs anything; a key over its rate limit gets 429 without
 * executing; its usage event is buffered once the response is done.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Admission } from '../auth/admission.js';
import { type Context, type CookieJar, RequestContext, RequestResources } from '../graphql/context.js';
import { inputStrings } from '../graphql/input-strings.js';
import { apolloIntrospectionOptions, introspectionHooks, withoutSuggestions } from '../graphql/introspection.js';
import { type QueryLimits, queryCostHooks, queryLimitRules } from '../graphql/query-limits.js';
import { requestFacts } from '../graphql/request-facts.js';
import { type RequestHooks, requestHooksPlugin } from '../graphql/request-hooks.js';
import type { LiveServices } from '../modules/live/live-feed.js';
import { type Metering, refusalOf } from '../modules/usage/metering.js';
import { usageSnapshot } from '../modules/usage/usage-snapshot.js';
import type { LoginThrottle } from '../modules/users/login-throttle.js';
import { SESSION_COOKIE } from '../modules/users/sessions.js';
import { clientAddressOf } from '../shared/client-address.js';
import type { Config } from '../shared/config.js';
import {
  httpStatusFor,
  maskError,
  subscriptionNeedsWebSocket,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
  unauthenticated,
} from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { type Metrics, timeKeyCheck } from '../shared/metrics.js';
import type { MikroORM } from '../shared/orm.js';
import type { ReadReplicas } from '../shared/read-replicas.js';
import { requestStore } from '../shared/request-store.js';
import { HttpError, readBody, sendGraphQLErrors } from './respond.js';

export interface GraphQLHandlerDependencies {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  metrics: Metrics;
  queryLimits: QueryLimits;
  schema: GraphQLSchema;
  admission: Admission;
  metering: Metering;
  loginThrottle: LoginThrottle;
  /** Read replicas for usage, activity and audit reads; none: the primary. */
  replicas?: ReadReplicas;
  /** reportLeakedKey's limits (LEAK_REPORT_LIMITS). */
  leakReportThrottle?: LoginThrottle;
  /** Live connection counts for `ApiKey.liveConnections` (the feed is WebSocket only). */
  live?: LiveServices;
  /** More Apollo plugins (the WebSocket server's drain). */
  plugins?: ApolloServerPlugin<Context>[];
}

export interface GraphQLHandler {
  apollo: ApolloServer<Context>;
  handle(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void>;
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
const httpStatus: RequestHooks<Context> = {
  willSendResponse({ response }) {
    if (response.body.kind !== 'single') return;
    const { data, errors } = response.body.singleResult;
    const hasData = data != null && Object.values(data).some((value) => value !== null);
    const status = httpStatusFor(errors, hasData, response.http.status);
    if (status) response.http.status = status;
    if (status === 503) response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    // A RATE_LIMITED error of a resolver (logIn's throttle) carries its wait in extensions.
    const retryAfter = errors?.find((error) => error.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfter;
    if (status === 429 && typeof retryAfter === 'number') response.http.headers.set('retry-after', String(retryAfter));
  },
};

/** A subscription sent over HTTP: 400, nothing executed (they run over WebSocket, live-connections.ts). */
const subscriptionsOverWebSocket: RequestHooks<Context> = {
  didResolveOperation({ operation }) {
    if (operation?.operation === 'subscription') throw subscriptionNeedsWebSocket();
  },
};

/** The request body: JSON for JSON content types, else the text (Apollo answers what it cannot use). */
async function bodyOf(request: IncomingMessage): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const text = await readBody(request);
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/(json|graphql-response\+json)\b/i.test(contentType) && !/\+json\b/i.test(contentType))
    return text;
  try {
    return text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

export async function createGraphQLHandler(deps: GraphQLHandlerDependencies): Promise<GraphQLHandler> {
  const { config, logger, orm, metrics, queryLimits, admission, metering } = deps;
  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
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
      // In the order Apollo ran them as separate plugins: the first refusal is the answer.
      requestHooksPlugin<Context>([
        httpStatus,
        introspectionHooks(config.introspection),
        inputStrings,
        queryCostHooks(queryLimits),
        requestFacts,
        usageSnapshot,
        subscriptionsOverWebSocket,
      ]),
      ...(deps.plugins ?? []),
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

  async function handle(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) {
    if (request.method !== 'GET' && request.method !== 'POST') {
      sendGraphQLErrors(response, 405, [{ message: 'Use GET or POST.', extensions: { code: 'BAD_REQUEST' } }], {
        allow: 'GET, POST',
      });
      return;
    }
    const body = await bodyOf(request);
    // The request's EntityManager fork is made on first use: a cached key's `viewer` needs none.
    const onDemand = new RequestResources(() => orm.em.fork());
    const clientAddress = clientAddressOf(request, config.trustedProxies);
    const credentials = { authorization: request.headers.authorization, cookie: request.headers.cookie };
    const admitted = await timeKeyCheck(metrics, credentials.authorization, () =>
      admission.admit(credentials, { clientAddress, em: () => onDemand.em, connection: request.socket }),
    );
    if (!admitted.ok) {
      if (admitted.reason === 'ADDRESS_REFUSED') {
        metrics.recordRateLimitRejection('address');
        const refusal = refusalOf(admitted.retryAfterSeconds);
        sendGraphQLErrors(response, 429, [refusal.error], refusal.headers);
        return;
      }
      const error = unauthenticated(admitted.reason);
      sendGraphQLErrors(response, 401, [{ message: error.message, extensions: error.extensions }], {
        'www-authenticate': `Bearer realm="latchkey", error="invalid_token"`,
      });
      return;
    }
    const setCookies: string[] = [];
    // The loaders are not primed with the caller's key or project: those are read-only records,
    // while the loaders hand out entities that a mutation may change.
    const context = new RequestContext(
      config,
      admitted.caller,
      {
        requestId,
        clientAddress,
        userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
      },
      admission,
      cookieJar(config.production, setCookies),
      onDemand,
    );
    context.loginThrottle = deps.loginThrottle;
    context.replicas = deps.replicas;
    context.leakReportThrottle = deps.leakReportThrottle;
    context.live = deps.live;
    context.usage = metering.requestUsage(clientAddress, admitted.decision?.state ?? null);
    const metered = metering.meter(
      admitted.caller,
      clientAddress,
      body ?? Object.fromEntries(url.searchParams),
      admitted.decision,
      admitted.credits,
    );
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

  return { apollo, handle };
}
