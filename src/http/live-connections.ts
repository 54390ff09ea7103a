/**
 * Subscriptions over WebSocket on `/graphql` (graphql-transport-ws, `graphql-ws`), on the HTTP
 * server's port (DESIGN.md section 14, docs/subscriptions.md).
 *
 * - `connection_init` goes through admission like an HTTP request: the credential in its payload
 *   (`{ authorization: "Bearer <token>" }`) or the session cookie of the upgrade (same origin
 *   only). A key's connection attempt counts against its rate limit and is metered
 *   (`connection_init`). Refusals close the socket: 4401 and the reason (DEACTIVATED, DELETED,
 *   EXPIRED, MALFORMED, ...), 4429 over the rate limit; a subscription refused for a missing
 *   scope closes it with 4403.
 * - Revocation: every change announced by the revocation point (src/auth/revocation.ts, from
 *   this process or, over Redis, from any other) makes the connections of that credential read
 *   it again (`Admission.reconfirm`): deleted, expired, rotated past grace, leaked or a revoked
 *   session closes with 4401; deactivated stays open unless `terminateConnections`; anything
 *   else (new scopes) updates the connection's caller. A key's expiry and grace end close it on
 *   time, by a timer.
 * - Only subscriptions run here: queries and mutations go over HTTP, where they are metered.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
// Renamed: `useServer` is no React hook, whatever its name says to the linter.
import { useServer as serveGraphQLOverWebSocket } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Admission } from '../auth/admission.js';
import type { Caller } from '../auth/caller.js';
import type { Credentials } from '../auth/credentials.js';
import type { RevocationNotice } from '../auth/revocation.js';
import { LiveContext } from '../graphql/context.js';
import { type QueryLimits, queryLimitRules } from '../graphql/query-limits.js';
import type { LiveServices } from '../modules/live/live-feed.js';
import type { Metering } from '../modules/usage/metering.js';
import { clientAddressOf } from '../shared/client-address.js';
import type { Config } from '../shared/config.js';
import { maskError, onlySubscriptionsOverWebSocket } from '../shared/errors.js';
import type { LiveSubscriber } from '../shared/live-bus.js';
import type { Logger } from '../shared/logger.js';
import { type Metrics, timeKeyCheck } from '../shared/metrics.js';
import type { MikroORM } from '../shared/orm.js';
import { MAX_BODY_BYTES } from './respond.js';

/** Close codes of refusals (docs/subscriptions.md). */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_RATE_LIMITED = 4429;

/** The longest delay a Node timer takes; a key expiring later is checked by the revocation notices. */
const MAX_TIMER_MS = 2_147_483_647;

export interface LiveServerDependencies {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  metrics: Metrics;
  schema: GraphQLSchema;
  queryLimits: QueryLimits;
  admission: Admission;
  metering: Metering;
  live: LiveServices;
  subscriber: LiveSubscriber;
  /** This process, as it signs its own revocation notices (skipped when they come back over Redis). */
  processId: string;
}

export interface LiveServer {
  /** Closes every connection (1001 going away) and stops accepting new ones. Idempotent. */
  close(): Promise<void>;
  /** Connections open in this process. */
  readonly size: number;
}

/** One acknowledged connection. */
interface LiveConnection {
  socket: WebSocket;
  credentials: Credentials;
  clientAddress: string | null;
  userAgent: string | null;
  /** The caller as it is now: a revocation notice may give it new scopes. */
  holder: { caller: Caller };
  credentialHash: string | null;
  keyId: string | null;
  expiryTimer: NodeJS.Timeout | null;
}

/** A revocation notice with the process that sent it. */
export interface AnnouncedNotice extends RevocationNotice {
  origin?: string;
}

/** `Origin` and `Host` name the same host: a cookie is used only from the portal's own pages. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  return URL.parse(origin)?.host === host;
}

/** The credential of `connection_init`'s payload: `authorization` (any case), a string. */
function authorizationOf(payload: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!payload) return undefined;
  for (const [name, value] of Object.entries(payload)) {
    if (name.toLowerCase() === 'authorization' && typeof value === 'string') return value;
  }
  return undefined;
}

function errorCodeOf(error: GraphQLError): unknown {
  return error.extensions?.code ?? (error.originalError as GraphQLError | undefined)?.extensions?.code;
}

