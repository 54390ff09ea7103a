/** `latchkey webhooks list|create|test`: a project's webhook endpoints (docs/webhooks.md). */
import type { Command } from 'commander';
import {
  CreateWebhookEndpointOperation,
  SendTestWebhookOperation,
  WebhookEndpointsOperation,
} from '../../gql/operations.js';
import { action, examples } from '../command.js';
import { CliError, EXIT, usageError } from '../failures.js';
import { listOf, shortTime } from '../parse.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const projectOption = '-p, --project <id>';
const projectHelp = 'the project (else LATCHKEY_PROJECT, the saved one, or your only one)';

export function registerWebhooks(program: Command): void {
  const webhooks = program.command('webhooks').description("A project's webhook endpoints");

  examples(webhooks.command('list').alias('ls').description('List endpoints (never their secrets)'), [
    'latchkey webhooks list',
  ])
    .option(projectOption, projectHelp)
    .action(
      action<{ project?: string }>(async (session, options) => {
        const { out } = session;
        const projectId = await session.project(options.project);
        const data = await out.spin('Loading endpoints', () =>
          session.client().request(WebhookEndpointsOperation, { projectId }),
        );
        if (!data.project) throw new CliError('Project not found. [NOT_FOUND]', EXIT.failed, 'NOT_FOUND');
        if (out.json) return out.data(data.project.webhookEndpoints);
        out.table(data.project.webhookEndpoints, [
          { header: 'ID', value: (endpoint) => endpoint.id },
          { header: 'URL', value: (endpoint) => endpoint.url },
          {
            header: 'ENABLED',
            value: (endpoint) =>
              endpoint.enabled ? 'yes' : `no${endpoint.disabledReason ? ` (${endpoint.disabledReason})` : ''}`,
            style: (text, endpoint) => out.paint(endpoint.enabled ? 'green' : 'red', text),
          },
          { header: 'EVENTS', value: (endpoint) => endpoint.events.join(' ') },
          { header: 'SECRET', value: (endpoint) => endpoint.secretPreview },
          { header: 'CREATED', value: (endpoint) => shortTime(endpoint.createdAt) },
        ]);
      }),
    );

  examples(
    webhooks
      .command('create')
      .argument('<url>', 'an https URL')
      .description('Add an endpoint; prints its signing secret this once'),
    ['latchkey webhooks create https://example.com/hooks --events key.created,key.leaked'],
  )
    .option(projectOption, projectHelp)
    .requiredOption('-e, --events <types>', 'event types, comma-separated or repeated (see docs/webhooks.md)', collect)
    .option('-d, --description <text>', 'what it is for')
    .action(
      action<{ project?: string; events?: string[]; description?: string }>(async (session, options, [url]) => {
        const { out } = session;
        const events = listOf(options.events);
        if (events.length === 0) throw usageError('--events: name at least one event type.');
        const projectId = await session.project(options.project);
        const { createWebhookEndpoint } = await out.spin('Creating the endpoint', () =>
          session.client().request(CreateWebhookEndpointOperation, {
            input: { projectId, url: url ?? '', events, description: options.description },
          }),
        );
        if (out.json) return out.data(createWebhookEndpoint);
        const { endpoint, secret } = createWebhookEndpoint;
        out.line(`Created ${endpoint.id} for ${endpoint.url} (${endpoint.events.join(' ')}).`);
        out.line();
        out.line(`${out.paint('bold', 'Signing secret:')} ${out.paint('cyan', secret)}`);
        out.line(out.paint('yellow', 'Copy it now: it is shown this once.'));
      }),
    );

  examples(
    webhooks.command('test').argument('<id>', 'the endpoint').description('Send a webhook.test event to an endpoint'),
    ['latchkey webhooks test 0193…'],
  ).action(
    action(async (session, _options, [id]) => {
      const { out } = session;
      const { sendTestWebhook } = await out.spin('Sending a test event', () =>
        session.client().request(SendTestWebhookOperation, { id: id ?? '' }),
      );
      if (out.json) return out.data(sendTestWebhook);
      out.fields([
        ['Delivery', sendTestWebhook.id],
        ['Event', `${sendTestWebhook.eventType} ${sendTestWebhook.eventId}`],
        ['Status', sendTestWebhook.status],
        ['Response', sendTestWebhook.responseStatus],
        ['Next attempt', sendTestWebhook.nextAttemptAt ? shortTime(sendTestWebhook.nextAttemptAt) : null],
      ]);
    }),
  );
}
