/* eslint-disable */
import * as types from './graphql';



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
    "\n  query Account {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n      personalTokens {\n        id\n        name\n        preview\n        scopes\n        projectIds\n        createdAt\n        expiresAt\n        expired\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        expiresAt\n        userAgent\n        clientAddress\n        current\n      }\n    }\n    projects {\n      id\n      name\n    }\n    scopes {\n      name\n      description\n      implies\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation CreatePersonalToken($input: CreatePersonalTokenInput!) {\n    createPersonalToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n": typeof types.CreatePersonalTokenDocument,
    "\n  mutation RevokePersonalToken($id: ID!) {\n    revokePersonalToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokePersonalTokenDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  subscription PortalApiKeyChanged($projectId: ID!) {\n    apiKeyChanged(projectId: $projectId) {\n      id\n    }\n  }\n": typeof types.PortalApiKeyChangedDocument,
    "\n  subscription PortalAuditEvents($projectId: ID!) {\n    auditEvents(projectId: $projectId) {\n      id\n      targetId\n    }\n  }\n": typeof types.PortalAuditEventsDocument,
    "\n  subscription PortalUsageEvents($projectId: ID!, $apiKeyId: ID) {\n    usageEvents(projectId: $projectId, apiKeyId: $apiKeyId) {\n      id\n      apiKeyId\n      operation\n      operationType\n      outcome\n      durationMs\n      createdAt\n    }\n  }\n": typeof types.PortalUsageEventsDocument,
    "\n  query KeyDetail($id: ID!, $auditFirst: Int, $auditAfter: String) {\n    apiKey(id: $id) {\n      ...KeyFields\n      leaks {\n        id\n        reporter\n        url\n        reportedAt\n      }\n      liveConnections\n      rotatedFrom {\n        id\n        name\n        preview\n      }\n      replacedBy {\n        id\n        name\n        preview\n      }\n      auditEvents(first: $auditFirst, after: $auditAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AuditEventFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.KeyDetailDocument,
    "\n  fragment KeyFields on ApiKey {\n    id\n    name\n    description\n    preview\n    status\n    environment\n    isDefault\n    scopes {\n      name\n    }\n    createdAt\n    createdBy {\n      id\n      label\n      type\n    }\n    lastUsedAt\n    usageCount\n    expiresAt\n    graceEndsAt\n    rotatedAt\n    rateLimit {\n      perMinute\n      perDay\n      burstPerMinute\n      source\n    }\n    permissions\n    externalId\n    meta\n    allowedCidrs\n    credits {\n      remaining\n      refillAt\n      refill {\n        amount\n        interval\n      }\n    }\n  }\n": typeof types.KeyFieldsFragmentDoc,
    "\n  query ProjectKeys($projectId: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) {\n    project(id: $projectId) {\n      id\n      plan\n      keyCount\n      limits {\n        maxKeys\n      }\n      apiKeys(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...KeyFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        preview\n        permissions\n      }\n      secret\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation UpdateApiKey($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      ...KeyFields\n    }\n  }\n": typeof types.UpdateApiKeyDocument,
    "\n  mutation RotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        preview\n        permissions\n      }\n      previous {\n        id\n        preview\n        graceEndsAt\n        status\n      }\n      secret\n    }\n  }\n": typeof types.RotateApiKeyDocument,
    "\n  mutation DeactivateApiKey($id: ID!) {\n    deactivateApiKey(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateApiKeyDocument,
    "\n  mutation ReactivateApiKey($id: ID!) {\n    reactivateApiKey(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateApiKeyDocument,
    "\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteApiKeyDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query PartnerKey {\n    viewer {\n      scopes\n      apiKey {\n        id\n        name\n        description\n        preview\n        status\n        environment\n        createdAt\n        expiresAt\n        graceEndsAt\n        scopes {\n          name\n          description\n        }\n        rateLimit {\n          perMinute\n          perDay\n          burstPerMinute\n          source\n        }\n      }\n    }\n  }\n": typeof types.PartnerKeyDocument,
    "\n  query Projects {\n    viewer {\n      isAdministrator\n    }\n    projects {\n      id\n      name\n      plan\n      viewerRole\n      createdAt\n      limits {\n        maxKeys\n      }\n      apiKeys(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      defaultKey {\n        id\n        name\n        preview\n      }\n      secret\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  fragment PermissionFields on Permission {\n    id\n    name\n    description\n    implies\n    keyCount\n    createdAt\n  }\n": typeof types.PermissionFieldsFragmentDoc,
    "\n  query ProjectPermissions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      permissions {\n        ...PermissionFields\n      }\n    }\n  }\n": typeof types.ProjectPermissionsDocument,
    "\n  mutation CreatePermission($input: CreatePermissionInput!) {\n    createPermission(input: $input) {\n      ...PermissionFields\n    }\n  }\n": typeof types.CreatePermissionDocument,
    "\n  mutation UpdatePermission($input: UpdatePermissionInput!) {\n    updatePermission(input: $input) {\n      ...PermissionFields\n    }\n  }\n": typeof types.UpdatePermissionDocument,
    "\n  mutation DeletePermission($input: DeletePermissionInput!) {\n    deletePermission(input: $input) {\n      id\n      removedFromKeys\n    }\n  }\n": typeof types.DeletePermissionDocument,
    "\n  query ProjectOverview($id: ID!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    project(id: $id) {\n      id\n      name\n      plan\n      viewerRole\n      createdAt\n      limits {\n        maxKeys\n        perMinute\n        perDay\n      }\n      members {\n        id\n        scopes\n        user {\n          id\n        }\n      }\n      leakedKeys {\n        ...KeyFields\n        leaks {\n          id\n          reporter\n          url\n          reportedAt\n        }\n      }\n    }\n    scopes {\n      name\n      description\n      implies\n    }\n  }\n": typeof types.ProjectOverviewDocument,
    "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        id\n        role\n        status\n        email\n        createdAt\n        joinedAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.ProjectMembersDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    targetType\n    targetId\n    targetLabel\n    clientAddress\n    userAgent\n    requestId\n    summary\n    actor {\n      id\n      label\n      type\n    }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query ProjectAudit($id: ID!, $first: Int, $after: String, $filter: AuditEventFilter) {\n    project(id: $id) {\n      id\n      auditEvents(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AuditEventFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectAuditDocument,
    "\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) {\n      id\n      purgeAt\n    }\n  }\n": typeof types.DeleteProjectDocument,
    "\n  query ViewerInvitations {\n    viewer {\n      invitations {\n        projectId\n        projectName\n        role\n        invitedAt\n      }\n    }\n  }\n": typeof types.ViewerInvitationsDocument,
    "\n  mutation AcceptInvitation($projectId: ID!) {\n    acceptInvitation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($projectId: ID!) {\n    declineInvitation(projectId: $projectId)\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query SessionViewer {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.SessionViewerDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment UsageReportFields on UsageReport {\n    from\n    to\n    granularity\n    totals {\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n    }\n    series {\n      bucketStart\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n      averageDurationMs\n    }\n    byOperation {\n      operation\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n      averageDurationMs\n    }\n  }\n": typeof types.UsageReportFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    operation\n    operationType\n    outcome\n    durationMs\n    clientAddress\n    createdAt\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query KeyUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity) {\n    apiKey(id: $id) {\n      id\n      usage(from: $from, granularity: $granularity) {\n        ...UsageReportFields\n      }\n    }\n  }\n": typeof types.KeyUsageDocument,
    "\n  query KeyActivity($id: ID!, $first: Int, $after: String) {\n    apiKey(id: $id) {\n      id\n      recentActivity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.KeyActivityDocument,
    "\n  query PartnerUsage($from: DateTime, $granularity: UsageGranularity) {\n    viewer {\n      rateLimit {\n        limit\n        remaining\n        resetAt\n      }\n      project {\n        id\n      }\n      apiKey {\n        id\n        usage(from: $from, granularity: $granularity) {\n          ...UsageReportFields\n        }\n        recentActivity(first: 10, since: $from) {\n          totalCount\n          edges {\n            node {\n              ...ActivityFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerUsageDocument,
    "\n  query ProjectUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity, $environment: ApiKeyEnvironment) {\n    project(id: $id) {\n      id\n      usage(from: $from, granularity: $granularity, environment: $environment) {\n        ...UsageReportFields\n        byKey {\n          apiKeyId\n          requests\n          ok\n          errors\n          denied\n          rateLimited\n          averageDurationMs\n        }\n      }\n      apiKeys(first: 100) {\n        edges {\n          node {\n            id\n            name\n            preview\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectUsageDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    secretPreview\n    previousSecretExpiresAt\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query ProjectWebhooks($id: ID!) {\n    project(id: $id) {\n      id\n      webhookEndpoints {\n        ...WebhookEndpointFields\n        deliveries(first: 1) {\n          totalCount\n          edges {\n            node {\n              id\n              status\n              createdAt\n            }\n          }\n        }\n      }\n    }\n    webhookEventTypes {\n      name\n      description\n    }\n  }\n": typeof types.ProjectWebhooksDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastAttemptAt\n    nextAttemptAt\n    responseStatus\n    durationMs\n    error\n    redeliveryOf\n    createdAt\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoint($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n    webhookEventTypes {\n      name\n      description\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
};
const documents: Documents = {
    "\n  query Account {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n      personalTokens {\n        id\n        name\n        preview\n        scopes\n        projectIds\n        createdAt\n        expiresAt\n        expired\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        expiresAt\n        userAgent\n        clientAddress\n        current\n      }\n    }\n    projects {\n      id\n      name\n    }\n    scopes {\n      name\n      description\n      implies\n    }\n  }\n": types.AccountDocument,
    "\n  mutation CreatePersonalToken($input: CreatePersonalTokenInput!) {\n    createPersonalToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n": types.CreatePersonalTokenDocument,
    "\n  mutation RevokePersonalToken($id: ID!) {\n    revokePersonalToken(id: $id) {\n      id\n    }\n  }\n": types.RevokePersonalTokenDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  subscription PortalApiKeyChanged($projectId: ID!) {\n    apiKeyChanged(projectId: $projectId) {\n      id\n    }\n  }\n": types.PortalApiKeyChangedDocument,
    "\n  subscription PortalAuditEvents($projectId: ID!) {\n    auditEvents(projectId: $projectId) {\n      id\n      targetId\n    }\n  }\n": types.PortalAuditEventsDocument,
    "\n  subscription PortalUsageEvents($projectId: ID!, $apiKeyId: ID) {\n    usageEvents(projectId: $projectId, apiKeyId: $apiKeyId) {\n      id\n      apiKeyId\n      operation\n      operationType\n      outcome\n      durationMs\n      createdAt\n    }\n  }\n": types.PortalUsageEventsDocument,
    "\n  query KeyDetail($id: ID!, $auditFirst: Int, $auditAfter: String) {\n    apiKey(id: $id) {\n      ...KeyFields\n      leaks {\n        id\n        reporter\n        url\n        reportedAt\n      }\n      liveConnections\n      rotatedFrom {\n        id\n        name\n        preview\n      }\n      replacedBy {\n        id\n        name\n        preview\n      }\n      auditEvents(first: $auditFirst, after: $auditAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AuditEventFields\n          }\n        }\n      }\n    }\n  }\n": types.KeyDetailDocument,
    "\n  fragment KeyFields on ApiKey {\n    id\n    name\n    description\n    preview\n    status\n    environment\n    isDefault\n    scopes {\n      name\n    }\n    createdAt\n    createdBy {\n      id\n      label\n      type\n    }\n    lastUsedAt\n    usageCount\n    expiresAt\n    graceEndsAt\n    rotatedAt\n    rateLimit {\n      perMinute\n      perDay\n      burstPerMinute\n      source\n    }\n    permissions\n    externalId\n    meta\n    allowedCidrs\n    credits {\n      remaining\n      refillAt\n      refill {\n        amount\n        interval\n      }\n    }\n  }\n": types.KeyFieldsFragmentDoc,
    "\n  query ProjectKeys($projectId: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) {\n    project(id: $projectId) {\n      id\n      plan\n      keyCount\n      limits {\n        maxKeys\n      }\n      apiKeys(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...KeyFields\n          }\n        }\n      }\n    }\n  }\n": types.ProjectKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        preview\n        permissions\n      }\n      secret\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation UpdateApiKey($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      ...KeyFields\n    }\n  }\n": types.UpdateApiKeyDocument,
    "\n  mutation RotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        preview\n        permissions\n      }\n      previous {\n        id\n        preview\n        graceEndsAt\n        status\n      }\n      secret\n    }\n  }\n": types.RotateApiKeyDocument,
    "\n  mutation DeactivateApiKey($id: ID!) {\n    deactivateApiKey(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeactivateApiKeyDocument,
    "\n  mutation ReactivateApiKey($id: ID!) {\n    reactivateApiKey(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReactivateApiKeyDocument,
    "\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id) {\n      id\n    }\n  }\n": types.DeleteApiKeyDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  query PartnerKey {\n    viewer {\n      scopes\n      apiKey {\n        id\n        name\n        description\n        preview\n        status\n        environment\n        createdAt\n        expiresAt\n        graceEndsAt\n        scopes {\n          name\n          description\n        }\n        rateLimit {\n          perMinute\n          perDay\n          burstPerMinute\n          source\n        }\n      }\n    }\n  }\n": types.PartnerKeyDocument,
    "\n  query Projects {\n    viewer {\n      isAdministrator\n    }\n    projects {\n      id\n      name\n      plan\n      viewerRole\n      createdAt\n      limits {\n        maxKeys\n      }\n      apiKeys(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      defaultKey {\n        id\n        name\n        preview\n      }\n      secret\n    }\n  }\n": types.CreateProjectDocument,
    "\n  fragment PermissionFields on Permission {\n    id\n    name\n    description\n    implies\n    keyCount\n    createdAt\n  }\n": types.PermissionFieldsFragmentDoc,
    "\n  query ProjectPermissions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      permissions {\n        ...PermissionFields\n      }\n    }\n  }\n": types.ProjectPermissionsDocument,
    "\n  mutation CreatePermission($input: CreatePermissionInput!) {\n    createPermission(input: $input) {\n      ...PermissionFields\n    }\n  }\n": types.CreatePermissionDocument,
    "\n  mutation UpdatePermission($input: UpdatePermissionInput!) {\n    updatePermission(input: $input) {\n      ...PermissionFields\n    }\n  }\n": types.UpdatePermissionDocument,
    "\n  mutation DeletePermission($input: DeletePermissionInput!) {\n    deletePermission(input: $input) {\n      id\n      removedFromKeys\n    }\n  }\n": types.DeletePermissionDocument,
    "\n  query ProjectOverview($id: ID!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    project(id: $id) {\n      id\n      name\n      plan\n      viewerRole\n      createdAt\n      limits {\n        maxKeys\n        perMinute\n        perDay\n      }\n      members {\n        id\n        scopes\n        user {\n          id\n        }\n      }\n      leakedKeys {\n        ...KeyFields\n        leaks {\n          id\n          reporter\n          url\n          reportedAt\n        }\n      }\n    }\n    scopes {\n      name\n      description\n      implies\n    }\n  }\n": types.ProjectOverviewDocument,
    "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        id\n        role\n        status\n        email\n        createdAt\n        joinedAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.ProjectMembersDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    targetType\n    targetId\n    targetLabel\n    clientAddress\n    userAgent\n    requestId\n    summary\n    actor {\n      id\n      label\n      type\n    }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query ProjectAudit($id: ID!, $first: Int, $after: String, $filter: AuditEventFilter) {\n    project(id: $id) {\n      id\n      auditEvents(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AuditEventFields\n          }\n        }\n      }\n    }\n  }\n": types.ProjectAuditDocument,
    "\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) {\n      id\n      purgeAt\n    }\n  }\n": types.DeleteProjectDocument,
    "\n  query ViewerInvitations {\n    viewer {\n      invitations {\n        projectId\n        projectName\n        role\n        invitedAt\n      }\n    }\n  }\n": types.ViewerInvitationsDocument,
    "\n  mutation AcceptInvitation($projectId: ID!) {\n    acceptInvitation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($projectId: ID!) {\n    declineInvitation(projectId: $projectId)\n  }\n": types.DeclineInvitationDocument,
    "\n  query SessionViewer {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.SessionViewerDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment UsageReportFields on UsageReport {\n    from\n    to\n    granularity\n    totals {\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n    }\n    series {\n      bucketStart\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n      averageDurationMs\n    }\n    byOperation {\n      operation\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n      averageDurationMs\n    }\n  }\n": types.UsageReportFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    operation\n    operationType\n    outcome\n    durationMs\n    clientAddress\n    createdAt\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query KeyUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity) {\n    apiKey(id: $id) {\n      id\n      usage(from: $from, granularity: $granularity) {\n        ...UsageReportFields\n      }\n    }\n  }\n": types.KeyUsageDocument,
    "\n  query KeyActivity($id: ID!, $first: Int, $after: String) {\n    apiKey(id: $id) {\n      id\n      recentActivity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n    }\n  }\n": types.KeyActivityDocument,
    "\n  query PartnerUsage($from: DateTime, $granularity: UsageGranularity) {\n    viewer {\n      rateLimit {\n        limit\n        remaining\n        resetAt\n      }\n      project {\n        id\n      }\n      apiKey {\n        id\n        usage(from: $from, granularity: $granularity) {\n          ...UsageReportFields\n        }\n        recentActivity(first: 10, since: $from) {\n          totalCount\n          edges {\n            node {\n              ...ActivityFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartnerUsageDocument,
    "\n  query ProjectUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity, $environment: ApiKeyEnvironment) {\n    project(id: $id) {\n      id\n      usage(from: $from, granularity: $granularity, environment: $environment) {\n        ...UsageReportFields\n        byKey {\n          apiKeyId\n          requests\n          ok\n          errors\n          denied\n          rateLimited\n          averageDurationMs\n        }\n      }\n      apiKeys(first: 100) {\n        edges {\n          node {\n            id\n            name\n            preview\n          }\n        }\n      }\n    }\n  }\n": types.ProjectUsageDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    secretPreview\n    previousSecretExpiresAt\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query ProjectWebhooks($id: ID!) {\n    project(id: $id) {\n      id\n      webhookEndpoints {\n        ...WebhookEndpointFields\n        deliveries(first: 1) {\n          totalCount\n          edges {\n            node {\n              id\n              status\n              createdAt\n            }\n          }\n        }\n      }\n    }\n    webhookEventTypes {\n      name\n      description\n    }\n  }\n": types.ProjectWebhooksDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastAttemptAt\n    nextAttemptAt\n    responseStatus\n    durationMs\n    error\n    redeliveryOf\n    createdAt\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoint($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n    webhookEventTypes {\n      name\n      description\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.RedeliverWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n      personalTokens {\n        id\n        name\n        preview\n        scopes\n        projectIds\n        createdAt\n        expiresAt\n        expired\n        lastUsedAt\n      }\n      sessions {\n        id\n        createdAt\n        expiresAt\n        userAgent\n        clientAddress\n        current\n      }\n    }\n    projects {\n      id\n      name\n    }\n    scopes {\n      name\n      description\n      implies\n    }\n  }\n"): typeof import('./graphql').AccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonalToken($input: CreatePersonalTokenInput!) {\n    createPersonalToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').CreatePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePersonalToken($id: ID!) {\n    revokePersonalToken(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokePersonalTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalApiKeyChanged($projectId: ID!) {\n    apiKeyChanged(projectId: $projectId) {\n      id\n    }\n  }\n"): typeof import('./graphql').PortalApiKeyChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalAuditEvents($projectId: ID!) {\n    auditEvents(projectId: $projectId) {\n      id\n      targetId\n    }\n  }\n"): typeof import('./graphql').PortalAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalUsageEvents($projectId: ID!, $apiKeyId: ID) {\n    usageEvents(projectId: $projectId, apiKeyId: $apiKeyId) {\n      id\n      apiKeyId\n      operation\n      operationType\n      outcome\n      durationMs\n      createdAt\n    }\n  }\n"): typeof import('./graphql').PortalUsageEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyDetail($id: ID!, $auditFirst: Int, $auditAfter: String) {\n    apiKey(id: $id) {\n      ...KeyFields\n      leaks {\n        id\n        reporter\n        url\n        reportedAt\n      }\n      liveConnections\n      rotatedFrom {\n        id\n        name\n        preview\n      }\n      replacedBy {\n        id\n        name\n        preview\n      }\n      auditEvents(first: $auditFirst, after: $auditAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AuditEventFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KeyDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyFields on ApiKey {\n    id\n    name\n    description\n    preview\n    status\n    environment\n    isDefault\n    scopes {\n      name\n    }\n    createdAt\n    createdBy {\n      id\n      label\n      type\n    }\n    lastUsedAt\n    usageCount\n    expiresAt\n    graceEndsAt\n    rotatedAt\n    rateLimit {\n      perMinute\n      perDay\n      burstPerMinute\n      source\n    }\n    permissions\n    externalId\n    meta\n    allowedCidrs\n    credits {\n      remaining\n      refillAt\n      refill {\n        amount\n        interval\n      }\n    }\n  }\n"): typeof import('./graphql').KeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectKeys($projectId: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) {\n    project(id: $projectId) {\n      id\n      plan\n      keyCount\n      limits {\n        maxKeys\n      }\n      apiKeys(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...KeyFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        preview\n        permissions\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApiKey($input: UpdateApiKeyInput!) {\n    updateApiKey(input: $input) {\n      ...KeyFields\n    }\n  }\n"): typeof import('./graphql').UpdateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        preview\n        permissions\n      }\n      previous {\n        id\n        preview\n        graceEndsAt\n        status\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').RotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateApiKey($id: ID!) {\n    deactivateApiKey(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateApiKey($id: ID!) {\n    reactivateApiKey(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReactivateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerKey {\n    viewer {\n      scopes\n      apiKey {\n        id\n        name\n        description\n        preview\n        status\n        environment\n        createdAt\n        expiresAt\n        graceEndsAt\n        scopes {\n          name\n          description\n        }\n        rateLimit {\n          perMinute\n          perDay\n          burstPerMinute\n          source\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects {\n    viewer {\n      isAdministrator\n    }\n    projects {\n      id\n      name\n      plan\n      viewerRole\n      createdAt\n      limits {\n        maxKeys\n      }\n      apiKeys(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        name\n      }\n      defaultKey {\n        id\n        name\n        preview\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermissionFields on Permission {\n    id\n    name\n    description\n    implies\n    keyCount\n    createdAt\n  }\n"): typeof import('./graphql').PermissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPermissions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      permissions {\n        ...PermissionFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePermission($input: CreatePermissionInput!) {\n    createPermission(input: $input) {\n      ...PermissionFields\n    }\n  }\n"): typeof import('./graphql').CreatePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePermission($input: UpdatePermissionInput!) {\n    updatePermission(input: $input) {\n      ...PermissionFields\n    }\n  }\n"): typeof import('./graphql').UpdatePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePermission($input: DeletePermissionInput!) {\n    deletePermission(input: $input) {\n      id\n      removedFromKeys\n    }\n  }\n"): typeof import('./graphql').DeletePermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectOverview($id: ID!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    project(id: $id) {\n      id\n      name\n      plan\n      viewerRole\n      createdAt\n      limits {\n        maxKeys\n        perMinute\n        perDay\n      }\n      members {\n        id\n        scopes\n        user {\n          id\n        }\n      }\n      leakedKeys {\n        ...KeyFields\n        leaks {\n          id\n          reporter\n          url\n          reportedAt\n        }\n      }\n    }\n    scopes {\n      name\n      description\n      implies\n    }\n  }\n"): typeof import('./graphql').ProjectOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectMembers($id: ID!) {\n    project(id: $id) {\n      id\n      members {\n        id\n        role\n        status\n        email\n        createdAt\n        joinedAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').UpdateMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    targetType\n    targetId\n    targetLabel\n    clientAddress\n    userAgent\n    requestId\n    summary\n    actor {\n      id\n      label\n      type\n    }\n  }\n"): typeof import('./graphql').AuditEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectAudit($id: ID!, $first: Int, $after: String, $filter: AuditEventFilter) {\n    project(id: $id) {\n      id\n      auditEvents(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AuditEventFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) {\n      id\n      purgeAt\n    }\n  }\n"): typeof import('./graphql').DeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerInvitations {\n    viewer {\n      invitations {\n        projectId\n        projectName\n        role\n        invitedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($projectId: ID!) {\n    acceptInvitation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($projectId: ID!) {\n    declineInvitation(projectId: $projectId)\n  }\n"): typeof import('./graphql').DeclineInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionViewer {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SessionViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageReportFields on UsageReport {\n    from\n    to\n    granularity\n    totals {\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n    }\n    series {\n      bucketStart\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n      averageDurationMs\n    }\n    byOperation {\n      operation\n      requests\n      ok\n      errors\n      denied\n      rateLimited\n      averageDurationMs\n    }\n  }\n"): typeof import('./graphql').UsageReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    operation\n    operationType\n    outcome\n    durationMs\n    clientAddress\n    createdAt\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity) {\n    apiKey(id: $id) {\n      id\n      usage(from: $from, granularity: $granularity) {\n        ...UsageReportFields\n      }\n    }\n  }\n"): typeof import('./graphql').KeyUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyActivity($id: ID!, $first: Int, $after: String) {\n    apiKey(id: $id) {\n      id\n      recentActivity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ActivityFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KeyActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerUsage($from: DateTime, $granularity: UsageGranularity) {\n    viewer {\n      rateLimit {\n        limit\n        remaining\n        resetAt\n      }\n      project {\n        id\n      }\n      apiKey {\n        id\n        usage(from: $from, granularity: $granularity) {\n          ...UsageReportFields\n        }\n        recentActivity(first: 10, since: $from) {\n          totalCount\n          edges {\n            node {\n              ...ActivityFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectUsage($id: ID!, $from: DateTime, $granularity: UsageGranularity, $environment: ApiKeyEnvironment) {\n    project(id: $id) {\n      id\n      usage(from: $from, granularity: $granularity, environment: $environment) {\n        ...UsageReportFields\n        byKey {\n          apiKeyId\n          requests\n          ok\n          errors\n          denied\n          rateLimited\n          averageDurationMs\n        }\n      }\n      apiKeys(first: 100) {\n        edges {\n          node {\n            id\n            name\n            preview\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    secretPreview\n    previousSecretExpiresAt\n    createdAt\n  }\n"): typeof import('./graphql').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectWebhooks($id: ID!) {\n    project(id: $id) {\n      id\n      webhookEndpoints {\n        ...WebhookEndpointFields\n        deliveries(first: 1) {\n          totalCount\n          edges {\n            node {\n              id\n              status\n              createdAt\n            }\n          }\n        }\n      }\n    }\n    webhookEventTypes {\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').ProjectWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    lastAttemptAt\n    nextAttemptAt\n    responseStatus\n    durationMs\n    error\n    redeliveryOf\n    createdAt\n  }\n"): typeof import('./graphql').WebhookDeliveryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n    webhookEventTypes {\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): typeof import('./graphql').SendTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): typeof import('./graphql').RedeliverWebhookDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
