import { graphql } from '../gql';

export const PermissionFieldsFragment = graphql(`
  fragment PermissionFields on Permission {
    id
    name
    description
    implies
    keyCount
    createdAt
  }
`);

export const ProjectPermissionsQuery = graphql(`
  query ProjectPermissions($projectId: ID!) {
    project(id: $projectId) {
      id
      permissions {
        ...PermissionFields
      }
    }
  }
`);

export const CreatePermissionMutation = graphql(`
  mutation CreatePermission($input: CreatePermissionInput!) {
    createPermission(input: $input) {
      ...PermissionFields
    }
  }
`);

export const UpdatePermissionMutation = graphql(`
  mutation UpdatePermission($input: UpdatePermissionInput!) {
    updatePermission(input: $input) {
      ...PermissionFields
    }
  }
`);

export const DeletePermissionMutation = graphql(`
  mutation DeletePermission($input: DeletePermissionInput!) {
    deletePermission(input: $input) {
      id
      removedFromKeys
    }
  }
`);
