import { graphql } from '../gql';

export const WebhookEndpointFieldsFragment = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    disabledReason
    failingSince
    secretPreview
    previousSecretExpiresAt
    createdAt
  }
`);

export const ProjectWebhooksQuery = graphql(`
  query ProjectWebhooks($id: ID!) {
    project(id: $id) {
      id
      webhookEndpoints {
        ...WebhookEndpointFields
        deliveries(first: 1) {
          totalCount
          edges {
            node {
              id
              status
              createdAt
            }
          }
        }
      }
    }
    webhookEventTypes {
      name
      description
    }
  }
`);

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    status
    attempts
    lastAttemptAt
    nextAttemptAt
    responseStatus
    durationMs
    error
    redeliveryOf
    createdAt
  }
`);

export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!, $first: Int, $after: String) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WebhookDeliveryFields
          }
        }
      }
    }
    webhookEventTypes {
      name
      description
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      id
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      ...WebhookDeliveryFields
    }
  }
`);
