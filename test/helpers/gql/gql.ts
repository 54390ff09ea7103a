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
    "query DataloaderProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount edges { node {\n  id name status preview usageCount lastUsedAt\n  scopes { name description implies }\n  createdBy { type label }\n  project { id name }\n  rateLimit { perMinute perDay }\n  replacedBy { id }\n} } } } }": typeof types.DataloaderProjectDocument,
    "query DataloaderLeakedKeys($id: ID!) { project(id: $id) { leakedKeys { id leaks { url reportedAt } } } }": typeof types.DataloaderLeakedKeysDocument,
    "mutation DataloaderCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.DataloaderCreateApiKeyDocument,
    "query KeyCacheViewer { viewer { scopes apiKey { id } } }": typeof types.KeyCacheViewerDocument,
    "query KeyCacheViewerUsage { viewer { apiKey { id usageCount lastUsedAt } } }": typeof types.KeyCacheViewerUsageDocument,
    "mutation KeyCacheVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": typeof types.KeyCacheVerifyApiKeyDocument,
    "mutation KeyCacheDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": typeof types.KeyCacheDeactivateApiKeyDocument,
    "mutation KeyCacheReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }": typeof types.KeyCacheReactivateApiKeyDocument,
    "mutation KeyCacheDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.KeyCacheDeleteApiKeyDocument,
    "mutation KeyCacheUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.KeyCacheUpdateApiKeyDocument,
    "mutation KeyCacheRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": typeof types.KeyCacheRotateApiKeyDocument,
    "mutation KeyCacheSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": typeof types.KeyCacheSetProjectPlanDocument,
    "query KeyCacheViewerUser { viewer { user { email } } }": typeof types.KeyCacheViewerUserDocument,
    "mutation KeyCacheLogOut { logOut }": typeof types.KeyCacheLogOutDocument,
    "query KeyRestrictionsViewer { viewer { apiKey { id } } }": typeof types.KeyRestrictionsViewerDocument,
    "mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { expiresAt rateLimit { perMinute perDay } } }": typeof types.KeyRestrictionsUpdateApiKeyDocument,
    "mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret previous { graceEndsAt } } }": typeof types.KeyRestrictionsRotateApiKeyDocument,
    "mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id environment } } }": typeof types.KeyRestrictionsCreateApiKeyDocument,
    "query KeyRestrictionsApiKey($id: ID!) { apiKey(id: $id) { rateLimit { perMinute } } }": typeof types.KeyRestrictionsApiKeyDocument,
    "query KeyRestrictionsApiKey2($id: ID!) { apiKey(id: $id) { expiresAt } }": typeof types.KeyRestrictionsApiKey2Document,
    "query KeyRestrictionsApiKey3($id: ID!) { apiKey(id: $id) { id } }": typeof types.KeyRestrictionsApiKey3Document,
    "mutation KeyRestrictionsDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }": typeof types.KeyRestrictionsDeactivateApiKey2Document,
    "mutation KeyRestrictionsDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.KeyRestrictionsDeleteApiKeyDocument,
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
    "query LifecycleApiKey($id: ID!) { apiKey(id: $id) { id } }": typeof types.LifecycleApiKeyDocument,
    "query LifecycleApiKey2($id: ID!) { apiKey(id: $id) { status } }": typeof types.LifecycleApiKey2Document,
    "mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id name scopes { name } } previous { id graceEndsAt } } }": typeof types.LifecycleRotateApiKeyDocument,
    "mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": typeof types.LifecycleRotateApiKey2Document,
    "mutation LifecycleDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }": typeof types.LifecycleDeactivateApiKey2Document,
    "mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }": typeof types.LifecycleRotateApiKey3Document,
    "mutation ReadRecordsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.ReadRecordsCreateApiKeyDocument,
    "mutation ReadRecordsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": typeof types.ReadRecordsRotateApiKeyDocument,
    "query ReadRecordsProject($id: ID!) { project(id: $id) { apiKeys(first: 10) { totalCount edges { node {\n        id usageCount createdBy { type label } rotatedFrom { id usageCount } replacedBy { id }\n      } } } } }": typeof types.ReadRecordsProjectDocument,
    "mutation ReadRecordsCreateByKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.ReadRecordsCreateByKeyDocument,
    "mutation ReadRecordsDeleteCreator($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.ReadRecordsDeleteCreatorDocument,
    "query ReadRecordsCreatorsPage($id: ID!, $after: String) { project(id: $id) {\n      apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id createdBy { type id label } } } }\n    } }": typeof types.ReadRecordsCreatorsPageDocument,
    "query ReadRecordsCreator($id: ID!) { apiKey(id: $id) { createdBy { type id label } } }": typeof types.ReadRecordsCreatorDocument,
    "query ReadRecordsProject2($id: ID!) { project(id: $id) { id name apiKeys(first: 5) { totalCount } } }": typeof types.ReadRecordsProject2Document,
    "mutation AuditUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.AuditUpdateApiKeyDocument,
    "mutation AuditDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": typeof types.AuditDeactivateApiKeyDocument,
    "mutation AuditReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }": typeof types.AuditReactivateApiKeyDocument,
    "mutation AuditRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": typeof types.AuditRotateApiKeyDocument,
    "mutation AuditDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.AuditDeleteApiKeyDocument,
    "mutation AuditUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }": typeof types.AuditUpdateProjectDocument,
    "mutation AuditAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.AuditAddMemberDocument,
    "mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": typeof types.AuditAcceptInvitationDocument,
    "mutation AuditUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }": typeof types.AuditUpdateMemberRoleDocument,
    "mutation AuditRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }": typeof types.AuditRemoveMemberDocument,
    "query AuditProjectName($id: ID!) { project(id: $id) { name } }": typeof types.AuditProjectNameDocument,
    "query AuditProject($id: ID!) { project(id: $id) { auditEvents(first: 100) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": typeof types.AuditProjectDocument,
    "mutation AuditCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.AuditCreateApiKeyDocument,
    "query AuditProject2($id: ID!, $since: DateTime) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"], since: $since }) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": typeof types.AuditProject2Document,
    "query RedisPrefixViewer { viewer { scopes } }": typeof types.RedisPrefixViewerDocument,
    "query ScaleViewer { viewer { scopes } }": typeof types.ScaleViewerDocument,
    "query ScaleKeyUsage($id: ID!) { apiKey(id: $id) { usage { totals { requests } } } }": typeof types.ScaleKeyUsageDocument,
    "mutation ScaleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": typeof types.ScaleCreateApiKeyDocument,
    "mutation ScaleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": typeof types.ScaleSignUpDocument,
    "mutation ScaleCreateProject { createProject(input: { name: \"Scale\" }) { secret project { id } defaultKey { id } } }": typeof types.ScaleCreateProjectDocument,
    "mutation ScaleUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id rateLimit { perMinute } } }": typeof types.ScaleUpdateApiKeyDocument,
    "mutation ScaleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": typeof types.ScaleDeactivateApiKeyDocument,
    "query ScaleLists($id: ID!, $projectId: ID!) { apiKey(id: $id) { recentActivity(first: 5) { totalCount } }\n           project(id: $projectId) { auditEvents(first: 5) { totalCount } } }": typeof types.ScaleListsDocument,
    "mutation AbuseCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } secret } }": typeof types.AbuseCreateApiKeyDocument,
    "query AbuseViewer { viewer { scopes } }": typeof types.AbuseViewerDocument,
    "query AbusePage($first: Int) { viewer { project { apiKeys(first: $first) { totalCount } } } }": typeof types.AbusePageDocument,
    "query AbuseApiKey($id: ID!) { apiKey(id: $id) { id } }": typeof types.AbuseApiKeyDocument,
    "query AbuseProjectUsage($from: DateTime, $to: DateTime) { viewer { project { usage(from: $from, to: $to) { from } } } }": typeof types.AbuseProjectUsageDocument,
    "mutation AbuseLogIn($input: LogInInput!) { logIn(input: $input) { token } }": typeof types.AbuseLogInDocument,
    "mutation AbuseVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": typeof types.AbuseVerifyApiKeyDocument,
    "query FaultsViewer { viewer { apiKey { id } scopes } }": typeof types.FaultsViewerDocument,
    "query FaultsApiKey($id: ID!) { apiKey(id: $id) { id name } }": typeof types.FaultsApiKeyDocument,
    "query FaultsProjects { projects { id } }": typeof types.FaultsProjectsDocument,
    "query FaultsScopes { scopes { name } }": typeof types.FaultsScopesDocument,
    "query FaultsViewerScopes { viewer { scopes } }": typeof types.FaultsViewerScopesDocument,
    "mutation FaultsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": typeof types.FaultsDeactivateApiKeyDocument,
    "query GraphqlHttpAuditScopes { scopes { name } }": typeof types.GraphqlHttpAuditScopesDocument,
    "mutation GraphqlHttpAuditLogOut { logOut }": typeof types.GraphqlHttpAuditLogOutDocument,
    "query HeadersViewer { viewer { scopes } }": typeof types.HeadersViewerDocument,
    "query HeadersScopes { scopes { name } }": typeof types.HeadersScopesDocument,
    "query LoggingViewer { viewer { scopes } }": typeof types.LoggingViewerDocument,
    "query WhoAmI { viewer { apiKey { id } } }": typeof types.WhoAmIDocument,
    "query LoggingApiKey($id: ID!) { apiKey(id: $id) { id } }": typeof types.LoggingApiKeyDocument,
    "mutation LoggingSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": typeof types.LoggingSignUpDocument,
    "mutation LoggingLogIn($input: LogInInput!) { logIn(input: $input) { token } }": typeof types.LoggingLogInDocument,
    "mutation LoggingVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid } }": typeof types.LoggingVerifyApiKeyDocument,
    "query MaskingScopes { scopes { name description } }": typeof types.MaskingScopesDocument,
    "mutation MaskingCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.MaskingCreateApiKeyDocument,
    "query MaskingViewer { viewer { scopes } }": typeof types.MaskingViewerDocument,
    "query MetricsViewer { viewer { scopes } }": typeof types.MetricsViewerDocument,
    "query QueryLimitsProject($id: ID!) { project(id: $id) { id name } }": typeof types.QueryLimitsProjectDocument,
    "query QueryLimitsPortalList($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name description environment preview status isDefault expiresAt createdAt lastUsedAt\n        usageCount scopes { name description implies } createdBy { __typename } } } } } }": typeof types.QueryLimitsPortalListDocument,
    "query QueryLimitsFirst1000($id: ID!) { project(id: $id) { apiKeys(first: 1000) { totalCount } } }": typeof types.QueryLimitsFirst1000Document,
    "mutation SigtermSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": typeof types.SigtermSignUpDocument,
    "mutation SigtermCreateProject { createProject(input: { name: \"Slow\", plan: PRO }) { secret defaultKey { id } } }": typeof types.SigtermCreateProjectDocument,
    "query SigtermViewer { viewer { apiKey { name } } }": typeof types.SigtermViewerDocument,
    "mutation LeakWebhooksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": typeof types.LeakWebhooksReportDocument,
    "query LeaksViewer { viewer { apiKey { id } } }": typeof types.LeaksViewerDocument,
    "mutation LeaksVerify($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": typeof types.LeaksVerifyDocument,
    "query LeaksKey($id: ID!) { apiKey(id: $id) { id status leaks { reporter url source reportedAt } } }": typeof types.LeaksKeyDocument,
    "query LeaksProject($id: ID!) { project(id: $id) { leakedKeys { id status } auditEvents(filter: { actions: [\"key.leaked\"] }) { totalCount edges { node { action targetId summary actor { type label } } } } } }": typeof types.LeaksProjectDocument,
    "mutation LeaksReactivate($id: ID!) { reactivateApiKey(id: $id) { status } }": typeof types.LeaksReactivateDocument,
    "mutation LeaksDeactivate($id: ID!) { deactivateApiKey(id: $id) { status } }": typeof types.LeaksDeactivateDocument,
    "mutation LeaksRotate($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id status } } }": typeof types.LeaksRotateDocument,
    "mutation LeaksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": typeof types.LeaksReportDocument,
    "mutation LiveCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": typeof types.LiveCreateKeyDocument,
    "mutation LiveDeactivateKey($id: ID!, $terminateConnections: Boolean) { deactivateApiKey(id: $id, terminateConnections: $terminateConnections) { status } }": typeof types.LiveDeactivateKeyDocument,
    "mutation LiveDeleteKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.LiveDeleteKeyDocument,
    "mutation LiveUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.LiveUpdateKeyDocument,
    "mutation LiveRotateKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": typeof types.LiveRotateKeyDocument,
    "mutation LiveLogOut { logOut }": typeof types.LiveLogOutDocument,
    "mutation LiveRevokeToken($id: ID!) { revokePersonalToken(id: $id) { id } }": typeof types.LiveRevokeTokenDocument,
    "query LiveConnections($id: ID!) { apiKey(id: $id) { liveConnections } }": typeof types.LiveConnectionsDocument,
    "query LiveViewer { viewer { scopes } }": typeof types.LiveViewerDocument,
    "mutation LiveReportLeak($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": typeof types.LiveReportLeakDocument,
    "mutation LiveDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id } }": typeof types.LiveDeleteProjectDocument,
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
    "query TokenProjects { projects { id } }": typeof types.TokenProjectsDocument,
    "query TokenProject($id: ID!) { project(id: $id) { id name } }": typeof types.TokenProjectDocument,
    "query TokenProjectKeys($id: ID!) { project(id: $id) { apiKeys { totalCount } } }": typeof types.TokenProjectKeysDocument,
    "mutation TokenCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": typeof types.TokenCreateApiKeyDocument,
    "mutation TokenCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id name preview scopes projectIds expiresAt expired } secret } }": typeof types.TokenCreatePersonalTokenDocument,
    "mutation TokenRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }": typeof types.TokenRevokePersonalTokenDocument,
    "query TokenViewerTokens { viewer { personalTokens { id name preview } } }": typeof types.TokenViewerTokensDocument,
    "query TokenViewer { viewer { user { id email } scopes apiKey { id } } }": typeof types.TokenViewerDocument,
    "mutation TokenChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": typeof types.TokenChangePasswordDocument,
    "mutation TokenDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": typeof types.TokenDeleteAccountDocument,
    "query TokenViewerTokenUses { viewer { personalTokens { id lastUsedAt } } }": typeof types.TokenViewerTokenUsesDocument,
    "query TokenViewerSessions { viewer { sessions { id current } } }": typeof types.TokenViewerSessionsDocument,
    "query TokenMembers($id: ID!) { project(id: $id) { members { user { id } } } }": typeof types.TokenMembersDocument,
    "mutation SeedPersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }": typeof types.SeedPersonalTokenDocument,
    "query DeletionViewer { viewer { apiKey { id } } }": typeof types.DeletionViewerDocument,
    "mutation DeletionDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }": typeof types.DeletionDeleteProjectDocument,
    "query DeletionProjects { projects { id } }": typeof types.DeletionProjectsDocument,
    "query DeletionProject($id: ID!) { project(id: $id) { id usage { totals { requests } } } }": typeof types.DeletionProjectDocument,
    "query DeletionDeletedProjects { deletedProjects { id name deletedAt purgeAt usage { totals { requests } } auditEvents(first: 100) { totalCount edges { node { action } } } } }": typeof types.DeletionDeletedProjectsDocument,
    "mutation DeletionCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id enabled } } }": typeof types.DeletionCreateWebhookDocument,
    "mutation DeletionCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }": typeof types.DeletionCreateProjectDocument,
    "mutation DeletionDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": typeof types.DeletionDeleteAccountDocument,
    "mutation PlansCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id plan } } }": typeof types.PlansCreateProjectDocument,
    "mutation PlansUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { name plan } }": typeof types.PlansUpdateProjectDocument,
    "mutation PlansSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": typeof types.PlansSetProjectPlanDocument,
    "query PlansProject($id: ID!) { project(id: $id) { plan limits { maxKeys } } }": typeof types.PlansProjectDocument,
    "query PlansProjects { projects { id } }": typeof types.PlansProjectsDocument,
    "query PlansViewer { viewer { isAdministrator } }": typeof types.PlansViewerDocument,
    "mutation CliCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }": typeof types.CliCreateProjectDocument,
    "mutation CliCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }": typeof types.CliCreatePersonalTokenDocument,
    "mutation CliRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }": typeof types.CliRevokePersonalTokenDocument,
    "\n  mutation StoryCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }\n": typeof types.StoryCreatePermissionDocument,
    "\n  mutation StoryCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }\n": typeof types.StoryCreateKeyDocument,
    "\n  mutation StoryUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }\n": typeof types.StoryUpdateKeyDocument,
    "query SecretsEverything($id: ID!, $key: ID!) {\n  project(id: $id) {\n    id name plan limits { maxKeys }\n    members { role user { id email name } }\n    apiKeys(first: 100) { edges { node { ...SecretsKey replacedBy { ...SecretsKey } rotatedFrom { ...SecretsKey } } } }\n    auditEvents(first: 100) { edges { node { id action actor { type id label } targetType targetId targetLabel summary clientAddress userAgent requestId createdAt } } }\n  }\n  apiKey(id: $key) { ...SecretsKey auditEvents { edges { node { summary } } } }\n}\nfragment SecretsKey on ApiKey { id name description environment preview status isDefault scopes { name } expiresAt createdAt lastUsedAt usageCount rotatedAt graceEndsAt createdBy { label } rateLimit { perMinute } }": typeof types.SecretsEverythingDocument,
    "mutation SecretsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id } } }": typeof types.SecretsRotateApiKeyDocument,
    "query SecretsViewer { viewer { scopes } }": typeof types.SecretsViewerDocument,
    "mutation SecretsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }": typeof types.SecretsVerifyApiKeyDocument,
    "mutation SecretsLogIn($input: LogInInput!) { logIn(input: $input) { token } }": typeof types.SecretsLogInDocument,
    "mutation SecurityAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": typeof types.SecurityAddMemberDocument,
    "mutation SecurityCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.SecurityCreateApiKeyDocument,
    "mutation SecurityUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.SecurityUpdateApiKeyDocument,
    "mutation SecurityRotateApiKeySecret($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": typeof types.SecurityRotateApiKeySecretDocument,
    "mutation SecurityDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": typeof types.SecurityDeactivateApiKeyDocument,
    "mutation SecurityReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }": typeof types.SecurityReactivateApiKeyDocument,
    "mutation SecurityDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": typeof types.SecurityDeleteApiKeyDocument,
    "mutation SecurityReportLeakedKey($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": typeof types.SecurityReportLeakedKeyDocument,
    "mutation SecurityFreshPermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }": typeof types.SecurityFreshPermissionDocument,
    "mutation SecurityCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }": typeof types.SecurityCreatePermissionDocument,
    "mutation SecurityUpdatePermission($input: UpdatePermissionInput!) { updatePermission(input: $input) { id } }": typeof types.SecurityUpdatePermissionDocument,
    "mutation SecurityDeletePermission($input: DeletePermissionInput!) { deletePermission(input: $input) { id } }": typeof types.SecurityDeletePermissionDocument,
    "query SecurityViewer { viewer { scopes } }": typeof types.SecurityViewerDocument,
    "query SecurityScopes { scopes { name } }": typeof types.SecurityScopesDocument,
    "query SecurityProjects { projects { id } }": typeof types.SecurityProjectsDocument,
    "query SecurityProject($id: ID!) { project(id: $id) { id name } }": typeof types.SecurityProjectDocument,
    "query SecurityApiKey($id: ID!) { apiKey(id: $id) { id } }": typeof types.SecurityApiKeyDocument,
    "mutation SecuritySignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }": typeof types.SecuritySignUpDocument,
    "mutation SecurityLogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }": typeof types.SecurityLogInDocument,
    "mutation SecurityLogOut { logOut }": typeof types.SecurityLogOutDocument,
    "mutation SecurityCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }": typeof types.SecurityCreateProjectDocument,
    "mutation SecurityUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }": typeof types.SecurityUpdateProjectDocument,
    "mutation SecuritySetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { id } }": typeof types.SecuritySetProjectPlanDocument,
    "mutation SecurityRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": typeof types.SecurityRotateApiKeyDocument,
    "mutation SecurityVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }": typeof types.SecurityVerifyApiKeyDocument,
    "mutation SecurityUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }": typeof types.SecurityUpdateMemberRoleDocument,
    "mutation SecurityRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }": typeof types.SecurityRemoveMemberDocument,
    "mutation SecurityAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": typeof types.SecurityAcceptInvitationDocument,
    "mutation SecurityDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }": typeof types.SecurityDeclineInvitationDocument,
    "query SecurityWebhookEventTypes { webhookEventTypes { name description } }": typeof types.SecurityWebhookEventTypesDocument,
    "query SecurityWebhookEndpoint($id: ID!) { webhookEndpoint(id: $id) { id url deliveries { totalCount } } }": typeof types.SecurityWebhookEndpointDocument,
    "mutation SecurityCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } secret } }": typeof types.SecurityCreateWebhookEndpointDocument,
    "mutation SecurityUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }": typeof types.SecurityUpdateWebhookEndpointDocument,
    "mutation SecurityDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }": typeof types.SecurityDeleteWebhookEndpointDocument,
    "mutation SecurityRotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }": typeof types.SecurityRotateWebhookSecretDocument,
    "mutation SecuritySendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }": typeof types.SecuritySendTestWebhookDocument,
    "mutation SecurityRedeliverWebhook($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }": typeof types.SecurityRedeliverWebhookDocument,
    "mutation SecurityCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }": typeof types.SecurityCreatePersonalTokenDocument,
    "mutation SecurityRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }": typeof types.SecurityRevokePersonalTokenDocument,
    "mutation SecurityRevokeSession($id: ID!) { revokeSession(id: $id) }": typeof types.SecurityRevokeSessionDocument,
    "mutation SecuritySecondSession($input: LogInInput!) { logIn(input: $input) { token } }": typeof types.SecuritySecondSessionDocument,
    "query SecuritySessions { viewer { sessions { id current } } }": typeof types.SecuritySessionsDocument,
    "mutation SecurityDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }": typeof types.SecurityDeleteProjectDocument,
    "mutation SecurityChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": typeof types.SecurityChangePasswordDocument,
    "mutation SecurityDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": typeof types.SecurityDeleteAccountDocument,
    "query SecurityDeletedProjects { deletedProjects { id purgeAt } }": typeof types.SecurityDeletedProjectsDocument,
    "query SecurityProjectName($id: ID!) { project(id: $id) { name } }": typeof types.SecurityProjectNameDocument,
    "mutation SecurityRevokeSeededToken($id: ID!) { revokePersonalToken(id: $id) { id } }": typeof types.SecurityRevokeSeededTokenDocument,
    "query SecurityProjectKeys($id: ID!) { project(id: $id) { name apiKeys { totalCount } } }": typeof types.SecurityProjectKeysDocument,
    "query SecurityProjectMembers($id: ID!) { project(id: $id) { name members { role } } }": typeof types.SecurityProjectMembersDocument,
    "query SecurityProjectAudit($id: ID!) { project(id: $id) { name auditEvents { totalCount } } }": typeof types.SecurityProjectAuditDocument,
    "query SecurityProjectUsage($id: ID!) { project(id: $id) { name usage { totals { requests } } } }": typeof types.SecurityProjectUsageDocument,
    "query SecurityApiKeyCreator($id: ID!) { apiKey(id: $id) { name createdBy { label } } }": typeof types.SecurityApiKeyCreatorDocument,
    "query SecurityApiKeyUsage($id: ID!) { apiKey(id: $id) { name usage { totals { requests } } } }": typeof types.SecurityApiKeyUsageDocument,
    "query SecurityApiKeyActivity($id: ID!) { apiKey(id: $id) { name recentActivity { totalCount } } }": typeof types.SecurityApiKeyActivityDocument,
    "query SecurityProjectKeyCreators($id: ID!) { project(id: $id) { apiKeys { edges { node { name createdBy { label } } } } } }": typeof types.SecurityProjectKeyCreatorsDocument,
    "query SecurityViewerKey { viewer { apiKey { id isDefault } } }": typeof types.SecurityViewerKeyDocument,
    "query HttpScopes { scopes { name } }": typeof types.HttpScopesDocument,
    "mutation HttpLogOut { logOut }": typeof types.HttpLogOutDocument,
    "query HttpTurns { viewer { apiKey { id } user { id } } }": typeof types.HttpTurnsDocument,
    "query HttpViewer { viewer { apiKey { id } } }": typeof types.HttpViewerDocument,
    "query HttpProjects { projects { id } }": typeof types.HttpProjectsDocument,
    "query CappedActivity($id: ID!) { apiKey(id: $id) { usageCount recentActivity(first: 50) { totalCount edges { node { id } } } } }": typeof types.CappedActivityDocument,
    "query ExpiryViewer { viewer { scopes } }": typeof types.ExpiryViewerDocument,
    "query ExpiryApiKey($id: ID!) { apiKey(id: $id) { status auditEvents { edges { node { action actor { type } } } } } }": typeof types.ExpiryApiKeyDocument,
    "query UsageFaultsViewer { viewer { scopes } }": typeof types.UsageFaultsViewerDocument,
    "query RateLimitsViewerLimits { viewer { apiKey { id } rateLimit { limit remaining resetAt } } }": typeof types.RateLimitsViewerLimitsDocument,
    "mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.RateLimitsUpdateApiKeyDocument,
    "mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.RateLimitsCreateApiKeyDocument,
    "mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code rateLimit { limit remaining } } }": typeof types.RateLimitsVerifyApiKeyDocument,
    "query RateLimitsScopes { scopes { name } }": typeof types.RateLimitsScopesDocument,
    "query RateLimitsViewer { viewer { user { id } } }": typeof types.RateLimitsViewerDocument,
    "mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.RateLimitsCreateApiKey2Document,
    "query RateLimitsProject($id: ID!) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"] }) { edges { node { targetLabel clientAddress } } } } }": typeof types.RateLimitsProjectDocument,
    "query UsageNoticesViewer { viewer { apiKey { id } } }": typeof types.UsageNoticesViewerDocument,
    "\n  query UsageNoticesAudit($id: ID!) {\n    project(id: $id) {\n      auditEvents(first: 50, filter: { actions: [\"usage.rate_limited\", \"usage.credits_exhausted\"] }) {\n        totalCount\n        edges { node { action targetId targetLabel actor { type label } summary } }\n      }\n    }\n  }\n": typeof types.UsageNoticesAuditDocument,
    "mutation UsageNoticesUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.UsageNoticesUpdateKeyDocument,
    "query KeyUsage($id: ID!) { apiKey(id: $id) { usageCount lastUsedAt usage { totals { requests ok errors denied rateLimited }\n  byOperation { operation requests ok errors denied rateLimited averageDurationMs } byKey { apiKeyId } } } }": typeof types.KeyUsageDocument,
    "query UsageViewer { viewer { scopes } }": typeof types.UsageViewerDocument,
    "mutation UsageUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": typeof types.UsageUpdateApiKeyDocument,
    "query Me { viewer { scopes } }": typeof types.MeDocument,
    "query Members($id: ID!) { project(id: $id) { members { role } } }": typeof types.MembersDocument,
    "query Missing($id: ID!) { apiKey(id: $id) { id } }": typeof types.MissingDocument,
    "query UsageRecentActivity($id: ID!) { apiKey(id: $id) { recentActivity(first: 30) { totalCount edges { node { id operation operationType outcome durationMs clientAddress createdAt } } pageInfo { hasNextPage endCursor } } } }": typeof types.UsageRecentActivityDocument,
    "query UsageRecentActivityAfter($id: ID!, $after: String) { apiKey(id: $id) { recentActivity(first: 30, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }": typeof types.UsageRecentActivityAfterDocument,
    "query UsageProjectUsage($id: ID!, $environment: ApiKeyEnvironment) { project(id: $id) { usage(environment: $environment) { totals { requests ok errors denied rateLimited } byKey { apiKeyId requests operation } series { bucketStart requests operation } granularity } } }": typeof types.UsageProjectUsageDocument,
    "mutation UsageRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret } }": typeof types.UsageRotateApiKeyDocument,
    "query UsageRange($id: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity) { project(id: $id) { usage(from: $from, to: $to, granularity: $granularity) { from } } }": typeof types.UsageRangeDocument,
    "query UsagePartnerSelf { viewer { apiKey { id expiresAt rateLimit { perMinute perDay burstPerMinute } usage { totals { requests ok errors denied rateLimited } } recentActivity(first: 5) { totalCount } } rateLimit { limit remaining resetAt } } }": typeof types.UsagePartnerSelfDocument,
    "query UsagePartnerProjectUsage($id: ID!) { project(id: $id) { usage { totals { requests ok errors denied rateLimited } } } }": typeof types.UsagePartnerProjectUsageDocument,
    "query UsagePartnerOtherKey($id: ID!) { apiKey(id: $id) { usage { totals { requests ok errors denied rateLimited } } recentActivity { totalCount } } }": typeof types.UsagePartnerOtherKeyDocument,
    "query UsageKeyReader($id: ID!) { apiKey(id: $id) { id usage { totals { requests ok errors denied rateLimited } } } }": typeof types.UsageKeyReaderDocument,
    "query AuthViewer { viewer { user { id email } } }": typeof types.AuthViewerDocument,
    "mutation AuthLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }": typeof types.AuthLogInDocument,
    "mutation AuthSignUpCookie($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }": typeof types.AuthSignUpCookieDocument,
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
    "query DataloaderProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount edges { node {\n  id name status preview usageCount lastUsedAt\n  scopes { name description implies }\n  createdBy { type label }\n  project { id name }\n  rateLimit { perMinute perDay }\n  replacedBy { id }\n} } } } }": types.DataloaderProjectDocument,
    "query DataloaderLeakedKeys($id: ID!) { project(id: $id) { leakedKeys { id leaks { url reportedAt } } } }": types.DataloaderLeakedKeysDocument,
    "mutation DataloaderCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.DataloaderCreateApiKeyDocument,
    "query KeyCacheViewer { viewer { scopes apiKey { id } } }": types.KeyCacheViewerDocument,
    "query KeyCacheViewerUsage { viewer { apiKey { id usageCount lastUsedAt } } }": types.KeyCacheViewerUsageDocument,
    "mutation KeyCacheVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": types.KeyCacheVerifyApiKeyDocument,
    "mutation KeyCacheDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": types.KeyCacheDeactivateApiKeyDocument,
    "mutation KeyCacheReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }": types.KeyCacheReactivateApiKeyDocument,
    "mutation KeyCacheDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.KeyCacheDeleteApiKeyDocument,
    "mutation KeyCacheUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.KeyCacheUpdateApiKeyDocument,
    "mutation KeyCacheRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": types.KeyCacheRotateApiKeyDocument,
    "mutation KeyCacheSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": types.KeyCacheSetProjectPlanDocument,
    "query KeyCacheViewerUser { viewer { user { email } } }": types.KeyCacheViewerUserDocument,
    "mutation KeyCacheLogOut { logOut }": types.KeyCacheLogOutDocument,
    "query KeyRestrictionsViewer { viewer { apiKey { id } } }": types.KeyRestrictionsViewerDocument,
    "mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { expiresAt rateLimit { perMinute perDay } } }": types.KeyRestrictionsUpdateApiKeyDocument,
    "mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret previous { graceEndsAt } } }": types.KeyRestrictionsRotateApiKeyDocument,
    "mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id environment } } }": types.KeyRestrictionsCreateApiKeyDocument,
    "query KeyRestrictionsApiKey($id: ID!) { apiKey(id: $id) { rateLimit { perMinute } } }": types.KeyRestrictionsApiKeyDocument,
    "query KeyRestrictionsApiKey2($id: ID!) { apiKey(id: $id) { expiresAt } }": types.KeyRestrictionsApiKey2Document,
    "query KeyRestrictionsApiKey3($id: ID!) { apiKey(id: $id) { id } }": types.KeyRestrictionsApiKey3Document,
    "mutation KeyRestrictionsDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }": types.KeyRestrictionsDeactivateApiKey2Document,
    "mutation KeyRestrictionsDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.KeyRestrictionsDeleteApiKeyDocument,
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
    "query LifecycleApiKey($id: ID!) { apiKey(id: $id) { id } }": types.LifecycleApiKeyDocument,
    "query LifecycleApiKey2($id: ID!) { apiKey(id: $id) { status } }": types.LifecycleApiKey2Document,
    "mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id name scopes { name } } previous { id graceEndsAt } } }": types.LifecycleRotateApiKeyDocument,
    "mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": types.LifecycleRotateApiKey2Document,
    "mutation LifecycleDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }": types.LifecycleDeactivateApiKey2Document,
    "mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }": types.LifecycleRotateApiKey3Document,
    "mutation ReadRecordsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.ReadRecordsCreateApiKeyDocument,
    "mutation ReadRecordsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": types.ReadRecordsRotateApiKeyDocument,
    "query ReadRecordsProject($id: ID!) { project(id: $id) { apiKeys(first: 10) { totalCount edges { node {\n        id usageCount createdBy { type label } rotatedFrom { id usageCount } replacedBy { id }\n      } } } } }": types.ReadRecordsProjectDocument,
    "mutation ReadRecordsCreateByKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.ReadRecordsCreateByKeyDocument,
    "mutation ReadRecordsDeleteCreator($id: ID!) { deleteApiKey(id: $id) { id } }": types.ReadRecordsDeleteCreatorDocument,
    "query ReadRecordsCreatorsPage($id: ID!, $after: String) { project(id: $id) {\n      apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id createdBy { type id label } } } }\n    } }": types.ReadRecordsCreatorsPageDocument,
    "query ReadRecordsCreator($id: ID!) { apiKey(id: $id) { createdBy { type id label } } }": types.ReadRecordsCreatorDocument,
    "query ReadRecordsProject2($id: ID!) { project(id: $id) { id name apiKeys(first: 5) { totalCount } } }": types.ReadRecordsProject2Document,
    "mutation AuditUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.AuditUpdateApiKeyDocument,
    "mutation AuditDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": types.AuditDeactivateApiKeyDocument,
    "mutation AuditReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }": types.AuditReactivateApiKeyDocument,
    "mutation AuditRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": types.AuditRotateApiKeyDocument,
    "mutation AuditDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.AuditDeleteApiKeyDocument,
    "mutation AuditUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }": types.AuditUpdateProjectDocument,
    "mutation AuditAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.AuditAddMemberDocument,
    "mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": types.AuditAcceptInvitationDocument,
    "mutation AuditUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }": types.AuditUpdateMemberRoleDocument,
    "mutation AuditRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }": types.AuditRemoveMemberDocument,
    "query AuditProjectName($id: ID!) { project(id: $id) { name } }": types.AuditProjectNameDocument,
    "query AuditProject($id: ID!) { project(id: $id) { auditEvents(first: 100) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": types.AuditProjectDocument,
    "mutation AuditCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.AuditCreateApiKeyDocument,
    "query AuditProject2($id: ID!, $since: DateTime) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"], since: $since }) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }": types.AuditProject2Document,
    "query RedisPrefixViewer { viewer { scopes } }": types.RedisPrefixViewerDocument,
    "query ScaleViewer { viewer { scopes } }": types.ScaleViewerDocument,
    "query ScaleKeyUsage($id: ID!) { apiKey(id: $id) { usage { totals { requests } } } }": types.ScaleKeyUsageDocument,
    "mutation ScaleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": types.ScaleCreateApiKeyDocument,
    "mutation ScaleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": types.ScaleSignUpDocument,
    "mutation ScaleCreateProject { createProject(input: { name: \"Scale\" }) { secret project { id } defaultKey { id } } }": types.ScaleCreateProjectDocument,
    "mutation ScaleUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id rateLimit { perMinute } } }": types.ScaleUpdateApiKeyDocument,
    "mutation ScaleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": types.ScaleDeactivateApiKeyDocument,
    "query ScaleLists($id: ID!, $projectId: ID!) { apiKey(id: $id) { recentActivity(first: 5) { totalCount } }\n           project(id: $projectId) { auditEvents(first: 5) { totalCount } } }": types.ScaleListsDocument,
    "mutation AbuseCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } secret } }": types.AbuseCreateApiKeyDocument,
    "query AbuseViewer { viewer { scopes } }": types.AbuseViewerDocument,
    "query AbusePage($first: Int) { viewer { project { apiKeys(first: $first) { totalCount } } } }": types.AbusePageDocument,
    "query AbuseApiKey($id: ID!) { apiKey(id: $id) { id } }": types.AbuseApiKeyDocument,
    "query AbuseProjectUsage($from: DateTime, $to: DateTime) { viewer { project { usage(from: $from, to: $to) { from } } } }": types.AbuseProjectUsageDocument,
    "mutation AbuseLogIn($input: LogInInput!) { logIn(input: $input) { token } }": types.AbuseLogInDocument,
    "mutation AbuseVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": types.AbuseVerifyApiKeyDocument,
    "query FaultsViewer { viewer { apiKey { id } scopes } }": types.FaultsViewerDocument,
    "query FaultsApiKey($id: ID!) { apiKey(id: $id) { id name } }": types.FaultsApiKeyDocument,
    "query FaultsProjects { projects { id } }": types.FaultsProjectsDocument,
    "query FaultsScopes { scopes { name } }": types.FaultsScopesDocument,
    "query FaultsViewerScopes { viewer { scopes } }": types.FaultsViewerScopesDocument,
    "mutation FaultsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }": types.FaultsDeactivateApiKeyDocument,
    "query GraphqlHttpAuditScopes { scopes { name } }": types.GraphqlHttpAuditScopesDocument,
    "mutation GraphqlHttpAuditLogOut { logOut }": types.GraphqlHttpAuditLogOutDocument,
    "query HeadersViewer { viewer { scopes } }": types.HeadersViewerDocument,
    "query HeadersScopes { scopes { name } }": types.HeadersScopesDocument,
    "query LoggingViewer { viewer { scopes } }": types.LoggingViewerDocument,
    "query WhoAmI { viewer { apiKey { id } } }": types.WhoAmIDocument,
    "query LoggingApiKey($id: ID!) { apiKey(id: $id) { id } }": types.LoggingApiKeyDocument,
    "mutation LoggingSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": types.LoggingSignUpDocument,
    "mutation LoggingLogIn($input: LogInInput!) { logIn(input: $input) { token } }": types.LoggingLogInDocument,
    "mutation LoggingVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid } }": types.LoggingVerifyApiKeyDocument,
    "query MaskingScopes { scopes { name description } }": types.MaskingScopesDocument,
    "mutation MaskingCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.MaskingCreateApiKeyDocument,
    "query MaskingViewer { viewer { scopes } }": types.MaskingViewerDocument,
    "query MetricsViewer { viewer { scopes } }": types.MetricsViewerDocument,
    "query QueryLimitsProject($id: ID!) { project(id: $id) { id name } }": types.QueryLimitsProjectDocument,
    "query QueryLimitsPortalList($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name description environment preview status isDefault expiresAt createdAt lastUsedAt\n        usageCount scopes { name description implies } createdBy { __typename } } } } } }": types.QueryLimitsPortalListDocument,
    "query QueryLimitsFirst1000($id: ID!) { project(id: $id) { apiKeys(first: 1000) { totalCount } } }": types.QueryLimitsFirst1000Document,
    "mutation SigtermSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": types.SigtermSignUpDocument,
    "mutation SigtermCreateProject { createProject(input: { name: \"Slow\", plan: PRO }) { secret defaultKey { id } } }": types.SigtermCreateProjectDocument,
    "query SigtermViewer { viewer { apiKey { name } } }": types.SigtermViewerDocument,
    "mutation LeakWebhooksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": types.LeakWebhooksReportDocument,
    "query LeaksViewer { viewer { apiKey { id } } }": types.LeaksViewerDocument,
    "mutation LeaksVerify($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }": types.LeaksVerifyDocument,
    "query LeaksKey($id: ID!) { apiKey(id: $id) { id status leaks { reporter url source reportedAt } } }": types.LeaksKeyDocument,
    "query LeaksProject($id: ID!) { project(id: $id) { leakedKeys { id status } auditEvents(filter: { actions: [\"key.leaked\"] }) { totalCount edges { node { action targetId summary actor { type label } } } } } }": types.LeaksProjectDocument,
    "mutation LeaksReactivate($id: ID!) { reactivateApiKey(id: $id) { status } }": types.LeaksReactivateDocument,
    "mutation LeaksDeactivate($id: ID!) { deactivateApiKey(id: $id) { status } }": types.LeaksDeactivateDocument,
    "mutation LeaksRotate($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id status } } }": types.LeaksRotateDocument,
    "mutation LeaksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": types.LeaksReportDocument,
    "mutation LiveCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": types.LiveCreateKeyDocument,
    "mutation LiveDeactivateKey($id: ID!, $terminateConnections: Boolean) { deactivateApiKey(id: $id, terminateConnections: $terminateConnections) { status } }": types.LiveDeactivateKeyDocument,
    "mutation LiveDeleteKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.LiveDeleteKeyDocument,
    "mutation LiveUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.LiveUpdateKeyDocument,
    "mutation LiveRotateKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": types.LiveRotateKeyDocument,
    "mutation LiveLogOut { logOut }": types.LiveLogOutDocument,
    "mutation LiveRevokeToken($id: ID!) { revokePersonalToken(id: $id) { id } }": types.LiveRevokeTokenDocument,
    "query LiveConnections($id: ID!) { apiKey(id: $id) { liveConnections } }": types.LiveConnectionsDocument,
    "query LiveViewer { viewer { scopes } }": types.LiveViewerDocument,
    "mutation LiveReportLeak($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": types.LiveReportLeakDocument,
    "mutation LiveDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id } }": types.LiveDeleteProjectDocument,
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
    "query TokenProjects { projects { id } }": types.TokenProjectsDocument,
    "query TokenProject($id: ID!) { project(id: $id) { id name } }": types.TokenProjectDocument,
    "query TokenProjectKeys($id: ID!) { project(id: $id) { apiKeys { totalCount } } }": types.TokenProjectKeysDocument,
    "mutation TokenCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }": types.TokenCreateApiKeyDocument,
    "mutation TokenCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id name preview scopes projectIds expiresAt expired } secret } }": types.TokenCreatePersonalTokenDocument,
    "mutation TokenRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }": types.TokenRevokePersonalTokenDocument,
    "query TokenViewerTokens { viewer { personalTokens { id name preview } } }": types.TokenViewerTokensDocument,
    "query TokenViewer { viewer { user { id email } scopes apiKey { id } } }": types.TokenViewerDocument,
    "mutation TokenChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": types.TokenChangePasswordDocument,
    "mutation TokenDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": types.TokenDeleteAccountDocument,
    "query TokenViewerTokenUses { viewer { personalTokens { id lastUsedAt } } }": types.TokenViewerTokenUsesDocument,
    "query TokenViewerSessions { viewer { sessions { id current } } }": types.TokenViewerSessionsDocument,
    "query TokenMembers($id: ID!) { project(id: $id) { members { user { id } } } }": types.TokenMembersDocument,
    "mutation SeedPersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }": types.SeedPersonalTokenDocument,
    "query DeletionViewer { viewer { apiKey { id } } }": types.DeletionViewerDocument,
    "mutation DeletionDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }": types.DeletionDeleteProjectDocument,
    "query DeletionProjects { projects { id } }": types.DeletionProjectsDocument,
    "query DeletionProject($id: ID!) { project(id: $id) { id usage { totals { requests } } } }": types.DeletionProjectDocument,
    "query DeletionDeletedProjects { deletedProjects { id name deletedAt purgeAt usage { totals { requests } } auditEvents(first: 100) { totalCount edges { node { action } } } } }": types.DeletionDeletedProjectsDocument,
    "mutation DeletionCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id enabled } } }": types.DeletionCreateWebhookDocument,
    "mutation DeletionCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }": types.DeletionCreateProjectDocument,
    "mutation DeletionDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": types.DeletionDeleteAccountDocument,
    "mutation PlansCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id plan } } }": types.PlansCreateProjectDocument,
    "mutation PlansUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { name plan } }": types.PlansUpdateProjectDocument,
    "mutation PlansSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }": types.PlansSetProjectPlanDocument,
    "query PlansProject($id: ID!) { project(id: $id) { plan limits { maxKeys } } }": types.PlansProjectDocument,
    "query PlansProjects { projects { id } }": types.PlansProjectsDocument,
    "query PlansViewer { viewer { isAdministrator } }": types.PlansViewerDocument,
    "mutation CliCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }": types.CliCreateProjectDocument,
    "mutation CliCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }": types.CliCreatePersonalTokenDocument,
    "mutation CliRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }": types.CliRevokePersonalTokenDocument,
    "\n  mutation StoryCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }\n": types.StoryCreatePermissionDocument,
    "\n  mutation StoryCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }\n": types.StoryCreateKeyDocument,
    "\n  mutation StoryUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }\n": types.StoryUpdateKeyDocument,
    "query SecretsEverything($id: ID!, $key: ID!) {\n  project(id: $id) {\n    id name plan limits { maxKeys }\n    members { role user { id email name } }\n    apiKeys(first: 100) { edges { node { ...SecretsKey replacedBy { ...SecretsKey } rotatedFrom { ...SecretsKey } } } }\n    auditEvents(first: 100) { edges { node { id action actor { type id label } targetType targetId targetLabel summary clientAddress userAgent requestId createdAt } } }\n  }\n  apiKey(id: $key) { ...SecretsKey auditEvents { edges { node { summary } } } }\n}\nfragment SecretsKey on ApiKey { id name description environment preview status isDefault scopes { name } expiresAt createdAt lastUsedAt usageCount rotatedAt graceEndsAt createdBy { label } rateLimit { perMinute } }": types.SecretsEverythingDocument,
    "mutation SecretsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id } } }": types.SecretsRotateApiKeyDocument,
    "query SecretsViewer { viewer { scopes } }": types.SecretsViewerDocument,
    "mutation SecretsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }": types.SecretsVerifyApiKeyDocument,
    "mutation SecretsLogIn($input: LogInInput!) { logIn(input: $input) { token } }": types.SecretsLogInDocument,
    "mutation SecurityAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }": types.SecurityAddMemberDocument,
    "mutation SecurityCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.SecurityCreateApiKeyDocument,
    "mutation SecurityUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.SecurityUpdateApiKeyDocument,
    "mutation SecurityRotateApiKeySecret($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }": types.SecurityRotateApiKeySecretDocument,
    "mutation SecurityDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }": types.SecurityDeactivateApiKeyDocument,
    "mutation SecurityReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }": types.SecurityReactivateApiKeyDocument,
    "mutation SecurityDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }": types.SecurityDeleteApiKeyDocument,
    "mutation SecurityReportLeakedKey($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }": types.SecurityReportLeakedKeyDocument,
    "mutation SecurityFreshPermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }": types.SecurityFreshPermissionDocument,
    "mutation SecurityCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }": types.SecurityCreatePermissionDocument,
    "mutation SecurityUpdatePermission($input: UpdatePermissionInput!) { updatePermission(input: $input) { id } }": types.SecurityUpdatePermissionDocument,
    "mutation SecurityDeletePermission($input: DeletePermissionInput!) { deletePermission(input: $input) { id } }": types.SecurityDeletePermissionDocument,
    "query SecurityViewer { viewer { scopes } }": types.SecurityViewerDocument,
    "query SecurityScopes { scopes { name } }": types.SecurityScopesDocument,
    "query SecurityProjects { projects { id } }": types.SecurityProjectsDocument,
    "query SecurityProject($id: ID!) { project(id: $id) { id name } }": types.SecurityProjectDocument,
    "query SecurityApiKey($id: ID!) { apiKey(id: $id) { id } }": types.SecurityApiKeyDocument,
    "mutation SecuritySignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }": types.SecuritySignUpDocument,
    "mutation SecurityLogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }": types.SecurityLogInDocument,
    "mutation SecurityLogOut { logOut }": types.SecurityLogOutDocument,
    "mutation SecurityCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }": types.SecurityCreateProjectDocument,
    "mutation SecurityUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }": types.SecurityUpdateProjectDocument,
    "mutation SecuritySetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { id } }": types.SecuritySetProjectPlanDocument,
    "mutation SecurityRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }": types.SecurityRotateApiKeyDocument,
    "mutation SecurityVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }": types.SecurityVerifyApiKeyDocument,
    "mutation SecurityUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }": types.SecurityUpdateMemberRoleDocument,
    "mutation SecurityRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }": types.SecurityRemoveMemberDocument,
    "mutation SecurityAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }": types.SecurityAcceptInvitationDocument,
    "mutation SecurityDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }": types.SecurityDeclineInvitationDocument,
    "query SecurityWebhookEventTypes { webhookEventTypes { name description } }": types.SecurityWebhookEventTypesDocument,
    "query SecurityWebhookEndpoint($id: ID!) { webhookEndpoint(id: $id) { id url deliveries { totalCount } } }": types.SecurityWebhookEndpointDocument,
    "mutation SecurityCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } secret } }": types.SecurityCreateWebhookEndpointDocument,
    "mutation SecurityUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }": types.SecurityUpdateWebhookEndpointDocument,
    "mutation SecurityDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }": types.SecurityDeleteWebhookEndpointDocument,
    "mutation SecurityRotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }": types.SecurityRotateWebhookSecretDocument,
    "mutation SecuritySendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }": types.SecuritySendTestWebhookDocument,
    "mutation SecurityRedeliverWebhook($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }": types.SecurityRedeliverWebhookDocument,
    "mutation SecurityCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }": types.SecurityCreatePersonalTokenDocument,
    "mutation SecurityRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }": types.SecurityRevokePersonalTokenDocument,
    "mutation SecurityRevokeSession($id: ID!) { revokeSession(id: $id) }": types.SecurityRevokeSessionDocument,
    "mutation SecuritySecondSession($input: LogInInput!) { logIn(input: $input) { token } }": types.SecuritySecondSessionDocument,
    "query SecuritySessions { viewer { sessions { id current } } }": types.SecuritySessionsDocument,
    "mutation SecurityDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }": types.SecurityDeleteProjectDocument,
    "mutation SecurityChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": types.SecurityChangePasswordDocument,
    "mutation SecurityDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": types.SecurityDeleteAccountDocument,
    "query SecurityDeletedProjects { deletedProjects { id purgeAt } }": types.SecurityDeletedProjectsDocument,
    "query SecurityProjectName($id: ID!) { project(id: $id) { name } }": types.SecurityProjectNameDocument,
    "mutation SecurityRevokeSeededToken($id: ID!) { revokePersonalToken(id: $id) { id } }": types.SecurityRevokeSeededTokenDocument,
    "query SecurityProjectKeys($id: ID!) { project(id: $id) { name apiKeys { totalCount } } }": types.SecurityProjectKeysDocument,
    "query SecurityProjectMembers($id: ID!) { project(id: $id) { name members { role } } }": types.SecurityProjectMembersDocument,
    "query SecurityProjectAudit($id: ID!) { project(id: $id) { name auditEvents { totalCount } } }": types.SecurityProjectAuditDocument,
    "query SecurityProjectUsage($id: ID!) { project(id: $id) { name usage { totals { requests } } } }": types.SecurityProjectUsageDocument,
    "query SecurityApiKeyCreator($id: ID!) { apiKey(id: $id) { name createdBy { label } } }": types.SecurityApiKeyCreatorDocument,
    "query SecurityApiKeyUsage($id: ID!) { apiKey(id: $id) { name usage { totals { requests } } } }": types.SecurityApiKeyUsageDocument,
    "query SecurityApiKeyActivity($id: ID!) { apiKey(id: $id) { name recentActivity { totalCount } } }": types.SecurityApiKeyActivityDocument,
    "query SecurityProjectKeyCreators($id: ID!) { project(id: $id) { apiKeys { edges { node { name createdBy { label } } } } } }": types.SecurityProjectKeyCreatorsDocument,
    "query SecurityViewerKey { viewer { apiKey { id isDefault } } }": types.SecurityViewerKeyDocument,
    "query HttpScopes { scopes { name } }": types.HttpScopesDocument,
    "mutation HttpLogOut { logOut }": types.HttpLogOutDocument,
    "query HttpTurns { viewer { apiKey { id } user { id } } }": types.HttpTurnsDocument,
    "query HttpViewer { viewer { apiKey { id } } }": types.HttpViewerDocument,
    "query HttpProjects { projects { id } }": types.HttpProjectsDocument,
    "query CappedActivity($id: ID!) { apiKey(id: $id) { usageCount recentActivity(first: 50) { totalCount edges { node { id } } } } }": types.CappedActivityDocument,
    "query ExpiryViewer { viewer { scopes } }": types.ExpiryViewerDocument,
    "query ExpiryApiKey($id: ID!) { apiKey(id: $id) { status auditEvents { edges { node { action actor { type } } } } } }": types.ExpiryApiKeyDocument,
    "query UsageFaultsViewer { viewer { scopes } }": types.UsageFaultsViewerDocument,
    "query RateLimitsViewerLimits { viewer { apiKey { id } rateLimit { limit remaining resetAt } } }": types.RateLimitsViewerLimitsDocument,
    "mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.RateLimitsUpdateApiKeyDocument,
    "mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.RateLimitsCreateApiKeyDocument,
    "mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code rateLimit { limit remaining } } }": types.RateLimitsVerifyApiKeyDocument,
    "query RateLimitsScopes { scopes { name } }": types.RateLimitsScopesDocument,
    "query RateLimitsViewer { viewer { user { id } } }": types.RateLimitsViewerDocument,
    "mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.RateLimitsCreateApiKey2Document,
    "query RateLimitsProject($id: ID!) { project(id: $id) { auditEvents(filter: { actions: [\"key.created\"] }) { edges { node { targetLabel clientAddress } } } } }": types.RateLimitsProjectDocument,
    "query UsageNoticesViewer { viewer { apiKey { id } } }": types.UsageNoticesViewerDocument,
    "\n  query UsageNoticesAudit($id: ID!) {\n    project(id: $id) {\n      auditEvents(first: 50, filter: { actions: [\"usage.rate_limited\", \"usage.credits_exhausted\"] }) {\n        totalCount\n        edges { node { action targetId targetLabel actor { type label } summary } }\n      }\n    }\n  }\n": types.UsageNoticesAuditDocument,
    "mutation UsageNoticesUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.UsageNoticesUpdateKeyDocument,
    "query KeyUsage($id: ID!) { apiKey(id: $id) { usageCount lastUsedAt usage { totals { requests ok errors denied rateLimited }\n  byOperation { operation requests ok errors denied rateLimited averageDurationMs } byKey { apiKeyId } } } }": types.KeyUsageDocument,
    "query UsageViewer { viewer { scopes } }": types.UsageViewerDocument,
    "mutation UsageUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }": types.UsageUpdateApiKeyDocument,
    "query Me { viewer { scopes } }": types.MeDocument,
    "query Members($id: ID!) { project(id: $id) { members { role } } }": types.MembersDocument,
    "query Missing($id: ID!) { apiKey(id: $id) { id } }": types.MissingDocument,
    "query UsageRecentActivity($id: ID!) { apiKey(id: $id) { recentActivity(first: 30) { totalCount edges { node { id operation operationType outcome durationMs clientAddress createdAt } } pageInfo { hasNextPage endCursor } } } }": types.UsageRecentActivityDocument,
    "query UsageRecentActivityAfter($id: ID!, $after: String) { apiKey(id: $id) { recentActivity(first: 30, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }": types.UsageRecentActivityAfterDocument,
    "query UsageProjectUsage($id: ID!, $environment: ApiKeyEnvironment) { project(id: $id) { usage(environment: $environment) { totals { requests ok errors denied rateLimited } byKey { apiKeyId requests operation } series { bucketStart requests operation } granularity } } }": types.UsageProjectUsageDocument,
    "mutation UsageRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret } }": types.UsageRotateApiKeyDocument,
    "query UsageRange($id: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity) { project(id: $id) { usage(from: $from, to: $to, granularity: $granularity) { from } } }": types.UsageRangeDocument,
    "query UsagePartnerSelf { viewer { apiKey { id expiresAt rateLimit { perMinute perDay burstPerMinute } usage { totals { requests ok errors denied rateLimited } } recentActivity(first: 5) { totalCount } } rateLimit { limit remaining resetAt } } }": types.UsagePartnerSelfDocument,
    "query UsagePartnerProjectUsage($id: ID!) { project(id: $id) { usage { totals { requests ok errors denied rateLimited } } } }": types.UsagePartnerProjectUsageDocument,
    "query UsagePartnerOtherKey($id: ID!) { apiKey(id: $id) { usage { totals { requests ok errors denied rateLimited } } recentActivity { totalCount } } }": types.UsagePartnerOtherKeyDocument,
    "query UsageKeyReader($id: ID!) { apiKey(id: $id) { id usage { totals { requests ok errors denied rateLimited } } } }": types.UsageKeyReaderDocument,
    "query AuthViewer { viewer { user { id email } } }": types.AuthViewerDocument,
    "mutation AuthLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }": types.AuthLogInDocument,
    "mutation AuthSignUpCookie($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }": types.AuthSignUpCookieDocument,
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
export function graphql(source: "query DataloaderProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount edges { node {\n  id name status preview usageCount lastUsedAt\n  scopes { name description implies }\n  createdBy { type label }\n  project { id name }\n  rateLimit { perMinute perDay }\n  replacedBy { id }\n} } } } }"): typeof import('./graphql.js').DataloaderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataloaderLeakedKeys($id: ID!) { project(id: $id) { leakedKeys { id leaks { url reportedAt } } } }"): typeof import('./graphql.js').DataloaderLeakedKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataloaderCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').DataloaderCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyCacheViewer { viewer { scopes apiKey { id } } }"): typeof import('./graphql.js').KeyCacheViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyCacheViewerUsage { viewer { apiKey { id usageCount lastUsedAt } } }"): typeof import('./graphql.js').KeyCacheViewerUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }"): typeof import('./graphql.js').KeyCacheVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').KeyCacheDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').KeyCacheReactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').KeyCacheDeleteApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').KeyCacheUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }"): typeof import('./graphql.js').KeyCacheRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }"): typeof import('./graphql.js').KeyCacheSetProjectPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyCacheViewerUser { viewer { user { email } } }"): typeof import('./graphql.js').KeyCacheViewerUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyCacheLogOut { logOut }"): typeof import('./graphql.js').KeyCacheLogOutDocument;
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
export function graphql(source: "query KeyRestrictionsApiKey3($id: ID!) { apiKey(id: $id) { id } }"): typeof import('./graphql.js').KeyRestrictionsApiKey3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').KeyRestrictionsDeactivateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyRestrictionsDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').KeyRestrictionsDeleteApiKeyDocument;
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
export function graphql(source: "query LifecycleApiKey($id: ID!) { apiKey(id: $id) { id } }"): typeof import('./graphql.js').LifecycleApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleApiKey2($id: ID!) { apiKey(id: $id) { status } }"): typeof import('./graphql.js').LifecycleApiKey2Document;
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
export function graphql(source: "mutation LifecycleDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').LifecycleDeactivateApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }"): typeof import('./graphql.js').LifecycleRotateApiKey3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRecordsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').ReadRecordsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRecordsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').ReadRecordsRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRecordsProject($id: ID!) { project(id: $id) { apiKeys(first: 10) { totalCount edges { node {\n        id usageCount createdBy { type label } rotatedFrom { id usageCount } replacedBy { id }\n      } } } } }"): typeof import('./graphql.js').ReadRecordsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRecordsCreateByKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').ReadRecordsCreateByKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadRecordsDeleteCreator($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').ReadRecordsDeleteCreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRecordsCreatorsPage($id: ID!, $after: String) { project(id: $id) {\n      apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id createdBy { type id label } } } }\n    } }"): typeof import('./graphql.js').ReadRecordsCreatorsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRecordsCreator($id: ID!) { apiKey(id: $id) { createdBy { type id label } } }"): typeof import('./graphql.js').ReadRecordsCreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRecordsProject2($id: ID!) { project(id: $id) { id name apiKeys(first: 5) { totalCount } } }"): typeof import('./graphql.js').ReadRecordsProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').AuditUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').AuditDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').AuditReactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').AuditRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').AuditDeleteApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }"): typeof import('./graphql.js').AuditUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): typeof import('./graphql.js').AuditAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }"): typeof import('./graphql.js').AuditAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }"): typeof import('./graphql.js').AuditUpdateMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }"): typeof import('./graphql.js').AuditRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditProjectName($id: ID!) { project(id: $id) { name } }"): typeof import('./graphql.js').AuditProjectNameDocument;
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
export function graphql(source: "query RedisPrefixViewer { viewer { scopes } }"): typeof import('./graphql.js').RedisPrefixViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleViewer { viewer { scopes } }"): typeof import('./graphql.js').ScaleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleKeyUsage($id: ID!) { apiKey(id: $id) { usage { totals { requests } } } }"): typeof import('./graphql.js').ScaleKeyUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }"): typeof import('./graphql.js').ScaleCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleSignUp($input: SignUpInput!) { signUp(input: $input) { token } }"): typeof import('./graphql.js').ScaleSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleCreateProject { createProject(input: { name: \"Scale\" }) { secret project { id } defaultKey { id } } }"): typeof import('./graphql.js').ScaleCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id rateLimit { perMinute } } }"): typeof import('./graphql.js').ScaleUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScaleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').ScaleDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaleLists($id: ID!, $projectId: ID!) { apiKey(id: $id) { recentActivity(first: 5) { totalCount } }\n           project(id: $projectId) { auditEvents(first: 5) { totalCount } } }"): typeof import('./graphql.js').ScaleListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } secret } }"): typeof import('./graphql.js').AbuseCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseViewer { viewer { scopes } }"): typeof import('./graphql.js').AbuseViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbusePage($first: Int) { viewer { project { apiKeys(first: $first) { totalCount } } } }"): typeof import('./graphql.js').AbusePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseApiKey($id: ID!) { apiKey(id: $id) { id } }"): typeof import('./graphql.js').AbuseApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseProjectUsage($from: DateTime, $to: DateTime) { viewer { project { usage(from: $from, to: $to) { from } } } }"): typeof import('./graphql.js').AbuseProjectUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseLogIn($input: LogInInput!) { logIn(input: $input) { token } }"): typeof import('./graphql.js').AbuseLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }"): typeof import('./graphql.js').AbuseVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsViewer { viewer { apiKey { id } scopes } }"): typeof import('./graphql.js').FaultsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsApiKey($id: ID!) { apiKey(id: $id) { id name } }"): typeof import('./graphql.js').FaultsApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsProjects { projects { id } }"): typeof import('./graphql.js').FaultsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsScopes { scopes { name } }"): typeof import('./graphql.js').FaultsScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsViewerScopes { viewer { scopes } }"): typeof import('./graphql.js').FaultsViewerScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').FaultsDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlHttpAuditScopes { scopes { name } }"): typeof import('./graphql.js').GraphqlHttpAuditScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlHttpAuditLogOut { logOut }"): typeof import('./graphql.js').GraphqlHttpAuditLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeadersViewer { viewer { scopes } }"): typeof import('./graphql.js').HeadersViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeadersScopes { scopes { name } }"): typeof import('./graphql.js').HeadersScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoggingViewer { viewer { scopes } }"): typeof import('./graphql.js').LoggingViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmI { viewer { apiKey { id } } }"): typeof import('./graphql.js').WhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoggingApiKey($id: ID!) { apiKey(id: $id) { id } }"): typeof import('./graphql.js').LoggingApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoggingSignUp($input: SignUpInput!) { signUp(input: $input) { token } }"): typeof import('./graphql.js').LoggingSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoggingLogIn($input: LogInInput!) { logIn(input: $input) { token } }"): typeof import('./graphql.js').LoggingLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoggingVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid } }"): typeof import('./graphql.js').LoggingVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaskingScopes { scopes { name description } }"): typeof import('./graphql.js').MaskingScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaskingCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }"): typeof import('./graphql.js').MaskingCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaskingViewer { viewer { scopes } }"): typeof import('./graphql.js').MaskingViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsViewer { viewer { scopes } }"): typeof import('./graphql.js').MetricsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryLimitsProject($id: ID!) { project(id: $id) { id name } }"): typeof import('./graphql.js').QueryLimitsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryLimitsPortalList($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name description environment preview status isDefault expiresAt createdAt lastUsedAt\n        usageCount scopes { name description implies } createdBy { __typename } } } } } }"): typeof import('./graphql.js').QueryLimitsPortalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryLimitsFirst1000($id: ID!) { project(id: $id) { apiKeys(first: 1000) { totalCount } } }"): typeof import('./graphql.js').QueryLimitsFirst1000Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SigtermSignUp($input: SignUpInput!) { signUp(input: $input) { token } }"): typeof import('./graphql.js').SigtermSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SigtermCreateProject { createProject(input: { name: \"Slow\", plan: PRO }) { secret defaultKey { id } } }"): typeof import('./graphql.js').SigtermCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SigtermViewer { viewer { apiKey { name } } }"): typeof import('./graphql.js').SigtermViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeakWebhooksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }"): typeof import('./graphql.js').LeakWebhooksReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaksViewer { viewer { apiKey { id } } }"): typeof import('./graphql.js').LeaksViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksVerify($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }"): typeof import('./graphql.js').LeaksVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaksKey($id: ID!) { apiKey(id: $id) { id status leaks { reporter url source reportedAt } } }"): typeof import('./graphql.js').LeaksKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaksProject($id: ID!) { project(id: $id) { leakedKeys { id status } auditEvents(filter: { actions: [\"key.leaked\"] }) { totalCount edges { node { action targetId summary actor { type label } } } } } }"): typeof import('./graphql.js').LeaksProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksReactivate($id: ID!) { reactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').LeaksReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksDeactivate($id: ID!) { deactivateApiKey(id: $id) { status } }"): typeof import('./graphql.js').LeaksDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksRotate($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id status } } }"): typeof import('./graphql.js').LeaksRotateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }"): typeof import('./graphql.js').LeaksReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }"): typeof import('./graphql.js').LiveCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveDeactivateKey($id: ID!, $terminateConnections: Boolean) { deactivateApiKey(id: $id, terminateConnections: $terminateConnections) { status } }"): typeof import('./graphql.js').LiveDeactivateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveDeleteKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').LiveDeleteKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').LiveUpdateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRotateKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').LiveRotateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveLogOut { logOut }"): typeof import('./graphql.js').LiveLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRevokeToken($id: ID!) { revokePersonalToken(id: $id) { id } }"): typeof import('./graphql.js').LiveRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveConnections($id: ID!) { apiKey(id: $id) { liveConnections } }"): typeof import('./graphql.js').LiveConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveViewer { viewer { scopes } }"): typeof import('./graphql.js').LiveViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveReportLeak($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }"): typeof import('./graphql.js').LiveReportLeakDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id } }"): typeof import('./graphql.js').LiveDeleteProjectDocument;
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
export function graphql(source: "query TokenProjects { projects { id } }"): typeof import('./graphql.js').TokenProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenProject($id: ID!) { project(id: $id) { id name } }"): typeof import('./graphql.js').TokenProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenProjectKeys($id: ID!) { project(id: $id) { apiKeys { totalCount } } }"): typeof import('./graphql.js').TokenProjectKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }"): typeof import('./graphql.js').TokenCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id name preview scopes projectIds expiresAt expired } secret } }"): typeof import('./graphql.js').TokenCreatePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }"): typeof import('./graphql.js').TokenRevokePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenViewerTokens { viewer { personalTokens { id name preview } } }"): typeof import('./graphql.js').TokenViewerTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenViewer { viewer { user { id email } scopes apiKey { id } } }"): typeof import('./graphql.js').TokenViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }"): typeof import('./graphql.js').TokenChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TokenDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }"): typeof import('./graphql.js').TokenDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenViewerTokenUses { viewer { personalTokens { id lastUsedAt } } }"): typeof import('./graphql.js').TokenViewerTokenUsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenViewerSessions { viewer { sessions { id current } } }"): typeof import('./graphql.js').TokenViewerSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenMembers($id: ID!) { project(id: $id) { members { user { id } } } }"): typeof import('./graphql.js').TokenMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedPersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }"): typeof import('./graphql.js').SeedPersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeletionViewer { viewer { apiKey { id } } }"): typeof import('./graphql.js').DeletionViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletionDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }"): typeof import('./graphql.js').DeletionDeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeletionProjects { projects { id } }"): typeof import('./graphql.js').DeletionProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeletionProject($id: ID!) { project(id: $id) { id usage { totals { requests } } } }"): typeof import('./graphql.js').DeletionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeletionDeletedProjects { deletedProjects { id name deletedAt purgeAt usage { totals { requests } } auditEvents(first: 100) { totalCount edges { node { action } } } } }"): typeof import('./graphql.js').DeletionDeletedProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletionCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id enabled } } }"): typeof import('./graphql.js').DeletionCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletionCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }"): typeof import('./graphql.js').DeletionCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletionDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }"): typeof import('./graphql.js').DeletionDeleteAccountDocument;
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
export function graphql(source: "mutation CliCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }"): typeof import('./graphql.js').CliCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CliCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }"): typeof import('./graphql.js').CliCreatePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CliRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }"): typeof import('./graphql.js').CliRevokePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }\n"): typeof import('./graphql.js').StoryCreatePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }\n"): typeof import('./graphql.js').StoryCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }\n"): typeof import('./graphql.js').StoryUpdateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretsEverything($id: ID!, $key: ID!) {\n  project(id: $id) {\n    id name plan limits { maxKeys }\n    members { role user { id email name } }\n    apiKeys(first: 100) { edges { node { ...SecretsKey replacedBy { ...SecretsKey } rotatedFrom { ...SecretsKey } } } }\n    auditEvents(first: 100) { edges { node { id action actor { type id label } targetType targetId targetLabel summary clientAddress userAgent requestId createdAt } } }\n  }\n  apiKey(id: $key) { ...SecretsKey auditEvents { edges { node { summary } } } }\n}\nfragment SecretsKey on ApiKey { id name description environment preview status isDefault scopes { name } expiresAt createdAt lastUsedAt usageCount rotatedAt graceEndsAt createdBy { label } rateLimit { perMinute } }"): typeof import('./graphql.js').SecretsEverythingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id } } }"): typeof import('./graphql.js').SecretsRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretsViewer { viewer { scopes } }"): typeof import('./graphql.js').SecretsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }"): typeof import('./graphql.js').SecretsVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsLogIn($input: LogInInput!) { logIn(input: $input) { token } }"): typeof import('./graphql.js').SecretsLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }"): typeof import('./graphql.js').SecurityAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').SecurityCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').SecurityUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRotateApiKeySecret($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }"): typeof import('./graphql.js').SecurityRotateApiKeySecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').SecurityDeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }"): typeof import('./graphql.js').SecurityReactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }"): typeof import('./graphql.js').SecurityDeleteApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReportLeakedKey($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }"): typeof import('./graphql.js').SecurityReportLeakedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityFreshPermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }"): typeof import('./graphql.js').SecurityFreshPermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }"): typeof import('./graphql.js').SecurityCreatePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityUpdatePermission($input: UpdatePermissionInput!) { updatePermission(input: $input) { id } }"): typeof import('./graphql.js').SecurityUpdatePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeletePermission($input: DeletePermissionInput!) { deletePermission(input: $input) { id } }"): typeof import('./graphql.js').SecurityDeletePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityViewer { viewer { scopes } }"): typeof import('./graphql.js').SecurityViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityScopes { scopes { name } }"): typeof import('./graphql.js').SecurityScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjects { projects { id } }"): typeof import('./graphql.js').SecurityProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProject($id: ID!) { project(id: $id) { id name } }"): typeof import('./graphql.js').SecurityProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKey($id: ID!) { apiKey(id: $id) { id } }"): typeof import('./graphql.js').SecurityApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecuritySignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }"): typeof import('./graphql.js').SecuritySignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityLogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }"): typeof import('./graphql.js').SecurityLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityLogOut { logOut }"): typeof import('./graphql.js').SecurityLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }"): typeof import('./graphql.js').SecurityCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }"): typeof import('./graphql.js').SecurityUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecuritySetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { id } }"): typeof import('./graphql.js').SecuritySetProjectPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').SecurityRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }"): typeof import('./graphql.js').SecurityVerifyApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }"): typeof import('./graphql.js').SecurityUpdateMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }"): typeof import('./graphql.js').SecurityRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }"): typeof import('./graphql.js').SecurityAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }"): typeof import('./graphql.js').SecurityDeclineInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityWebhookEventTypes { webhookEventTypes { name description } }"): typeof import('./graphql.js').SecurityWebhookEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityWebhookEndpoint($id: ID!) { webhookEndpoint(id: $id) { id url deliveries { totalCount } } }"): typeof import('./graphql.js').SecurityWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } secret } }"): typeof import('./graphql.js').SecurityCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }"): typeof import('./graphql.js').SecurityUpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }"): typeof import('./graphql.js').SecurityDeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }"): typeof import('./graphql.js').SecurityRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecuritySendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }"): typeof import('./graphql.js').SecuritySendTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRedeliverWebhook($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }"): typeof import('./graphql.js').SecurityRedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }"): typeof import('./graphql.js').SecurityCreatePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }"): typeof import('./graphql.js').SecurityRevokePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRevokeSession($id: ID!) { revokeSession(id: $id) }"): typeof import('./graphql.js').SecurityRevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecuritySecondSession($input: LogInInput!) { logIn(input: $input) { token } }"): typeof import('./graphql.js').SecuritySecondSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecuritySessions { viewer { sessions { id current } } }"): typeof import('./graphql.js').SecuritySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }"): typeof import('./graphql.js').SecurityDeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }"): typeof import('./graphql.js').SecurityChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }"): typeof import('./graphql.js').SecurityDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityDeletedProjects { deletedProjects { id purgeAt } }"): typeof import('./graphql.js').SecurityDeletedProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjectName($id: ID!) { project(id: $id) { name } }"): typeof import('./graphql.js').SecurityProjectNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRevokeSeededToken($id: ID!) { revokePersonalToken(id: $id) { id } }"): typeof import('./graphql.js').SecurityRevokeSeededTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjectKeys($id: ID!) { project(id: $id) { name apiKeys { totalCount } } }"): typeof import('./graphql.js').SecurityProjectKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjectMembers($id: ID!) { project(id: $id) { name members { role } } }"): typeof import('./graphql.js').SecurityProjectMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjectAudit($id: ID!) { project(id: $id) { name auditEvents { totalCount } } }"): typeof import('./graphql.js').SecurityProjectAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjectUsage($id: ID!) { project(id: $id) { name usage { totals { requests } } } }"): typeof import('./graphql.js').SecurityProjectUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeyCreator($id: ID!) { apiKey(id: $id) { name createdBy { label } } }"): typeof import('./graphql.js').SecurityApiKeyCreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeyUsage($id: ID!) { apiKey(id: $id) { name usage { totals { requests } } } }"): typeof import('./graphql.js').SecurityApiKeyUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeyActivity($id: ID!) { apiKey(id: $id) { name recentActivity { totalCount } } }"): typeof import('./graphql.js').SecurityApiKeyActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityProjectKeyCreators($id: ID!) { project(id: $id) { apiKeys { edges { node { name createdBy { label } } } } } }"): typeof import('./graphql.js').SecurityProjectKeyCreatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityViewerKey { viewer { apiKey { id isDefault } } }"): typeof import('./graphql.js').SecurityViewerKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpScopes { scopes { name } }"): typeof import('./graphql.js').HttpScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HttpLogOut { logOut }"): typeof import('./graphql.js').HttpLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpTurns { viewer { apiKey { id } user { id } } }"): typeof import('./graphql.js').HttpTurnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpViewer { viewer { apiKey { id } } }"): typeof import('./graphql.js').HttpViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpProjects { projects { id } }"): typeof import('./graphql.js').HttpProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CappedActivity($id: ID!) { apiKey(id: $id) { usageCount recentActivity(first: 50) { totalCount edges { node { id } } } } }"): typeof import('./graphql.js').CappedActivityDocument;
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
export function graphql(source: "query UsageFaultsViewer { viewer { scopes } }"): typeof import('./graphql.js').UsageFaultsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitsViewerLimits { viewer { apiKey { id } rateLimit { limit remaining resetAt } } }"): typeof import('./graphql.js').RateLimitsViewerLimitsDocument;
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
export function graphql(source: "query UsageNoticesViewer { viewer { apiKey { id } } }"): typeof import('./graphql.js').UsageNoticesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageNoticesAudit($id: ID!) {\n    project(id: $id) {\n      auditEvents(first: 50, filter: { actions: [\"usage.rate_limited\", \"usage.credits_exhausted\"] }) {\n        totalCount\n        edges { node { action targetId targetLabel actor { type label } summary } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').UsageNoticesAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageNoticesUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').UsageNoticesUpdateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyUsage($id: ID!) { apiKey(id: $id) { usageCount lastUsedAt usage { totals { requests ok errors denied rateLimited }\n  byOperation { operation requests ok errors denied rateLimited averageDurationMs } byKey { apiKeyId } } } }"): typeof import('./graphql.js').KeyUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageViewer { viewer { scopes } }"): typeof import('./graphql.js').UsageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }"): typeof import('./graphql.js').UsageUpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { viewer { scopes } }"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Members($id: ID!) { project(id: $id) { members { role } } }"): typeof import('./graphql.js').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Missing($id: ID!) { apiKey(id: $id) { id } }"): typeof import('./graphql.js').MissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageRecentActivity($id: ID!) { apiKey(id: $id) { recentActivity(first: 30) { totalCount edges { node { id operation operationType outcome durationMs clientAddress createdAt } } pageInfo { hasNextPage endCursor } } } }"): typeof import('./graphql.js').UsageRecentActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageRecentActivityAfter($id: ID!, $after: String) { apiKey(id: $id) { recentActivity(first: 30, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }"): typeof import('./graphql.js').UsageRecentActivityAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageProjectUsage($id: ID!, $environment: ApiKeyEnvironment) { project(id: $id) { usage(environment: $environment) { totals { requests ok errors denied rateLimited } byKey { apiKeyId requests operation } series { bucketStart requests operation } granularity } } }"): typeof import('./graphql.js').UsageProjectUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret } }"): typeof import('./graphql.js').UsageRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageRange($id: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity) { project(id: $id) { usage(from: $from, to: $to, granularity: $granularity) { from } } }"): typeof import('./graphql.js').UsageRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsagePartnerSelf { viewer { apiKey { id expiresAt rateLimit { perMinute perDay burstPerMinute } usage { totals { requests ok errors denied rateLimited } } recentActivity(first: 5) { totalCount } } rateLimit { limit remaining resetAt } } }"): typeof import('./graphql.js').UsagePartnerSelfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsagePartnerProjectUsage($id: ID!) { project(id: $id) { usage { totals { requests ok errors denied rateLimited } } } }"): typeof import('./graphql.js').UsagePartnerProjectUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsagePartnerOtherKey($id: ID!) { apiKey(id: $id) { usage { totals { requests ok errors denied rateLimited } } recentActivity { totalCount } } }"): typeof import('./graphql.js').UsagePartnerOtherKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageKeyReader($id: ID!) { apiKey(id: $id) { id usage { totals { requests ok errors denied rateLimited } } } }"): typeof import('./graphql.js').UsageKeyReaderDocument;
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
export function graphql(source: "mutation AuthSignUpCookie($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }"): typeof import('./graphql.js').AuthSignUpCookieDocument;
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
