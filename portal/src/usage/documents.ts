import { graphql } from '../gql';

export const UsageReportFieldsFragment = graphql(`
  fragment UsageReportFields on UsageReport {
    from
    to
    granularity
    totals {
      requests
      ok
      errors
      denied
      rateLimited
    }
    series {
      bucketStart
      requests
      ok
      errors
      denied
      rateLimited
      averageDurationMs
    }
    byOperation {
      operation
      requests
      ok
      errors
      denied
      rateLimited
      averageDurationMs
    }
  }
`);

export const ActivityFieldsFragment = graphql(`
  fragment ActivityFields on Activity {
    id
    operation
    operationType
    outcome
    durationMs
    clientAddress
    createdAt
  }
`);

export const KeyUsageQuery = graphql(`
  query KeyUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity) {
    apiKey(id: $id) {
      id
      usage(from: $from, granularity: $granularity) {
        ...UsageReportFields
      }
    }
  }
`);

export const KeyActivityQuery = graphql(`
  query KeyActivity($id: ID!, $first: Int, $after: String) {
    apiKey(id: $id) {
      id
      recentActivity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ActivityFields
          }
        }
      }
    }
  }
`);

/**
 * A key reading its own usage, limits and activity (the self view, no scope needed), all in one
 * request: the server reads its usage figures from one database snapshot, so they agree.
 */
export const PartnerUsageQuery = graphql(`
  query PartnerUsage($from: DateTime, $granularity: UsageGranularity) {
    viewer {
      rateLimit {
        limit
        remaining
        resetAt
      }
      project {
        id
      }
      apiKey {
        id
        usage(from: $from, granularity: $granularity) {
          ...UsageReportFields
        }
        recentActivity(first: 10, since: $from) {
          totalCount
          edges {
            node {
              ...ActivityFields
            }
          }
        }
      }
    }
  }
`);

export const ProjectUsageQuery = graphql(`
  query ProjectUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity, $environment: ApiKeyEnvironment) {
    project(id: $id) {
      id
      usage(from: $from, granularity: $granularity, environment: $environment) {
        ...UsageReportFields
        byKey {
          apiKeyId
          requests
          ok
          errors
          denied
          rateLimited
          averageDurationMs
        }
      }
      apiKeys(first: 100) {
        edges {
          node {
            id
            name
            preview
          }
        }
      }
    }
  }
`);
