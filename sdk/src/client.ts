/**
 * `Latchkey`: a typed client of the Latchkey GraphQL API, built on the operations generated into
 * ./gql/operations.ts. Every method resolves to the data it names or throws a `LatchkeyError`.
 */

import { LatchkeyError } from './errors.js';
import {
  type ApiKeyEnvironment,
  type ApiKeyFieldsFragment,
  type ApiKeyFilter,
  ApiKeyOperation,
  ApiKeysOperation,
  type ApiKeysQuery,
  ApiKeyUsageOperation,
  type AuditEventFilter,
  AuditEventsLiveOperation,
  AuditEventsOperation,
  type AuditEventsQuery,
  type CreateApiKeyInput,
  CreateApiKeyOperation,
  DeactivateApiKeyOperation,
  DeleteApiKeyOperation,
  type ProjectFieldsFragment,
  ProjectOperation,
  ProjectsOperation,
  ProjectUsageOperation,
  ReactivateApiKeyOperation,
  type RotateApiKeyInput,
  RotateApiKeyOperation,
  ScopesOperation,
  type ScopesQuery,
  type UpdateApiKeyInput,
  UpdateApiKeyOperation,
  type UsageGranularity,
  type UsageReportFieldsFragment,
  ViewerOperation,
  type ViewerQuery,
} from './gql/operations.js';
import {
  type LatchkeyMiddleware,
  type LatchkeyMiddlewareOptions,
  latchkeyMiddleware,
  type MiddlewareRequest,
} from './middleware.js';
import type { Operation } from './operation.js';
import { type SubscribeOptions, subscribe } from './subscriptions.js';
import { type CallOptions, execute, type TransportSettings } from './transport.js';
import { type KeyVerification, type VerifyKeyOptions, verifyKeyWith } from './verification.js';

