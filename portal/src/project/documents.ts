import { graphql } from '../gql';

export const ProjectOverviewQuery = graphql(`
  query ProjectOverview($id: ID!) {
    viewer {
      user {
        id
      }
    }
    project(id: $id) {
      id
      name
      plan
      viewerRole
      createdAt
      limits {
        maxKeys
        perMinute
        perDay
      }
      members {
        id
        scopes
        user {
          id
        }
      }
      leakedKeys {
        ...KeyFields
        leaks {
          id
          reporter
          url
          reportedAt
        }
      }
    }
    scopes {
      name
      description
      implies
    }
  }
`);

export const ProjectMembersQuery = graphql(`
  query ProjectMembers($id: ID!) {
    project(id: $id) {
      id
      members {
        id
        role
        status
        email
        createdAt
        joinedAt
        user {
          id
          name
          email
        }
      }
    }
  }
`);

export const AddMemberMutation = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      role
    }
  }
`);

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const AuditEventFieldsFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    action
    createdAt
    targetType
    targetId
    targetLabel
    clientAddress
    userAgent
    requestId
    summary
    actor {
      id
      label
      type
    }
  }
`);

export const ProjectAuditQuery = graphql(`
  query ProjectAudit($id: ID!, $first: Int, $after: String, $filter: AuditEventFilter) {
    project(id: $id) {
      id
      auditEvents(first: $first, after: $after, filter: $filter) {
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

export const DeleteProjectMutation = graphql(`
  mutation DeleteProject($input: DeleteProjectInput!) {
    deleteProject(input: $input) {
      id
      purgeAt
    }
  }
`);
