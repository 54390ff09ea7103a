import { argument, guard, inputField, isAuthenticated, projectScope } from '../../auth/guards.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { allow } from '../../shared/shield.js';
import type { Project } from '../projects/projects.entity.js';
import type { ScopeName } from '../scopes/scopes.catalog.js';
import { WebhookDelivery } from './webhooks.entity.js';
import { findVisibleEndpoint } from './webhooks.service.js';

type IdOf = (parent: unknown, args: Record<string, unknown>) => string;

/** The caller holds `scope` in the project of the endpoint `idOf` names; other tenants' are NOT_FOUND. */
function endpointScope(scope: ScopeName, idOf: IdOf) {
  return guard(`endpointScope:${scope}`, async (parent, args, ctx: Context) => {
    await findVisibleEndpoint(ctx, idOf(parent, args), scope);
  });
}

/** The caller holds `scope` in the project of the delivery `idOf` names; other tenants' are NOT_FOUND. */
function deliveryScope(scope: ScopeName, idOf: IdOf) {
  return guard(`deliveryScope:${scope}`, async (parent, args, ctx: Context) => {
    const id = idOf(parent, args);
    const delivery = isUuid(id) ? await ctx.em.findOne(WebhookDelivery, { id }) : null;
    if (!delivery) throw notFound('Webhook delivery');
    await ctx.access.require(delivery.projectId, scope, 'Webhook delivery');
  });
}

const ofParentProject = (parent: unknown) => (parent as Project).id;

export const webhooksRules = {
  Query: { webhookEventTypes: allow, webhookEndpoint: endpointScope('webhooks:read', argument('id')) },
  Mutation: {
    createWebhookEndpoint: projectScope('webhooks:write', inputField('projectId')),
    updateWebhookEndpoint: endpointScope('webhooks:write', inputField('id')),
    deleteWebhookEndpoint: endpointScope('webhooks:write', argument('id')),
    rotateWebhookSecret: endpointScope('webhooks:write', inputField('id')),
    sendTestWebhook: endpointScope('webhooks:write', argument('id')),
    redeliverWebhook: deliveryScope('webhooks:write', argument('deliveryId')),
  },
  Project: { webhookEndpoints: projectScope('webhooks:read', ofParentProject) },
  // Reached only through Query.webhookEndpoint and Project.webhookEndpoints (webhooks:read) or the webhook mutations.
  WebhookEndpoint: { '*': isAuthenticated },
  WebhookDelivery: { '*': isAuthenticated },
  WebhookDeliveryConnection: { '*': allow },
  WebhookDeliveryEdge: { '*': allow },
  WebhookEventType: { '*': allow },
  CreateWebhookEndpointPayload: { '*': allow },
  RotateWebhookSecretPayload: { '*': allow },
  DeleteWebhookEndpointPayload: { '*': allow },
};
