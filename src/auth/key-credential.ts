import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import { type AddressCheck, addressMatcher } from '../modules/api-keys/key-restrictions.js';
import { type CatalogEntry, permissionClosure } from '../modules/permissions/permission-names.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import { type EffectiveLimits, policyField, rateLimitSettingsOf } from '../modules/rate-limits/rate-limit-settings.js';
import { expandScopes, type ScopeName } from '../modules/scopes/scopes.catalog.js';
import { limitsOf } from '../shared/plans.js';

/**
 * A key as admission holds it: its record, its project, and what they imply (the expanded
 * scopes, the rate limits under the plan with their policy header), computed once when read.
 * A cached credential serves many requests, so nothing is derived per request.
 */
export class KeyCredential {
  readonly scopes: ReadonlySet<ScopeName>;
  readonly limits: EffectiveLimits;
  /** The key's permissions of the project's own API with everything they imply. */
  readonly permissions: ReadonlySet<string>;
  /** The same, sorted: what `verifyApiKey` answers. */
  readonly sortedPermissions: readonly string[];
  /** Whether an address may use the key (`allowedCidrs`; an empty list allows any). */
  readonly allowsAddress: AddressCheck;

  constructor(
    readonly key: KeyRecord,
    readonly project: ProjectRecord,
    /** The key's HMAC: its name in the key cache and for its generation. */
    readonly hash: string,
    catalog: readonly CatalogEntry[] = [],
  ) {
    this.scopes = expandScopes(key.scopes);
    this.permissions = permissionClosure(catalog, key.permissions);
    this.sortedPermissions = Object.freeze([...this.permissions].sort());
    this.allowsAddress = addressMatcher(key.allowedCidrs);
    const limits = rateLimitSettingsOf(key, limitsOf(project.plan));
    this.limits = Object.freeze({ ...limits, policy: policyField(limits.perMinute, limits.perDay) });
    Object.freeze(this);
  }
}
