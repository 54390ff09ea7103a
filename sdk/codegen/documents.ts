/**
 * The GraphQL documents of @latchkey/sdk. codegen.ts validates them against schema/schema.graphql
 * and writes them, typed, into sdk/src/gql/operations.ts (typed-operations.ts beside this file).
 *
 * A selection is written as an object: `true` selects a field, an object selects its sub-fields.
 * A name ending in `?` is selected only when the schema has that field: these are the fields of
 * DESIGN.md section 13 (permissions, meta, externalId, allowed addresses, credits) the server
 * gains with issue 13, so that regenerating is all the SDK needs once the schema has them. Every
 * other name must exist: a misspelt one fails the generation instead of vanishing.
 */
import { type GraphQLSchema, getNamedType, isObjectType } from 'graphql';

interface Selection {
  [field: string]: true | Selection;
}

/** `selection` on the schema type `typeName`, as GraphQL text. */
function select(schema: GraphQLSchema, typeName: string, selection: Selection): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the schema.`);
  const fields = type.getFields();
  const parts: string[] = [];
  for (const [key, sub] of Object.entries(selection)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    const field = fields[name];
    if (!field) {
      // A missing required field is written anyway: the documents' validation then names it.
      if (!optional) parts.push(sub === true ? name : `${name} { __typename }`);
      continue;
    }
    parts.push(sub === true ? name : `${name} { ${select(schema, getNamedType(field.type).name, sub)} }`);
  }
  return parts.join(' ');
}

const CREDITS: Selection = { remaining: true, 'refill?': { amount: true, interval: true }, 'refillAt?': true };

/** What the SDK reads of a key, wherever it returns one. */
const API_KEY: Selection = {
  id: true,
  name: true,
  description: true,
  environment: true,
  preview: true,
  status: true,
  isDefault: true,
  scopes: { name: true },
  'permissions?': true,
  'externalId?': true,
  'meta?': true,
  'allowedCidrs?': true,
  'credits?': CREDITS,
  rateLimit: { perMinute: true, perDay: true, burstPerMinute: true, source: true },
  expiresAt: true,
  createdAt: true,
  lastUsedAt: true,
  usageCount: true,
  graceEndsAt: true,
  rotatedAt: true,
  rotatedFrom: { id: true },
  replacedBy: { id: true },
  project: { id: true },
};

/** A key as it reads itself (`viewer.apiKey`): its lineage needs `keys:read`, which a narrow key lacks. */
const OWN_API_KEY: Selection = Object.fromEntries(
  Object.entries(API_KEY).filter(([field]) => field !== 'rotatedFrom' && field !== 'replacedBy'),
);

/** A verification answer: lean, as it is on every request of the backends that verify. */
const KEY_VERIFICATION: Selection = {
  valid: true,
  code: true,
  apiKey: { id: true, name: true, environment: true, preview: true, expiresAt: true },
  'permissions?': true,
  'externalId?': true,
  'meta?': true,
  'credits?': CREDITS,
  rateLimit: { limit: true, remaining: true, resetAt: true },
};

const PROJECT: Selection = {
  id: true,
  name: true,
  plan: true,
  createdAt: true,
  keyCount: true,
  limits: { maxKeys: true, perMinute: true, perDay: true },
  viewerRole: true,
};

const USAGE_STAT: Selection = {
  bucketStart: true,
  apiKeyId: true,
  operation: true,
  requests: true,
  ok: true,
  errors: true,
  denied: true,
  rateLimited: true,
  averageDurationMs: true,
};

const USAGE_REPORT: Selection = {
  from: true,
  to: true,
  granularity: true,
  totals: { requests: true, ok: true, errors: true, denied: true, rateLimited: true },
  series: USAGE_STAT,
  byOperation: USAGE_STAT,
  byKey: USAGE_STAT,
};

const AUDIT_EVENT: Selection = {
  id: true,
  action: true,
  actor: { type: true, id: true, label: true },
  targetType: true,
  targetId: true,
  targetLabel: true,
  summary: true,
  clientAddress: true,
  userAgent: true,
  requestId: true,
  createdAt: true,
};

const PERMISSION: Selection = {
  id: true,
  name: true,
  description: true,
  implies: true,
  keyCount: true,
  createdAt: true,
};

/** An endpoint as listed: never its secret, only `secretPreview`. */
const WEBHOOK_ENDPOINT: Selection = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledReason: true,
  failingSince: true,
  secretPreview: true,
  createdAt: true,
};

const WEBHOOK_DELIVERY: Selection = {
  id: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  responseStatus: true,
  durationMs: true,
  error: true,
  createdAt: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
};

/** Every document of the SDK, for `schema`. */
export function sdkDocuments(schema: GraphQLSchema): string[] {
  const on = (typeName: string, selection: Selection) => select(schema, typeName, selection);
  const page = '$first: Int, $after: String';
  const pageInfo = 'totalCount pageInfo { hasNextPage endCursor }';
  return [
    `fragment ApiKeyFields on ApiKey { ${on('ApiKey', API_KEY)} }`,
    `fragment ProjectFields on Project { ${on('Project', PROJECT)} }`,
    `fragment UsageReportFields on UsageReport { ${on('UsageReport', USAGE_REPORT)} }`,

    `query Viewer { viewer { isAdministrator scopes user { id email name createdAt }
      apiKey { ${on('ApiKey', OWN_API_KEY)} } project { id name } rateLimit { limit remaining resetAt } } }`,
    'query Projects { projects { ...ProjectFields } }',
    'query Project($id: ID!) { project(id: $id) { ...ProjectFields } }',
    'query Scopes { scopes { name description implies } }',

    `query ApiKeys($projectId: ID!, ${page}, $filter: ApiKeyFilter) { project(id: $projectId) {
      apiKeys(first: $first, after: $after, filter: $filter) { ${pageInfo} edges { cursor node { ...ApiKeyFields } } } } }`,
    'query ApiKey($id: ID!) { apiKey(id: $id) { ...ApiKeyFields } }',
    'mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } } }',
    'mutation UpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { ...ApiKeyFields } }',
    `mutation RotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) {
      secret apiKey { ...ApiKeyFields } previous { ...ApiKeyFields } } }`,
    'mutation DeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { ...ApiKeyFields } }',
    'mutation ReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { ...ApiKeyFields } }',
    'mutation DeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }',

    `mutation VerifyKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) {
      ${on('KeyVerification', KEY_VERIFICATION)} } }`,

    `query ProjectUsage($projectId: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity,
      $environment: ApiKeyEnvironment) { project(id: $projectId) {
      usage(from: $from, to: $to, granularity: $granularity, environment: $environment) { ...UsageReportFields } } }`,
    `query ApiKeyUsage($id: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity) { apiKey(id: $id) {
      usage(from: $from, to: $to, granularity: $granularity) { ...UsageReportFields } } }`,
    `subscription AuditEventsLive($projectId: ID!) { auditEvents(projectId: $projectId) { ${on('AuditEvent', AUDIT_EVENT)} } }`,
    `query AuditEvents($projectId: ID!, ${page}, $filter: AuditEventFilter) { project(id: $projectId) {
      auditEvents(first: $first, after: $after, filter: $filter) { ${pageInfo}
      edges { cursor node { ${on('AuditEvent', AUDIT_EVENT)} } } } } }`,

    // The CLI's (sdk/src/cli): who the token is (lean: a key without keys:read may ask), sessions,
    // permissions and webhooks.
    `query Whoami { viewer { isAdministrator scopes user { id email name }
      apiKey { id name preview environment } project { id name } } }`,
    'mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { id email name } } }',
    'mutation LogOut { logOut }',
    `query Permissions($projectId: ID!) { project(id: $projectId) { permissions { ${on('Permission', PERMISSION)} } } }`,
    `mutation CreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) {
      ${on('Permission', PERMISSION)} } }`,
    'mutation DeletePermission($input: DeletePermissionInput!) { deletePermission(input: $input) { id removedFromKeys } }',
    `query WebhookEndpoints($projectId: ID!) { project(id: $projectId) {
      webhookEndpoints { ${on('WebhookEndpoint', WEBHOOK_ENDPOINT)} } } }`,
    `mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
      secret endpoint { ${on('WebhookEndpoint', WEBHOOK_ENDPOINT)} } } }`,
    `mutation SendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { ${on('WebhookDelivery', WEBHOOK_DELIVERY)} } }`,
  ];
}
