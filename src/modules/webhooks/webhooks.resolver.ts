import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toConnection } from '../../shared/pagination.js';
import type { Project } from '../projects/projects.entity.js';
import { PageArgsType } from '../projects/projects.resolver.js';
import { ProjectObject } from '../projects/projects.types.js';
import { listDeliveries, redeliverWebhook, sendTestWebhook } from './webhook-deliveries.service.js';
import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import type { WebhookDelivery, WebhookEndpoint } from './webhooks.entity.js';
import {
  createEndpoint,
  deleteEndpoint,
  findVisibleEndpoint,
  listEndpoints,
  rotateSecret,
  updateEndpoint,
} from './webhooks.service.js';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  RotateWebhookSecretInput,
  RotateWebhookSecretPayload,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryObject,
  WebhookEndpointObject,
  WebhookEventTypeObject,
} from './webhooks.types.js';

@Resolver(() => WebhookEndpointObject)
export class WebhooksResolver {
  @Query(() => [WebhookEventTypeObject], { description: 'The events webhook endpoints can receive.' })
  webhookEventTypes(): WebhookEventTypeObject[] {
    return WEBHOOK_EVENT_TYPES.map((name) => ({ name, description: WEBHOOK_EVENT_DESCRIPTIONS[name] }));
  }

  @Query(() => WebhookEndpointObject, {
    nullable: true,
    description: 'A webhook endpoint and its deliveries (needs webhooks:read in its project).',
  })
  webhookEndpoint(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: Context) {
    return findVisibleEndpoint(ctx, id, 'webhooks:read');
  }

  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      'Add a webhook endpoint to a project (needs webhooks:write). The answer holds its signing secret, shown this once.',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'The input; see its type for each field.' })
    input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return createEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpointObject, {
    description: 'Change an endpoint’s URL, description, events, or disable / enable it (needs webhooks:write).',
  })
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The input; see its type for each field.' })
    input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return updateEndpoint(ctx, input);
  }

  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Delete an endpoint and its delivery log (needs webhooks:write).',
  })
  deleteWebhookEndpoint(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: Context) {
    return deleteEndpoint(ctx, id);
  }

  @Mutation(() => RotateWebhookSecretPayload, {
    description:
      'Replace an endpoint’s signing secret (needs webhooks:write); during the overlap every request carries a signature by each secret. The new secret is shown this once.',
  })
  rotateWebhookSecret(
    @Arg('input', () => RotateWebhookSecretInput, { description: 'The input; see its type for each field.' })
    input: RotateWebhookSecretInput,
    @Ctx() ctx: Context,
  ) {
    return rotateSecret(ctx, input);
  }

  @Mutation(() => WebhookDeliveryObject, {
    description:
      'Send a `webhook.test` event to an enabled endpoint now (needs webhooks:write; with redeliveries, 30 a minute per endpoint).',
  })
  sendTestWebhook(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: Context) {
    return sendTestWebhook(ctx, id);
  }

  @Mutation(() => WebhookDeliveryObject, {
    description: 'Send a delivery’s event again, as a new delivery with the same `webhook-id` (needs webhooks:write).',
  })
  redeliverWebhook(
    @Arg('deliveryId', () => ID, { description: 'The delivery to send again.' }) deliveryId: string,
    @Ctx() ctx: Context,
  ) {
    return redeliverWebhook(ctx, deliveryId);
  }

  @FieldResolver(() => WebhookDeliveryConnection.Connection, { description: 'Its deliveries, newest first.' })
  async deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Args(() => PageArgsType) args: PageArgsType,
    @Ctx() ctx: Context,
  ) {
    return toConnection<WebhookDelivery>(await listDeliveries(ctx, endpoint, args));
  }
}

@Resolver(() => ProjectObject)
export class ProjectWebhooksResolver {
  @FieldResolver(() => [WebhookEndpointObject], {
    description: 'Webhook endpoints, oldest first (needs webhooks:read).',
  })
  webhookEndpoints(@Root() project: Project, @Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    return listEndpoints(ctx, project.id);
  }
}
