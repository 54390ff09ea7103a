import { graphql } from '../gql';

/** A key of the project changed (created, updated, rotated, deactivated, deleted …). */
export const ApiKeyChangedSubscription = graphql(`
  subscription PortalApiKeyChanged($projectId: ID!) {
    apiKeyChanged(projectId: $projectId) {
      id
    }
  }
`);

/** The project's audit events as they are committed. */
export const AuditEventsSubscription = graphql(`
  subscription PortalAuditEvents($projectId: ID!) {
    auditEvents(projectId: $projectId) {
      id
      targetId
    }
  }
`);

/** Metered requests of the project's keys, or of one key (a key may watch itself). */
export const UsageEventsSubscription = graphql(`
  subscription PortalUsageEvents($projectId: ID!, $apiKeyId: ID) {
    usageEvents(projectId: $projectId, apiKeyId: $apiKeyId) {
      id
      apiKeyId
      operation
      operationType
      outcome
      durationMs
      createdAt
    }
  }
`);
