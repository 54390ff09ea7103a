import { graphql } from '../gql';

export const AccountQuery = graphql(`
  query Account {
    viewer {
      user {
        id
        email
        name
      }
      personalTokens {
        id
        name
        preview
        scopes
        projectIds
        createdAt
        expiresAt
        expired
        lastUsedAt
      }
      sessions {
        id
        createdAt
        expiresAt
        userAgent
        clientAddress
        current
      }
    }
    projects {
      id
      name
    }
    scopes {
      name
      description
      implies
    }
  }
`);

export const CreatePersonalTokenMutation = graphql(`
  mutation CreatePersonalToken($input: CreatePersonalTokenInput!) {
    createPersonalToken(input: $input) {
      token {
        id
        name
      }
      secret
    }
  }
`);

export const RevokePersonalTokenMutation = graphql(`
  mutation RevokePersonalToken($id: ID!) {
    revokePersonalToken(id: $id) {
      id
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input)
  }
`);
