/**
 * @latchkey/sdk: Latchkey's client for Node backends (DESIGN.md section 16; usage in README.md).
 */

export {
  type ApiKey,
  type ApiKeyConnection,
  type AuditApi,
  type AuditEvent,
  type AuditEventConnection,
  type KeysApi,
  Latchkey,
  type LatchkeyOptions,
  type PageOptions,
  type Project,
  type ProjectsApi,
  type Scope,
  type TimeInput,
  type UsageApi,
  type UsageOptions,
  type UsageReport,
  type Viewer,
} from './client.js';
export {
  type ClientErrorCode,
  type GraphQLErrorEntry,
  isLatchkeyError,
  LatchkeyError,
  type LatchkeyErrorCode,
  type LatchkeyErrorInit,
  type ServerErrorCode,
} from './errors.js';
// The typed operations and the schema's input and enum types they use.
export * from './gql/operations.js';
export {
  type LatchkeyMiddleware,
  type LatchkeyMiddlewareOptions,
  latchkeyMiddleware,
  type MiddlewareRequest,
  type MiddlewareResponse,
} from './middleware.js';
export type { Operation, ResultOf, VariablesOf } from './operation.js';
export { type SubscribeOptions, subscribe, webSocketUrlOf } from './subscriptions.js';
export type { CallOptions } from './transport.js';
export type { KeyVerification, VerifyKeyOptions } from './verification.js';
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEvent,
  type WebhookHeaders,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from './webhooks.js';