export interface LatchkeyOptions {
  /**
   * Where Latchkey runs, e.g. `https://latchkey.example.com`; requests go to its `/graphql` (a URL
   * that already ends in `/graphql` is used as it is).
   */
  url: string;
  /**
   * Sent as `Authorization: Bearer`: an API key (`lk_live_…`; one with `keys:verify` to verify
   * keys), a personal access token, or a session token.
   */
  token?: string;
  /** Time allowed for each attempt, answer included, in milliseconds (default 10,000). */
  timeoutMs?: number;
  /** Attempts after the first for what may be retried (default 2; see the README). */
  retries?: number;
  /** First backoff step, doubled at each retry, with jitter (default 200 ms). */
  retryDelayMs?: number;
  /** Longest wait between attempts; a `Retry-After` asking for more ends the retries (default 10,000 ms). */
  maxRetryDelayMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

export type ApiKey = ApiKeyFieldsFragment;
export type Project = ProjectFieldsFragment;
export type UsageReport = UsageReportFieldsFragment;
export type Viewer = ViewerQuery['viewer'];
export type Scope = ScopesQuery['scopes'][number];
export type ApiKeyConnection = NonNullable<NonNullable<ApiKeysQuery['project']>['apiKeys']>;
export type AuditEventConnection = NonNullable<NonNullable<AuditEventsQuery['project']>['auditEvents']>;
export type AuditEvent = AuditEventConnection['edges'][number]['node'];

/** A time as a Date or an ISO 8601 string. */
export type TimeInput = Date | string;

export interface PageOptions {
  /** Page size, 1–100 (the server's default: 20). */
  first?: number;
  /** `pageInfo.endCursor` of the previous page. */
  after?: string;
}

export interface UsageOptions {
  from?: TimeInput;
  to?: TimeInput;
  granularity?: UsageGranularity;
}

export interface KeysApi {
  /** One page of a project's keys, newest first (needs `keys:read`). */
  list(
    projectId: string,
    options?: PageOptions & { filter?: ApiKeyFilter },
    call?: CallOptions,
  ): Promise<ApiKeyConnection>;
  /** Every key of a project matching `filter`, page after page. */
  all(
    projectId: string,
    options?: { filter?: ApiKeyFilter; pageSize?: number },
    call?: CallOptions,
  ): AsyncIterable<ApiKey>;
  /** A key by id (`NOT_FOUND` when there is none the caller may see). */
  get(id: string, call?: CallOptions): Promise<ApiKey>;
  /** Creates a key; `secret` is the full key, returned this once. */
  create(input: CreateApiKeyInput, call?: CallOptions): Promise<{ apiKey: ApiKey; secret: string }>;
  update(input: UpdateApiKeyInput, call?: CallOptions): Promise<ApiKey>;
  /** Replaces a key; the old one (`previous`) works until its grace period ends. */
  rotate(input: RotateApiKeyInput, call?: CallOptions): Promise<{ apiKey: ApiKey; secret: string; previous: ApiKey }>;
  deactivate(id: string, call?: CallOptions): Promise<ApiKey>;
  reactivate(id: string, call?: CallOptions): Promise<ApiKey>;
  delete(id: string, call?: CallOptions): Promise<{ id: string }>;
}

export interface ProjectsApi {
  /** The signed-in user's projects (sessions and personal tokens). */
  list(call?: CallOptions): Promise<Project[]>;
  /** A project (`NOT_FOUND` when there is none the caller may see). */
  get(id: string, call?: CallOptions): Promise<Project>;
}

export interface UsageApi {
  /** A project's usage (default: the last 24 hours of LIVE keys; needs `usage:read`). */
  project(
    projectId: string,
    options?: UsageOptions & { environment?: ApiKeyEnvironment },
    call?: CallOptions,
  ): Promise<UsageReport>;
  /** A key's usage, its rotated predecessors included (a key may read its own). */
  key(id: string, options?: UsageOptions, call?: CallOptions): Promise<UsageReport>;
}

export interface AuditApi {
  /** One page of a project's audit log, newest first (needs `audit:read`). */
  list(
    projectId: string,
    options?: PageOptions & {
      filter?: Omit<AuditEventFilter, 'since' | 'until'> & { since?: TimeInput; until?: TimeInput };
    },
    call?: CallOptions,
  ): Promise<AuditEventConnection>;
  /**
   * A project's audit events as they are committed, over WebSocket (the `auditEvents`
   * subscription; needs `audit:read`), until `options.signal` aborts.
   */
  follow(projectId: string, options?: SubscribeOptions): AsyncGenerator<AuditEvent>;
}

function iso(time: TimeInput | undefined): string | undefined {
  return time instanceof Date ? time.toISOString() : time;
}

/** The GraphQL endpoint of a Latchkey URL. */
function endpointOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`Latchkey url must be http or https, not ${parsed.protocol}`);
  }
  if (!parsed.pathname.endsWith('/graphql')) parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/graphql`;
  return parsed.href;
}

function notFound(what: string, operation: string): LatchkeyError {
  return new LatchkeyError({ code: 'NOT_FOUND', message: `${what} not found.`, operation });
}

export class Latchkey {
  readonly keys: KeysApi;
  readonly projects: ProjectsApi;
  readonly usage: UsageApi;
  readonly audit: AuditApi;
  readonly #settings: TransportSettings;

  constructor(options: LatchkeyOptions) {
    const atLeast = (minimum: number, name: string, value: number | undefined, fallback: number) => {
      if (value === undefined) return fallback;
      if (!Number.isFinite(value) || value < minimum) {
        throw new RangeError(`${name} must be a number ≥ ${minimum}, not ${value}.`);
      }
      return value;
    };
    this.#settings = {
      endpoint: endpointOf(options.url),
      token: options.token,
      timeoutMs: atLeast(1, 'timeoutMs', options.timeoutMs, 10_000),
      retries: Math.floor(atLeast(0, 'retries', options.retries, 2)),
      retryDelayMs: atLeast(0, 'retryDelayMs', options.retryDelayMs, 200),
      maxRetryDelayMs: atLeast(0, 'maxRetryDelayMs', options.maxRetryDelayMs, 10_000),
      // Called through a function: some runtimes refuse a fetch detached from its global.
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    };
    const request = this.request.bind(this);
    const subscribeWith = this.subscribe.bind(this);

    this.keys = {
      async list(projectId, options = {}, call) {
        const data = await request(ApiKeysOperation, { projectId, ...options }, call);
        if (!data.project?.apiKeys) throw notFound('Project', ApiKeysOperation.name);
        return data.project.apiKeys;
      },
      all: (projectId, options = {}, call) => {
        const list = this.keys.list;
        return {
          async *[Symbol.asyncIterator]() {
            let after: string | undefined;
            do {
              const page = await list(
                projectId,
                { first: options.pageSize ?? 100, after, filter: options.filter },
                call,
              );
              for (const edge of page.edges) yield edge.node;
              after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
            } while (after);
          },
        };
      },
      async get(id, call) {
        const { apiKey } = await request(ApiKeyOperation, { id }, call);
        if (!apiKey) throw notFound('API key', ApiKeyOperation.name);
        return apiKey;
      },
      async create(input, call) {
        return (await request(CreateApiKeyOperation, { input }, call)).createApiKey;
      },
      async update(input, call) {
        return (await request(UpdateApiKeyOperation, { input }, call)).updateApiKey;
      },
      async rotate(input, call) {
        return (await request(RotateApiKeyOperation, { input }, call)).rotateApiKey;
      },
      async deactivate(id, call) {
        return (await request(DeactivateApiKeyOperation, { id }, call)).deactivateApiKey;
      },
      async reactivate(id, call) {
        return (await request(ReactivateApiKeyOperation, { id }, call)).reactivateApiKey;
      },
      async delete(id, call) {
        return (await request(DeleteApiKeyOperation, { id }, call)).deleteApiKey;
      },
    };

    this.projects = {
      async list(call) {
        return (await request(ProjectsOperation, {}, call)).projects;
      },
      async get(id, call) {
        const { project } = await request(ProjectOperation, { id }, call);
        if (!project) throw notFound('Project', ProjectOperation.name);
        return project;
      },
    };

    this.usage = {
      async project(projectId, options = {}, call) {
        const { from, to, ...rest } = options;
        const data = await request(ProjectUsageOperation, { projectId, from: iso(from), to: iso(to), ...rest }, call);
        if (!data.project?.usage) throw notFound('Project', ProjectUsageOperation.name);
        return data.project.usage;
      },
      async key(id, options = {}, call) {
        const { from, to, ...rest } = options;
        const data = await request(ApiKeyUsageOperation, { id, from: iso(from), to: iso(to), ...rest }, call);
        if (!data.apiKey?.usage) throw notFound('API key', ApiKeyUsageOperation.name);
        return data.apiKey.usage;
      },
    };

    this.audit = {
      async list(projectId, options = {}, call) {
        const { filter, ...page } = options;
        const variables = {
          projectId,
          ...page,
          filter: filter && { ...filter, since: iso(filter.since), until: iso(filter.until) },
        };
        const data = await request(AuditEventsOperation, variables, call);
        if (!data.project?.auditEvents) throw notFound('Project', AuditEventsOperation.name);
        return data.project.auditEvents;
      },
      follow: async function* (projectId, options) {
        for await (const data of subscribeWith(AuditEventsLiveOperation, { projectId }, options))
          yield data.auditEvents;
      },
    };
  }

  /** Runs any typed operation (the SDK's generated ones, or your own) with this client's settings. */
  request<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    call?: CallOptions,
  ): Promise<TResult> {
    return execute(this.#settings, operation, variables, call);
  }

  /** Runs a subscription over WebSocket with this client's URL and token; see `subscribe`. */
  subscribe<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    options?: SubscribeOptions,
  ): AsyncGenerator<TResult> {
    return subscribe(this.#settings, operation, variables, options);
  }

  /** The caller: the signed-in user, or the calling key with its scopes and rate-limit window. */
  async viewer(call?: CallOptions): Promise<Viewer> {
    return (await this.request(ViewerOperation, {}, call)).viewer;
  }

  /** Latchkey's own scopes, with what each grants and implies. */
  async scopes(call?: CallOptions): Promise<Scope[]> {
    return (await this.request(ScopesOperation, {}, call)).scopes;
  }

  /**
   * Verifies a key one of your backends received (the client's token needs `keys:verify` in the
   * key's project). A refused key is not an error: the answer says `valid: false` and a `code`.
   */
  verifyKey(options: VerifyKeyOptions): Promise<KeyVerification> {
    return verifyKeyWith(this, options);
  }

  /** A `(req, res, next)` middleware that verifies each request's key with this client. */
  middleware<Req extends MiddlewareRequest = MiddlewareRequest>(
    options: LatchkeyMiddlewareOptions<Req> = {},
  ): LatchkeyMiddleware {
    return latchkeyMiddleware(this, options);
  }
}
