import { graphql } from '../gql';

export const KeyFieldsFragment = graphql(`
  fragment KeyFields on ApiKey {
    id
    name
    description
    preview
    status
    environment
    isDefault
    scopes {
      name
    }
    createdAt
    createdBy {
      id
      label
      type
    }
    lastUsedAt
    usageCount
    expiresAt
    graceEndsAt
    rotatedAt
    rateLimit {
      perMinute
      perDay
      burstPerMinute
      source
    }
    permissions
    externalId
    meta
    allowedCidrs
    credits {
      remaining
      refillAt
      refill {
        amount
        interval
      }
    }
  }
`);

export const ProjectKeysQuery = graphql(`
  query ProjectKeys($projectId: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) {
    project(id: $projectId) {
      id
      plan
      keyCount
      limits {
        maxKeys
      }
      apiKeys(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...KeyFields
          }
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
        name
        preview
        permissions
      }
      secret
    }
  }
`);

export const UpdateApiKeyMutation = graphql(`
  mutation UpdateApiKey($input: UpdateApiKeyInput!) {
    updateApiKey(input: $input) {
      ...KeyFields
    }
  }
`);

export const RotateApiKeyMutation = graphql(`
  mutation RotateApiKey($input: RotateApiKeyInput!) {
    rotateApiKey(input: $input) {
      apiKey {
        id
        name
        preview
        permissions
      }
      previous {
        id
        preview
        graceEndsAt
        status
      }
      secret
    }
  }
`);

export const DeactivateApiKeyMutation = graphql(`
  mutation DeactivateApiKey($id: ID!) {
    deactivateApiKey(id: $id) {
      id
      status
    }
  }
`);

export const ReactivateApiKeyMutation = graphql(`
  mutation ReactivateApiKey($id: ID!) {
    reactivateApiKey(id: $id) {
      id
      status
    }
  }
`);

export const DeleteApiKeyMutation = graphql(`
  mutation DeleteApiKey($id: ID!) {
    deleteApiKey(id: $id) {
      id
    }
  }
`);
