/**
 * What the webhook tests share: a real HTTP receiver on 127.0.0.1 that records every request
 * and answers from a script, a test server allowed to send to it, and the relay of one test's
 * projects (the database is shared: a relay takes only the projects it is given).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UsageOptions } from '../../../src/modules/usage/usage-options.js';
import type { Config } from '../../../src/shared/config.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import type { SeededProject } from '../../helpers/seed.js';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** How the receiver answers one request: a status, optional headers, or never (to time out). */
export type Answer = number | { status: number; headers?: Record<string, string> } | 'hang';

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Remote addresses of every TCP connection it accepted, in order (a refused attempt never connects). */
  connections: string[];
  /** Answers for the next requests, in order; when empty, `fallback`. */
  script: Answer[];
  fallback: Answer;
  /** Requests whose webhook-id is `id`. */
  requestsFor(id: string): ReceivedRequest[];
  close(): Promise<void>;
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

export async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const connections: string[] = [];
  const hanging = new Set<IncomingMessage>();
  const receiver: Receiver = {
    url: '',
    requests,
    connections,
    script: [],
    fallback: 200,
    requestsFor: (id) => requests.filter((request) => request.headers['webhook-id'] === id),
    close: async () => {
      for (const request of hanging) request.socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: headersOf(request),
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const answer = receiver.script.shift() ?? receiver.fallback;
      if (answer === 'hang') {
        hanging.add(request);
        return;
      }
      const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
      response.writeHead(status, { 'content-type': 'text/plain', ...headers });
      response.end('ok');
    });
  });
  server.on('connection', (socket) => connections.push(`${socket.remoteAddress}:${socket.remotePort}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/** Fast retries for tests: the schedule's shape, in tens of milliseconds. */
export const FAST_WEBHOOKS: Partial<UsageOptions> = {
  relayEveryMs: 50,
  webhookRetryDelaysMs: [200, 400],
  webhookTimeoutMs: 2_000,
};

/** A server that may send webhooks to 127.0.0.1 (LATCHKEY_WEBHOOKS_ALLOW_PRIVATE), workers not started yet. */
export function startWebhookServer(
  config: Partial<Config> = {},
  usage: Partial<UsageOptions> = {},
): Promise<TestServer> {
  return startTestServer(
    { webhooksAllowPrivate: true, ...config },
    { usage: { ...FAST_WEBHOOKS, relayCursor: `test-${randomUUID()}`, ...usage } },
  );
}

/** Starts the server's workers relaying these projects' events (and only theirs). */
export async function relayProjects(server: TestServer, ...projects: SeededProject[]): Promise<void> {
  server.options.relayProjectIds = projects.map((project) => project.id);
  await server.startWorkers();
}

export const CREATE_ENDPOINT = graphql(`
  mutation WebhookCreateEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint { id url description events enabled secretPreview createdAt }
    }
  }
`);

export async function createEndpoint(
  server: TestServer,
  project: SeededProject,
  url: string,
  events: string[] = [],
): Promise<{ id: string; secret: string }> {
  const result = await server.gql(
    CREATE_ENDPOINT,
    { input: { projectId: project.id, url, events } },
    {
      token: project.owner.token,
    },
  );
  const { createWebhookEndpoint } = dataOf(result);
  return { id: createWebhookEndpoint.endpoint.id, secret: createWebhookEndpoint.secret };
}

export const DELIVERIES = graphql(`
  query WebhookDeliveries($id: ID!) {
    project(id: $id) {
      webhookEndpoints {
        id
        enabled
        disabledReason
        failingSince
        deliveries(first: 100) {
          totalCount
          edges {
            node {
              id eventId eventType status attempts lastAttemptAt nextAttemptAt responseStatus durationMs error
              redeliveryOf createdAt
            }
          }
        }
      }
    }
  }
`);

/** The project's endpoints with their deliveries (newest first), as the owner reads them. */
export async function endpointsOf(server: TestServer, project: SeededProject) {
  const { project: found } = dataOf(await server.gql(DELIVERIES, { id: project.id }, { token: project.owner.token }));
  return (found?.webhookEndpoints ?? []).map((endpoint) => ({
    ...endpoint,
    deliveries: endpoint.deliveries.edges.map((edge) => edge.node),
  }));
}

/** Polls until `done` holds, or fails after `timeoutMs` with the last value in the message. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value:\n${JSON.stringify(last, null, 2)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}
