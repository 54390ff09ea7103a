/**
 * `verifyKey`: `verifyApiKey` for your backends. The input sent holds only the fields the caller
 * gives, so a server that does not know a field refuses only the calls that use it (BAD_USER_INPUT),
 * and no check the caller asked for is ever dropped silently.
 */
import type { Latchkey } from './client.js';
import {
  type VerifyApiKeyInput,
  VerifyApiKeyInputFields,
  type VerifyKeyMutation,
  VerifyKeyOperation,
} from './gql/operations.js';

export interface VerifyKeyOptions {
  /** The key as presented, e.g. the token of `Authorization: Bearer`. */
  key: string;
  /** Latchkey scopes the key must hold (`keys:read`, …). */
  requiredScopes?: readonly string[];
  /** Permissions of your own API the key must hold (`bots:read`, …; DESIGN.md section 13). */
  requiredPermissions?: readonly string[];
  /** Credits this call spends (the server's default: 1). */
  cost?: number;
  /** The address the key was presented from, checked against the key's allowed addresses. */
  clientAddress?: string;
  /** Aborts the verification. */
  signal?: AbortSignal;
}

/**
 * The answer: `valid`, a `code` (`VALID`, `MALFORMED`, `NOT_FOUND`, `DEACTIVATED`, `EXPIRED`,
 * `RATE_LIMITED`, `INSUFFICIENT_SCOPE`, and those of section 13), the key's public fields and its
 * rate-limit window; with section 13, also `permissions`, `meta`, `externalId` and `credits`.
 */
export type KeyVerification = VerifyKeyMutation['verifyApiKey'];

// Fails to compile when the schema's VerifyApiKeyInput gains a field that VerifyKeyOptions lacks:
// the SDK must then learn to send it.
type MissingOptions = Exclude<keyof VerifyApiKeyInput, keyof VerifyKeyOptions>;
const everyInputFieldIsAnOption: [MissingOptions] extends [never] ? true : MissingOptions = true;
void everyInputFieldIsAnOption;

/** Whether the schema the SDK was generated from takes `field` in verifyApiKey's input. */
export function verificationTakes(field: keyof VerifyKeyOptions): boolean {
  return VerifyApiKeyInputFields.has(field);
}

export async function verifyKeyWith(client: Latchkey, options: VerifyKeyOptions): Promise<KeyVerification> {
  const { signal, ...fields } = options;
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) input[name] = value;
  // Fields this schema does not have yet go out all the same (see the file header).
  const data = await client.request(VerifyKeyOperation, { input: input as VerifyApiKeyInput }, { signal });
  return data.verifyApiKey;
}
