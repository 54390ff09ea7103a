import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { createConnection, registerEnum } from '../../shared/graphql-types.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhooks.entity.js';

export const WebhookDeliveryStatusEnum = registerEnum(
  DELIVERY_STATUSES,
  'WebhookDeliveryStatus',
  'Where a webhook delivery stands.',
  {
    PENDING: 'Not attempted yet.',
    SUCCEEDED: 'The endpoint answered 2xx.',
    RETRYING: 'An attempt failed; the next one is at `nextAttemptAt`.',
    FAILED: 'Every attempt failed (or the endpoint is disabled); redeliver it to try again.',
  },
);

@ObjectType('WebhookEventType', { description: 'An event a webhook endpoint can receive.' })
export class WebhookEventTypeObject {
  @Field(() => String, { description: 'The event type, e.g. `key.created`: the body’s `type`.' })
  name!: string;

  @Field(() => String, { description: 'When it is sent.' })
  description!: string;
}

@ObjectType('WebhookEndpoint', {
  description:
    'A URL that receives the project’s events as signed POST requests (Standard Webhooks 1.0). Its secret is shown once, when created or rotated.',
})
export class WebhookEndpointObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Where events are POSTed.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description!: string | null;

  @Field(() => [String], { description: 'Event types it receives; empty means every event.' })
  events!: string[];

  @Field(() => Boolean, {
    description: 'Whether events are sent to it. Latchkey disables an endpoint that fails for 3 days or answers 410.',
  })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why Latchkey disabled it (null when enabled, or disabled by someone).',
  })
  disabledReason!: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Since when every attempt has failed; null while it succeeds.',
  })
  failingSince!: Date | null;

  @Field(() => String, { description: 'The first characters and the last 4 of the signing secret.' })
  secretPreview!: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Until when the previous secret also signs, after a rotation with an overlap.',
  })
  previousSecretExpiresAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType('WebhookDelivery', {
  description: 'One event sent to one endpoint, with its attempts. The request carries `webhook-id` = `eventId`.',
})
export class WebhookDeliveryObject {
  @Field(() => ID, { description: 'Stable id; pass it to redeliverWebhook.' })
  id!: string;

  @Field(() => ID, {
    description: 'The event: the `webhook-id` header, the same on every attempt and redelivery.',
  })
  eventId!: string;

  @Field(() => String, { description: 'The event type, e.g. `key.created`.' })
  eventType!: string;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the next attempt is due (RETRYING).' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer, if one came.' })
  responseStatus!: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  durationMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  error!: string | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one sends again (redeliverWebhook).' })
  redeliveryOf!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  createdAt!: Date;
}

export const WebhookDeliveryConnection = createConnection(
  'WebhookDelivery',
  WebhookDeliveryObject,
  'A page of deliveries, newest first.',
);

@ObjectType({ description: 'A new endpoint and its signing secret.' })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpointObject, { description: 'The endpoint.' })
  endpoint!: WebhookEndpointObject;

  @Field(() => String, {
    description: 'The signing secret (`whsec_…`). Shown this once: store it now, it cannot be read again.',
  })
  secret!: string;
}

@ObjectType({ description: 'The endpoint and its new signing secret.' })
export class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpointObject, { description: 'The endpoint.' })
  endpoint!: WebhookEndpointObject;

  @Field(() => String, {
    description: 'The new signing secret (`whsec_…`). Shown this once: store it now, it cannot be read again.',
  })
  secret!: string;
}

@ObjectType({ description: 'What was deleted.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: 'The deleted endpoint’s id.' })
  id!: string;
}

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'The project whose events it receives.' })
  projectId!: string;

  @Field(() => String, {
    description: 'An https URL on a public address (at most 2048 characters); redirects are not followed.',
  })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 500 characters).' })
  description?: string | null;

  @Field(() => [String], {
    description: 'Event types to receive (see `webhookEventTypes`); an empty list means every event.',
  })
  events!: string[];
}

@InputType({ description: 'Change an endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new URL (checked like a new endpoint’s).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description; an empty string clears it.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'New event types; an empty list means every event.' })
  events?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Disable or enable it; enabling clears its failure streak.',
  })
  enabled?: boolean | null;
}

@InputType({ description: 'Replace an endpoint’s signing secret.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Seconds the previous secret keeps signing too (two signatures per request), 0 to 604800 (7 days); default 86400.',
  })
  overlapSeconds?: number | null;
}
