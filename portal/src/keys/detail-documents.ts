import { graphql } from '../gql';

export const KeyDetailQuery = graphql(`
  query KeyDetail($id: ID!, $auditFirst: Int, $auditAfter: String) {
    apiKey(id: $id) {
      ...KeyFields
      leaks {
        id
        reporter
        url
        reportedAt
      }
      rotatedFrom {
        id
        name
        preview
      }
      replacedBy {
        id
        name
        preview
      }
      auditEvents(first: $auditFirst, after: $auditAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AuditEventFields
          }
        }
      }
    }
  }
`);
