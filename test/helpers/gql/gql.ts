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
    "query KeyRestrictionsViewer { viewer { apiKey { id } } }": typeof types.KeyRestrictionsViewerDocument,
    "mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { expiresAt rateLimit { perMinute perDay } } }": typeof types.KeyRestrictionsUpdateApiKeyDocument,
    "mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret previous { graceEndsAt } } }": typeof types.KeyRestrictionsRotateApiKeyDocument,
    "mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id environment } } }": typeof types.KeyRestrictionsCreateApiKeyDocument,
    "query KeyRestrictionsApiKey($id: ID!) { apiKey(id: $id) { rateLimit { perMinute } } }": typeof types.KeyRestrictionsApiKeyDocument,
    "query KeyRestrictionsApiKey2($id: ID!) { apiKey(id: $id) { expiresAt } }": typeof types.KeyRestrictionsApiKey2Document,
    "mutation KeyRestrictionsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": typeof types.KeyRestrictionsDeactivateApiKeyDocument,
    "query KeyRestrictionsProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { edges { node { environment } } } } }": typeof types.KeyRestrictionsProjectDocument,
    "query KeyRestrictionsViewer2 { viewer { project { apiKeys(first: 100) { edges { node { environment } } } } } }": typeof types.KeyRestrictionsViewer2Document,
    "mutation KeyRestrictionsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": typeof types.KeyRestrictionsVerifyApiKeyDocument,
    "query KeyRestrictionsProject2($id: ID!) { project(id: $id) { usage(environment: LIVE) { totals { requests } } } }": typeof types.KeyRestrictionsProject2Document,
    "query KeyRestrictionsProject3($id: ID!) { project(id: $id) { usage { totals { requests } } } }": typeof types.KeyRestrictionsProject3Document,
    "mutation KeysCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name environment preview } secret } }": typeof types.KeysCreateApiKeyDocument,
    "mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { name description scopes { name } expiresAt rateLimit { perMinute perDay source } } }": typeof types.KeysUpdateApiKeyDocument,
    "mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code apiKey { id name scopes { name } } } }": typeof types.KeysVerifyApiKeyDocument,
    "mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.KeysDeleteApiKeyDocument,
    "query KeysViewer { viewer { scopes } }": typeof types.KeysViewerDocument,
    "query KeysApiKey($id: ID!) { apiKey(id: $id) { auditEvents { edges { node { action summary } } } } }": typeof types.KeysApiKeyDocument,
    "mutation KeysRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": typeof types.KeysRotateApiKeyDocument,
    "mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": typeof types.KeysDeactivateApiKeyDocument,
    "query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) { project(id: $id) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }": typeof types.KeysProjectDocument,
    "query LifecycleViewer { viewer { apiKey { id name } scopes } }": typeof types.LifecycleViewerDocument,
    "mutation LifecycleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": typeof types.LifecycleDeactivateApiKeyDocument,
    "mutation LifecycleReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }": typeof types.LifecycleReactivateApiKeyDocument,
    "mutation LifecycleDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.LifecycleDeleteApiKeyDocument,
    "mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id name scopes { name } } previous { id graceEndsAt } } }": typeof types.LifecycleRotateApiKeyDocument,
    "mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": typeof types.LifecycleRotateApiKey2Document,
    "mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }": typeof types.LifecycleRotateApiKey3Document,
    "mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": typeof types.AuditAcceptInvitationDocument,
    "query AuditProject($id: ID!) { project(id: $id) { auditEvents(first: 100) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": typeof types.AuditProjectDocument,
    "mutation AuditCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.AuditCreateApiKeyDocument,
    "query AuditProject2($id: ID!, $since: DateTime) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"], since: $since }) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": typeof types.AuditProject2Document,
    "mutation MembersAddMember($input: AddMemberInput!) { addMember(input: $input) { role status email user { id email } scopes joinedAt } }": typeof types.MembersAddMemberDocument,
    "mutation MembersUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }": typeof types.MembersUpdateMemberRoleDocument,
    "mutation MembersRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }": typeof types.MembersRemoveMemberDocument,
    "query MembersProject($id: ID!) { project(id: $id) { members { role status email user { email } } } }": typeof types.MembersProjectDocument,
    "mutation MembersAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { role status email joinedAt user { id } } }": typeof types.MembersAcceptInvitationDocument,
    "mutation MembersDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }": typeof types.MembersDeclineInvitationDocument,
    "query MembersViewer { viewer { invitations { projectId projectName role scopes invitedAt } } }": typeof types.MembersViewerDocument,
    "query MembersProject2($id: ID!) { project(id: $id) { auditEvents(first: 100) { edges { node { action targetType targetId } } } } }": typeof types.MembersProject2Document,
    "query MembersProjects { projects { id } }": typeof types.MembersProjectsDocument,
    "mutation MembersCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.MembersCreateApiKeyDocument,
    "mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }": typeof types.MembersSignUpDocument,
    "\n  mutation PermissionsCreate($input: CreatePermissionInput!) {\n    createPermission(input: $input) { id name implies keyCount }\n  }\n": typeof types.PermissionsCreateDocument,
    "\n  mutation PermissionsUpdate($input: UpdatePermissionInput!) { updatePermission(input: $input) { id implies } }\n": typeof types.PermissionsUpdateDocument,
    "\n  mutation PermissionsDelete($input: DeletePermissionInput!) { deletePermission(input: $input) { id removedFromKeys } }\n": typeof types.PermissionsDeleteDocument,
    "\n  query PermissionsList($id: ID!) { project(id: $id) { permissions { name implies keyCount } } }\n": typeof types.PermissionsListDocument,
    "\n  mutation PermissionsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id permissions meta externalId allowedCidrs credits { remaining refill { amount interval } refillAt } }\n    }\n  }\n": typeof types.PermissionsCreateKeyDocument,
    "\n  mutation PermissionsUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id permissions } }\n": typeof types.PermissionsUpdateKeyDocument,
    "\n  mutation PermissionsVerify($input: VerifyApiKeyInput!) {\n    verifyApiKey(input: $input) { valid code permissions meta externalId credits { remaining } }\n  }\n": typeof types.PermissionsVerifyDocument,
    "\n  query PermissionsByExternalId($id: ID!, $externalId: String!) {\n    project(id: $id) { apiKeys(filter: { externalId: $externalId }) { totalCount edges { node { externalId } } } }\n  }\n": typeof types.PermissionsByExternalIdDocument,
    "query PermissionsViewer { viewer { apiKey { id } } }": typeof types.PermissionsViewerDocument,
    "mutation PlansCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id plan } } }": typeof types.PlansCreateProjectDocument,
    "mutation PlansUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { name plan } }": typeof types.PlansUpdateProjectDocument,
    "mutation PlansSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": typeof types.PlansSetProjectPlanDocument,
    "query PlansProject($id: ID!) { project(id: $id) { plan limits { maxKeys } } }": typeof types.PlansProjectDocument,
    "query PlansProjects { projects { id } }": typeof types.PlansProjectsDocument,
    "query PlansViewer { viewer { isAdministrator } }": typeof types.PlansViewerDocument,
    "query ExpiryViewer { viewer { scopes } }": typeof types.ExpiryViewerDocument,
    "query ExpiryApiKey($id: ID!) { apiKey(id: $id) { status auditEvents { edges { node { action actor { type } } } } } }": typeof types.ExpiryApiKeyDocument,
    "mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.RateLimitsUpdateApiKeyDocument,
    "mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.RateLimitsCreateApiKeyDocument,
    "mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code rateLimit { limit remaining } } }": typeof types.RateLimitsVerifyApiKeyDocument,
    "query RateLimitsScopes { scopes { name } }": typeof types.RateLimitsScopesDocument,
    "query RateLimitsViewer { viewer { user { id } } }": typeof types.RateLimitsViewerDocument,
    "mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.RateLimitsCreateApiKey2Document,
    "query RateLimitsProject($id: ID!) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"] }) { edges { node { targetLabel clientAddress } } } } }": typeof types.RateLimitsProjectDocument,
    "query AuthViewer { viewer { user { id email } } }": typeof types.AuthViewerDocument,
    "mutation AuthLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }": typeof types.AuthLogInDocument,
    "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": typeof types.AuthSignUpDocument,
    "mutation AuthLogOut { logOut }": typeof types.AuthLogOutDocument,
    "mutation LoginLimitsLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }": typeof types.LoginLimitsLogInDocument,
    "\n  mutation RelayUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }\n": typeof types.RelayUpdateKeyDocument,
    "mutation RelaySendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId } }": typeof types.RelaySendTestDocument,
    "\n  mutation WebhookCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint { id url description events enabled secretPreview createdAt }\n    }\n  }\n": typeof types.WebhookCreateEndpointDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    project(id: $id) {\n      webhookEndpoints {\n        id\n        enabled\n        disabledReason\n        failingSince\n        deliveries(first: 100) {\n          totalCount\n          edges {\n            node {\n              id eventId eventType status attempts lastAttemptAt nextAttemptAt responseStatus durationMs error\n              redeliveryOf createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query WebhookSecurityList($id: ID!) { project(id: $id) { webhookEndpoints { id url secretPreview } } }\n": typeof types.WebhookSecurityListDocument,
    "\n  mutation WebhookSecurityUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { id url description events enabled }\n  }\n": typeof types.WebhookSecurityUpdateDocument,
    "mutation WebhookSecurityDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }": typeof types.WebhookSecurityDeleteDocument,
    "\n  mutation WebhookSecurityRotate($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }\n": typeof types.WebhookSecurityRotateDocument,
    "mutation WebhookSecuritySendTest($id: ID!) { sendTestWebhook(id: $id) { id } }": typeof types.WebhookSecuritySendTestDocument,
    "\n  mutation WebhookSecurityRedeliver($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }\n": typeof types.WebhookSecurityRedeliverDocument,
    "\n  mutation WebhookSendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId eventType status attempts } }\n": typeof types.WebhookSendTestDocument,
    "\n  mutation WebhookRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id eventId eventType status redeliveryOf }\n  }\n": typeof types.WebhookRedeliverDocument,
    "\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { secret endpoint { id secretPreview previousSecretExpiresAt } }\n  }\n": typeof types.WebhookRotateDocument,
    "mutation WebhookDeactivateKey($id: ID!) { deactivateApiKey(id: $id) { id status } }": typeof types.WebhookDeactivateKeyDocument,
};
const documents: Documents = {
    "mutation HarnessAdmin($input: SignUpInput!) { signUp(input: $input) { token } }": types.HarnessAdminDocument,
    "mutation SeedUser($input: SignUpInput!) { signUp(input: $input) { token user { id } } }": types.SeedUserDocument,
    "mutation SeedProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }": types.SeedProjectDocument,
    "mutation SeedProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": types.SeedProjectPlanDocument,
    "mutation SeedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": types.SeedKeyDocument,
    "mutation SeedMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.SeedMemberDocument,
    "mutation SeedMemberAccepts($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": types.SeedMemberAcceptsDocument,
    "query KeyRestrictionsViewer { viewer { apiKey { id } } }": types.KeyRestrictionsViewerDocument,
    "mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { expiresAt rateLimit { perMinute perDay } } }": types.KeyRestrictionsUpdateApiKeyDocument,
    "mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret previous { graceEndsAt } } }": types.KeyRestrictionsRotateApiKeyDocument,
    "mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id environment } } }": types.KeyRestrictionsCreateApiKeyDocument,
    "query KeyRestrictionsApiKey($id: ID!) { apiKey(id: $id) { rateLimit { perMinute } } }": types.KeyRestrictionsApiKeyDocument,
    "query KeyRestrictionsApiKey2($id: ID!) { apiKey(id: $id) { expiresAt } }": types.KeyRestrictionsApiKey2Document,
    "mutation KeyRestrictionsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": types.KeyRestrictionsDeactivateApiKeyDocument,
    "query KeyRestrictionsProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { edges { node { environment } } } } }": types.KeyRestrictionsProjectDocument,
    "query KeyRestrictionsViewer2 { viewer { project { apiKeys(first: 100) { edges { node { environment } } } } } }": types.KeyRestrictionsViewer2Document,
    "mutation KeyRestrictionsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": types.KeyRestrictionsVerifyApiKeyDocument,
    "query KeyRestrictionsProject2($id: ID!) { project(id: $id) { usage(environment: LIVE) { totals { requests } } } }": types.KeyRestrictionsProject2Document,
    "query KeyRestrictionsProject3($id: ID!) { project(id: $id) { usage { totals { requests } } } }": types.KeyRestrictionsProject3Document,
    "mutation KeysCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name environment preview } secret } }": types.KeysCreateApiKeyDocument,
    "mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { name description scopes { name } expiresAt rateLimit { perMinute perDay source } } }": types.KeysUpdateApiKeyDocument,
    "mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code apiKey { id name scopes { name } } } }": types.KeysVerifyApiKeyDocument,
    "mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.KeysDeleteApiKeyDocument,
    "query KeysViewer { viewer { scopes } }": types.KeysViewerDocument,
    "query KeysApiKey($id: ID!) { apiKey(id: $id) { auditEvents { edges { node { action summary } } } } }": types.KeysApiKeyDocument,
    "mutation KeysRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": types.KeysRotateApiKeyDocument,
    "mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": types.KeysDeactivateApiKeyDocument,
    "query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) { project(id: $id) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }": types.KeysProjectDocument,
    "query LifecycleViewer { viewer { apiKey { id name } scopes } }": types.LifecycleViewerDocument,
    "mutation LifecycleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": types.LifecycleDeactivateApiKeyDocument,
    "mutation LifecycleReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }": types.LifecycleReactivateApiKeyDocument,
    "mutation LifecycleDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.LifecycleDeleteApiKeyDocument,
    "mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id name scopes { name } } previous { id graceEndsAt } } }": types.LifecycleRotateApiKeyDocument,
    "mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": types.LifecycleRotateApiKey2Document,
    "mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }": types.LifecycleRotateApiKey3Document,
    "mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": types.AuditAcceptInvitationDocument,
    "query AuditProject($id: ID!) { project(id: $id) { auditEvents(first: 100) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": types.AuditProjectDocument,
    "mutation AuditCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.AuditCreateApiKeyDocument,
    "query AuditProject2($id: ID!, $since: DateTime) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"], since: $since }) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": types.AuditProject2Document,
    "mutation MembersAddMember($input: AddMemberInput!) { addMember(input: $input) { role status email user { id email } scopes joinedAt } }": types.MembersAddMemberDocument,
    "mutation MembersUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }": types.MembersUpdateMemberRoleDocument,
    "mutation MembersRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }": types.MembersRemoveMemberDocument,
    "query MembersProject($id: ID!) { project(id: $id) { members { role status email user { email } } } }": types.MembersProjectDocument,
    "mutation MembersAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { role status email joinedAt user { id } } }": types.MembersAcceptInvitationDocument,
    "mutation MembersDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }": types.MembersDeclineInvitationDocument,
    "query MembersViewer { viewer { invitations { projectId projectName role scopes invitedAt } } }": types.MembersViewerDocument,
    "query MembersProject2($id: ID!) { project(id: $id) { auditEvents(first: 100) { edges { node { action targetType targetId } } } } }": types.MembersProject2Document,
    "query MembersProjects { projects { id } }": types.MembersProjectsDocument,
    "mutation MembersCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.MembersCreateApiKeyDocument,
    "mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }": types.MembersSignUpDocument,
    "\n  mutation PermissionsCreate($input: CreatePermissionInput!) {\n    createPermission(input: $input) { id name implies keyCount }\n  }\n": types.PermissionsCreateDocument,
    "\n  mutation PermissionsUpdate($input: UpdatePermissionInput!) { updatePermission(input: $input) { id implies } }\n": types.PermissionsUpdateDocument,
    "\n  mutation PermissionsDelete($input: DeletePermissionInput!) { deletePermission(input: $input) { id removedFromKeys } }\n": types.PermissionsDeleteDocument,
    "\n  query PermissionsList($id: ID!) { project(id: $id) { permissions { name implies keyCount } } }\n": types.PermissionsListDocument,
    "\n  mutation PermissionsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id permissions meta externalId allowedCidrs credits { remaining refill { amount interval } refillAt } }\n    }\n  }\n": types.PermissionsCreateKeyDocument,
    "\n  mutation PermissionsUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id permissions } }\n": types.PermissionsUpdateKeyDocument,
    "\n  mutation PermissionsVerify($input: VerifyApiKeyInput!) {\n    verifyApiKey(input: $input) { valid code permissions meta externalId credits { remaining } }\n  }\n": types.PermissionsVerifyDocument,
    "\n  query PermissionsByExternalId($id: ID!, $externalId: String!) {\n    project(id: $id) { apiKeys(filter: { externalId: $externalId }) { totalCount edges { node { externalId } } } }\n  }\n": types.PermissionsByExternalIdDocument,
    "query PermissionsViewer { viewer { apiKey { id } } }": types.PermissionsViewerDocument,
    "mutation PlansCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id plan } } }": types.PlansCreateProjectDocument,
    "mutation PlansUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { name plan } }": types.PlansUpdateProjectDocument,
    "mutation PlansSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": types.PlansSetProjectPlanDocument,
    "query PlansProject($id: ID!) { project(id: $id) { plan limits { maxKeys } } }": types.PlansProjectDocument,
    "query PlansProjects { projects { id } }": types.PlansProjectsDocument,
    "query PlansViewer { viewer { isAdministrator } }": types.PlansViewerDocument,
    "query ExpiryViewer { viewer { scopes } }": types.ExpiryViewerDocument,
    "query ExpiryApiKey($id: ID!) { apiKey(id: $id) { status auditEvents { edges { node { action actor { type } } } } } }": types.ExpiryApiKeyDocument,
    "mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.RateLimitsUpdateApiKeyDocument,
    "mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.RateLimitsCreateApiKeyDocument,
    "mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code rateLimit { limit remaining } } }": types.RateLimitsVerifyApiKeyDocument,
    "query RateLimitsScopes { scopes { name } }": types.RateLimitsScopesDocument,
    "query RateLimitsViewer { viewer { user { id } } }": types.RateLimitsViewerDocument,
    "mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.RateLimitsCreateApiKey2Document,
    "query RateLimitsProject($id: ID!) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"] }) { edges { node { targetLabel clientAddress } } } } }": types.RateLimitsProjectDocument,
    "query AuthViewer { viewer { user { id email } } }": types.AuthViewerDocument,
    "mutation AuthLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }": types.AuthLogInDocument,
    "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": types.AuthSignUpDocument,
    "mutation AuthLogOut { logOut }": types.AuthLogOutDocument,
    "mutation LoginLimitsLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }": types.LoginLimitsLogInDocument,
    "\n  mutation RelayUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }\n": types.RelayUpdateKeyDocument,
    "mutation RelaySendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId } }": types.RelaySendTestDocument,
    "\n  mutation WebhookCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint { id url description events enabled secretPreview createdAt }\n    }\n  }\n": types.WebhookCreateEndpointDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    project(id: $id) {\n      webhookEndpoints {\n        id\n        enabled\n        disabledReason\n        failingSince\n        deliveries(first: 100) {\n          totalCount\n          edges {\n            node {\n              id eventId eventType status attempts lastAttemptAt nextAttemptAt responseStatus durationMs error\n              redeliveryOf createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query WebhookSecurityList($id: ID!) { project(id: $id) { webhookEndpoints { id url secretPreview } } }\n": types.WebhookSecurityListDocument,
    "\n  mutation WebhookSecurityUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { id url description events enabled }\n  }\n": types.WebhookSecurityUpdateDocument,
    "mutation WebhookSecurityDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }": types.WebhookSecurityDeleteDocument,
    "\n  mutation WebhookSecurityRotate($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }\n": types.WebhookSecurityRotateDocument,
    "mutation WebhookSecuritySendTest($id: ID!) { sendTestWebhook(id: $id) { id } }": types.WebhookSecuritySendTestDocument,
    "\n  mutation WebhookSecurityRedeliver($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }\n": types.WebhookSecurityRedeliverDocument,
    "\n  mutation WebhookSendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId eventType status attempts } }\n": types.WebhookSendTestDocument,
    "\n  mutation WebhookRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id eventId eventType status redeliveryOf }\n  }\n": types.WebhookRedeliverDocument,
    "\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { secret endpoint { id secretPreview previousSecretExpiresAt } }\n  }\n": types.WebhookRotateDocument,
    "mutation WebhookDeactivateKey($id: ID!) { deactivateApiKey(id: $id) { id status } }": types.WebhookDeactivateKeyDocument,
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
export function graphql(source: "query KeyRestrictionsViewer { viewer { apiKey { id } } }"): typeof import('./graphql.js').KeyRestrictionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { expiresAt rateLimit { perMinute perDay } } }"): typeof import('./graphql.js').KeyRestrictionsUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret previous { graceEndsAt } } }"): typeof import('./graphql.js').KeyRestrictionsRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id environment } } }"): typeof import('./graphql.js').KeyRestrictionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRestrictionsApiKey($id: ID!) { apiKey(id: $id) { rateLimit { perMinute } } }"): typeof import('./graphql.js').KeyRestrictionsApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRestrictionsApiKey2($id: ID!) { apiKey(id: $id) { expiresAt } }"): typeof import('./graphql.js').KeyRestrictionsApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').KeyRestrictionsDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRestrictionsProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { edges { node { environment } } } } }"): typeof import('./graphql.js').KeyRestrictionsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRestrictionsViewer2 { viewer { project { apiKeys(first: 100) { edges { node { environment } } } } } }"): typeof import('./graphql.js').KeyRestrictionsViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }"): typeof import('./graphql.js').KeyRestrictionsVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRestrictionsProject2($id: ID!) { project(id: $id) { usage(environment: LIVE) { totals { requests } } } }"): typeof import('./graphql.js').KeyRestrictionsProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRestrictionsProject3($id: ID!) { project(id: $id) { usage { totals { requests } } } }"): typeof import('./graphql.js').KeyRestrictionsProject3Document;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleViewer { viewer { apiKey { id name } scopes } }"): typeof import('./graphql.js').LifecycleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').LifecycleDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').LifecycleReactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').LifecycleDeleteApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id name scopes { name } } previous { id graceEndsAt } } }"): typeof import('./graphql.js').LifecycleRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }"): typeof import('./graphql.js').LifecycleRotateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }"): typeof import('./graphql.js').LifecycleRotateApiKey3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }"): typeof import('./graphql.js').AuditAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditProject($id: ID!) { project(id: $id) { auditEvents(first: 100) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }"): typeof import('./graphql.js').AuditProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').AuditCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditProject2($id: ID!, $since: DateTime) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"], since: $since }) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }"): typeof import('./graphql.js').AuditProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersAddMember($input: AddMemberInput!) { addMember(input: $input) { role status email user { id email } scopes joinedAt } }"): typeof import('./graphql.js').MembersAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }"): typeof import('./graphql.js').MembersUpdateMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }"): typeof import('./graphql.js').MembersRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersProject($id: ID!) { project(id: $id) { members { role status email user { email } } } }"): typeof import('./graphql.js').MembersProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { role status email joinedAt user { id } } }"): typeof import('./graphql.js').MembersAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }"): typeof import('./graphql.js').MembersDeclineInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersViewer { viewer { invitations { projectId projectName role scopes invitedAt } } }"): typeof import('./graphql.js').MembersViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersProject2($id: ID!) { project(id: $id) { auditEvents(first: 100) { edges { node { action targetType targetId } } } } }"): typeof import('./graphql.js').MembersProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersProjects { projects { id } }"): typeof import('./graphql.js').MembersProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').MembersCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }"): typeof import('./graphql.js').MembersSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsCreate($input: CreatePermissionInput!) {\n    createPermission(input: $input) { id name implies keyCount }\n  }\n"): typeof import('./graphql.js').PermissionsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsUpdate($input: UpdatePermissionInput!) { updatePermission(input: $input) { id implies } }\n"): typeof import('./graphql.js').PermissionsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsDelete($input: DeletePermissionInput!) { deletePermission(input: $input) { id removedFromKeys } }\n"): typeof import('./graphql.js').PermissionsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsList($id: ID!) { project(id: $id) { permissions { name implies keyCount } } }\n"): typeof import('./graphql.js').PermissionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id permissions meta externalId allowedCidrs credits { remaining refill { amount interval } refillAt } }\n    }\n  }\n"): typeof import('./graphql.js').PermissionsCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id permissions } }\n"): typeof import('./graphql.js').PermissionsUpdateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsVerify($input: VerifyApiKeyInput!) {\n    verifyApiKey(input: $input) { valid code permissions meta externalId credits { remaining } }\n  }\n"): typeof import('./graphql.js').PermissionsVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsByExternalId($id: ID!, $externalId: String!) {\n    project(id: $id) { apiKeys(filter: { externalId: $externalId }) { totalCount edges { node { externalId } } } }\n  }\n"): typeof import('./graphql.js').PermissionsByExternalIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsViewer { viewer { apiKey { id } } }"): typeof import('./graphql.js').PermissionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id plan } } }"): typeof import('./graphql.js').PlansCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { name plan } }"): typeof import('./graphql.js').PlansUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }"): typeof import('./graphql.js').PlansSetProjectPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansProject($id: ID!) { project(id: $id) { plan limits { maxKeys } } }"): typeof import('./graphql.js').PlansProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansProjects { projects { id } }"): typeof import('./graphql.js').PlansProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansViewer { viewer { isAdministrator } }"): typeof import('./graphql.js').PlansViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpiryViewer { viewer { scopes } }"): typeof import('./graphql.js').ExpiryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpiryApiKey($id: ID!) { apiKey(id: $id) { status auditEvents { edges { node { action actor { type } } } } } }"): typeof import('./graphql.js').ExpiryApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').RateLimitsUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }"): typeof import('./graphql.js').RateLimitsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code rateLimit { limit remaining } } }"): typeof import('./graphql.js').RateLimitsVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitsScopes { scopes { name } }"): typeof import('./graphql.js').RateLimitsScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitsViewer { viewer { user { id } } }"): typeof import('./graphql.js').RateLimitsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').RateLimitsCreateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitsProject($id: ID!) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"] }) { edges { node { targetLabel clientAddress } } } } }"): typeof import('./graphql.js').RateLimitsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer { viewer { user { id email } } }"): typeof import('./graphql.js').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }"): typeof import('./graphql.js').AuthLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token } }"): typeof import('./graphql.js').AuthSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogOut { logOut }"): typeof import('./graphql.js').AuthLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginLimitsLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }"): typeof import('./graphql.js').LoginLimitsLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelayUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }\n"): typeof import('./graphql.js').RelayUpdateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelaySendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId } }"): typeof import('./graphql.js').RelaySendTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint { id url description events enabled secretPreview createdAt }\n    }\n  }\n"): typeof import('./graphql.js').WebhookCreateEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!) {\n    project(id: $id) {\n      webhookEndpoints {\n        id\n        enabled\n        disabledReason\n        failingSince\n        deliveries(first: 100) {\n          totalCount\n          edges {\n            node {\n              id eventId eventType status attempts lastAttemptAt nextAttemptAt responseStatus durationMs error\n              redeliveryOf createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookSecurityList($id: ID!) { project(id: $id) { webhookEndpoints { id url secretPreview } } }\n"): typeof import('./graphql.js').WebhookSecurityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookSecurityUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { id url description events enabled }\n  }\n"): typeof import('./graphql.js').WebhookSecurityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookSecurityDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }"): typeof import('./graphql.js').WebhookSecurityDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookSecurityRotate($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }\n"): typeof import('./graphql.js').WebhookSecurityRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookSecuritySendTest($id: ID!) { sendTestWebhook(id: $id) { id } }"): typeof import('./graphql.js').WebhookSecuritySendTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookSecurityRedeliver($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }\n"): typeof import('./graphql.js').WebhookSecurityRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookSendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId eventType status attempts } }\n"): typeof import('./graphql.js').WebhookSendTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id eventId eventType status redeliveryOf }\n  }\n"): typeof import('./graphql.js').WebhookRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { secret endpoint { id secretPreview previousSecretExpiresAt } }\n  }\n"): typeof import('./graphql.js').WebhookRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookDeactivateKey($id: ID!) { deactivateApiKey(id: $id) { id status } }"): typeof import('./graphql.js').WebhookDeactivateKeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
