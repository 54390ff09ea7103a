import { Migration20261202192436_webhooks } from '../../migrations/Migration20261202192436_webhooks.js';
import type { DomainModule } from '../module.js';
import { startWebhookWorker } from './webhook.worker.js';
import { webhookRelayTarget } from './webhook-relay-target.js';
import { WebhookDelivery, WebhookEndpoint } from './webhooks.entity.js';
import { webhooksRules } from './webhooks.rules.js';

/**
 * Signed webhooks (DESIGN.md section 14, docs/webhooks.md): endpoints per project, a delivery per
 * relayed event and endpoint, attempts with retries on BullMQ, test sends and redeliveries.
 */
export const webhooksModule: DomainModule = {
  name: 'webhooks',
  resolvers: async () => {
    const { ProjectWebhooksResolver, WebhooksResolver } = await import('./webhooks.resolver.js');
    return [WebhooksResolver, ProjectWebhooksResolver];
  },
  rules: webhooksRules,
  entities: [WebhookEndpoint, WebhookDelivery],
  migrations: [Migration20261202192436_webhooks],
  workers: [startWebhookWorker],
  relayTargets: [webhookRelayTarget],
};
