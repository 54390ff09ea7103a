/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation HarnessAdmin($input: SignUpInput!) { signUp(input: $input) { token } }": typeof types.HarnessAdminDocument,
    "mutation SeedUser($input: SignUpInput!) { signUp(input: $input) { token user { id } } }": typeof types.SeedUserDocument,
    "mutation SeedProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }": typeof types.SeedProjectDocument,
    "mutation SeedProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": typeof types.SeedProjectPlanDocument,
    "mutation SeedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": typeof types.SeedKeyDocument,
    "mutation SeedMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.SeedMemberDocument,
    "mutation SeedMemberAccepts($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": typeof types.SeedMemberAcceptsDocument,
    "mutation KeysCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name environment preview } secret } }": typeof types.KeysCreateApiKeyDocument,
    "mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { name description scopes { name } expiresAt rateLimit { perMinute perDay source } } }": typeof types.KeysUpdateApiKeyDocument,
    "mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code apiKey { id name scopes { name } } } }": typeof types.KeysVerifyApiKeyDocument,
    "mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.KeysDeleteApiKeyDocument,
    "query KeysViewer { viewer { scopes } }": typeof types.KeysViewerDocument,
    "query KeysApiKey($id: ID!) { apiKey(id: $id) { auditEvents { edges { node { action summary } } } } }": typeof types.KeysApiKeyDocument,
    "mutation KeysRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": typeof types.KeysRotateApiKeyDocument,
    "mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": typeof types.KeysDeactivateApiKeyDocument,
    "query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) { project(id: $id) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }": typeof types.KeysProjectDocument,
};
const documents: Documents = {
    "mutation HarnessAdmin($input: SignUpInput!) { signUp(input: $input) { token } }": types.HarnessAdminDocument,
    "mutation SeedUser($input: SignUpInput!) { signUp(input: $input) { token user { id } } }": types.SeedUserDocument,
    "mutation SeedProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }": types.SeedProjectDocument,
    "mutation SeedProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": types.SeedProjectPlanDocument,
    "mutation SeedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": types.SeedKeyDocument,
    "mutation SeedMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.SeedMemberDocument,
    "mutation SeedMemberAccepts($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": types.SeedMemberAcceptsDocument,
    "mutation KeysCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name environment preview } secret } }": types.KeysCreateApiKeyDocument,
    "mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { name description scopes { name } expiresAt rateLimit { perMinute perDay source } } }": types.KeysUpdateApiKeyDocument,
    "mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code apiKey { id name scopes { name } } } }": types.KeysVerifyApiKeyDocument,
    "mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.KeysDeleteApiKeyDocument,
    "query KeysViewer { viewer { scopes } }": types.KeysViewerDocument,
    "query KeysApiKey($id: ID!) { apiKey(id: $id) { auditEvents { edges { node { action summary } } } } }": types.KeysApiKeyDocument,
    "mutation KeysRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": types.KeysRotateApiKeyDocument,
    "mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": types.KeysDeactivateApiKeyDocument,
    "query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) { project(id: $id) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }": types.KeysProjectDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessAdmin($input: SignUpInput!) { signUp(input: $input) { token } }"): typeof import('./graphql.js').HarnessAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedUser($input: SignUpInput!) { signUp(input: $input) { token user { id } } }"): typeof import('./graphql.js').SeedUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }"): typeof import('./graphql.js').SeedProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }"): typeof import('./graphql.js').SeedProjectPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }"): typeof import('./graphql.js').SeedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): typeof import('./graphql.js').SeedMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedMemberAccepts($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }"): typeof import('./graphql.js').SeedMemberAcceptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name environment preview } secret } }"): typeof import('./graphql.js').KeysCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { name description scopes { name } expiresAt rateLimit { perMinute perDay source } } }"): typeof import('./graphql.js').KeysUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code apiKey { id name scopes { name } } } }"): typeof import('./graphql.js').KeysVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').KeysDeleteApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysViewer { viewer { scopes } }"): typeof import('./graphql.js').KeysViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysApiKey($id: ID!) { apiKey(id: $id) { auditEvents { edges { node { action summary } } } } }"): typeof import('./graphql.js').KeysApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }"): typeof import('./graphql.js').KeysRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').KeysDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) { project(id: $id) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }"): typeof import('./graphql.js').KeysProjectDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