export function createLiveServer(server: Server, deps: LiveServerDependencies): LiveServer {
  const { config, logger, orm, metrics, schema, admission, metering, live } = deps;
  const connections = new Map<WebSocket, LiveConnection>();
  const validationRules = [...specifiedRules, ...queryLimitRules(deps.queryLimits)];
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });

  function refuse(socket: WebSocket, code: number, reason: string, stage: 'connect' | 'subscribe' | 'revoked') {
    metrics.liveRefusals.inc({ reason, stage });
    socket.close(code, reason);
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = URL.parse(request.url ?? '/', 'http://localhost');
    if (url?.pathname !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nx-content-type-options: nosniff\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  }
  server.on('upgrade', onUpgrade);

  /** Closes or keeps `connection` after its credential changed (or its expiry came). */
  async function recheck(connection: LiveConnection, terminate: boolean): Promise<void> {
    if (!connections.has(connection.socket)) return;
    let fork: ReturnType<typeof orm.em.fork> | undefined;
    const admitted = await admission
      .reconfirm(connection.credentials, {
        clientAddress: connection.clientAddress,
        em: () => {
          fork ??= orm.em.fork();
          return fork;
        },
      })
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'live connection: credential check failed; kept open');
        return null;
      });
    if (!admitted || !connections.has(connection.socket)) return;
    if (admitted.ok) {
      if (admitted.caller.kind !== 'anonymous') connection.holder.caller = admitted.caller;
      scheduleExpiry(connection);
      return;
    }
    if (admitted.reason === 'ADDRESS_REFUSED') return;
    // Deactivation refuses new connections and leaves live ones open, unless asked to terminate them.
    if (admitted.reason === 'DEACTIVATED' && !terminate) return;
    refuse(connection.socket, CLOSE_UNAUTHENTICATED, admitted.reason, 'revoked');
  }

  /** A key's connection closes when the key expires or its rotation's grace ends. */
  function scheduleExpiry(connection: LiveConnection) {
    if (connection.expiryTimer) clearTimeout(connection.expiryTimer);
    connection.expiryTimer = null;
    const caller = connection.holder.caller;
    if (caller.kind !== 'key') return;
    const ends = [caller.key.expiresAt, caller.key.graceEndsAt]
      .filter((date): date is Date => date != null)
      .map((date) => new Date(date).getTime());
    if (ends.length === 0) return;
    const delay = Math.max(0, Math.min(...ends) - Date.now()) + 10;
    if (delay > MAX_TIMER_MS) return;
    connection.expiryTimer = setTimeout(() => void recheck(connection, false), delay);
    connection.expiryTimer.unref();
  }

  function onNotice(notice: AnnouncedNotice) {
    const hashes = new Set(notice.hashes);
    for (const connection of connections.values()) {
      if (connection.credentialHash && hashes.has(connection.credentialHash.slice(0, 32))) {
        void recheck(connection, notice.terminateConnections);
      }
    }
  }
  const stopLocal = admission.revocation.onChanged(onNotice);
  const stopRemote = deps.subscriber.on('revoked', (message) => {
    const notice = message as AnnouncedNotice;
    if (notice.origin === deps.processId || !Array.isArray(notice.hashes)) return;
    onNotice(notice);
  });

  async function onConnect(ctx: WsContext<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>) {
    const { socket, request } = ctx.extra;
    const authorization = authorizationOf(ctx.connectionParams);
    const credentials: Credentials = {
      authorization,
      cookie: sameOrigin(request) ? request.headers.cookie : undefined,
    };
    const clientAddress = clientAddressOf(request, config.trustedProxies);
    let fork: ReturnType<typeof orm.em.fork> | undefined;
    const admitted = await timeKeyCheck(metrics, authorization, () =>
      admission.admit(credentials, {
        clientAddress,
        em: () => {
          fork ??= orm.em.fork();
          return fork;
        },
      }),
    );
    if (!admitted.ok) {
      if (admitted.reason === 'ADDRESS_REFUSED') {
        metrics.recordRateLimitRejection('address');
        refuse(socket, CLOSE_RATE_LIMITED, 'RATE_LIMITED', 'connect');
      } else {
        refuse(socket, CLOSE_UNAUTHENTICATED, admitted.reason, 'connect');
      }
      return false;
    }
    if (admitted.caller.kind === 'anonymous') {
      refuse(socket, CLOSE_UNAUTHENTICATED, 'MISSING', 'connect');
      return false;
    }
    // Each connection attempt of a key is one of its requests: counted by admission, metered here.
    const metered = metering.meter(admitted.caller, clientAddress, null, admitted.decision, admitted.credits, {
      operation: 'connection_init',
      operationType: 'subscription',
    });
    if (metered?.refusal) {
      metered.finish(429);
      metrics.recordRateLimitRejection('key');
      const reason = metered.refusal.error.extensions?.reason === 'USAGE_EXCEEDED' ? 'USAGE_EXCEEDED' : 'RATE_LIMITED';
      refuse(socket, CLOSE_RATE_LIMITED, reason, 'connect');
      return false;
    }
    metered?.finish(200);
    if (socket.readyState !== socket.OPEN) return false;
    const caller = admitted.caller;
    const connection: LiveConnection = {
      socket,
      credentials,
      clientAddress,
      userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
      holder: { caller },
      credentialHash: admitted.credentialHash ?? null,
      keyId: caller.kind === 'key' ? caller.key.id : null,
      expiryTimer: null,
    };
    connections.set(socket, connection);
    metrics.liveConnections.inc();
    if (connection.keyId) void live.connections.change(connection.keyId, 1);
    scheduleExpiry(connection);
    return true;
  }

  function forget(socket: WebSocket) {
    const connection = connections.get(socket);
    if (!connection) return;
    connections.delete(socket);
    metrics.liveConnections.dec();
    if (connection.expiryTimer) clearTimeout(connection.expiryTimer);
    if (connection.keyId) void live.connections.change(connection.keyId, -1);
  }

  const requestIdOf = () => `ws:${randomUUID()}`;

  const mask = (errors: readonly GraphQLError[], requestId: string) =>
    errors.map((error) =>
      maskError(error.toJSON(), error, requestId, (cause) =>
        logger.error({ err: cause, requestId }, 'unexpected error in a subscription'),
      ),
    );

  const graphqlWs = serveGraphQLOverWebSocket<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema,
      onConnect,
      onClose: (ctx) => forget(ctx.extra.socket),
      onSubscribe: (ctx, _id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return [new GraphQLError('Not connected.')];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: deps.queryLimits.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'The document does not parse.';
          return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(schema, document, validationRules);
        if (errors.length > 0) {
          return errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...error.extensions },
              }),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [
            new GraphQLError('Unable to identify the operation.', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
            }),
          ];
        }
        if (operation.operation !== 'subscription') return [onlySubscriptionsOverWebSocket()];
        metrics.liveMessages.inc({ type: 'subscribe' });
        const contextValue = new LiveContext(
          config,
          connection.holder,
          { requestId: requestIdOf(), clientAddress: connection.clientAddress, userAgent: connection.userAgent },
          admission,
          () => orm.em.fork(),
          live,
        );
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onOperation: (ctx, _id, _payload, _args, result) => {
        // A subscription refused when it starts closes the connection (its error is sent first).
        if (Symbol.asyncIterator in Object(result)) return;
        const errors = (result as ExecutionResult).errors ?? [];
        const refusal = errors.find((error) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(errorCodeOf(error))));
        if (!refusal) return;
        const socket = ctx.extra.socket;
        setImmediate(() => {
          if (errorCodeOf(refusal) === 'FORBIDDEN') refuse(socket, CLOSE_FORBIDDEN, 'FORBIDDEN', 'subscribe');
          else {
            const reason = refusal.extensions?.reason;
            refuse(socket, CLOSE_UNAUTHENTICATED, typeof reason === 'string' ? reason : 'MISSING', 'subscribe');
          }
        });
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        metrics.liveMessages.inc({ type: 'next' });
        if (!result.errors?.length) return;
        const requestId = (args.contextValue as LiveContext | undefined)?.meta.requestId ?? 'ws';
        return { ...result, errors: mask(result.errors, requestId) as never };
      },
      onError: (_ctx, _id, _payload, errors) => mask(errors, requestIdOf()) as never,
    },
    wss,
  );

  let closing: Promise<void> | null = null;
  return {
    get size() {
      return connections.size;
    },
    close() {
      closing ??= (async () => {
        server.off('upgrade', onUpgrade);
        stopLocal();
        stopRemote();
        for (const socket of [...connections.keys()]) forget(socket);
        await graphqlWs.dispose();
      })();
      return closing;
    },
  };
}

/** Apollo's drain hook for the WebSocket server: Apollo's `stop()` closes the connections first. */
export function liveDrainPlugin(server: () => LiveServer | null): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await server()?.close();
        },
      };
    },
  };
}
