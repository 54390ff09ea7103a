import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import ipaddr from 'ipaddr.js';
import { sql } from 'kysely';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, conflict, forbidden, notFound, planLimitReached } from '../../shared/errors.js';
import { isUuid, uuidv7 } from '../../shared/ids.js';
import type { EntityManager } from '../../shared/orm.js';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../../shared/pagination.js';
import { limitsOf } from '../../shared/plans.js';
import { cleanText } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { type CatalogEntry, permissionClosure } from '../permissions/permission-names.js';
import { listPermissions } from '../permissions/permissions.service.js';
import { Project } from '../projects/projects.entity.js';
import { rateLimitSettingsOf } from '../rate-limits/rate-limit-settings.js';
import { coversScopes, isScopeName, type ScopeName, sortScopes } from '../scopes/scopes.catalog.js';
import { ApiKey, type KeyEnvironmentName, type KeyRecord, type KeyStatus } from './api-keys.entity.js';
import { type ApiKeyRecord, countKeys, type KeyQuery, selectFirstKeyPage, selectKeyPage } from './api-keys.records.js';
import { generateKey, hashKey, previewKey, randomBase62 } from './key-format.js';
import {
  type CreditSettings,
  cleanCidrs,
  cleanCredits,
  cleanExternalId,
  cleanMeta,
  creditPeriodOf,
} from './key-restrictions.js';
import { effectiveStatus } from './key-status.js';

export interface RateLimitOverride {
  perMinute?: number | null;
  perDay?: number | null;
}

export interface CreateApiKeyInput {
  projectId: string;
  name: string;
  description?: string | null;
  environment?: KeyEnvironmentName | null;
  scopes: string[];
  expiresAt?: Date | null;
  permissions?: string[] | null;
  meta?: Record<string, unknown> | null;
  externalId?: string | null;
  allowedCidrs?: string[] | null;
  credits?: CreditSettings | null;
}

export interface UpdateApiKeyInput {
  id: string;
  name?: string | null;
  description?: string | null;
  scopes?: string[] | null;
  expiresAt?: Date | null;
  rateLimit?: RateLimitOverride | null;
  permissions?: string[] | null;
  meta?: Record<string, unknown> | null;
  externalId?: string | null;
  allowedCidrs?: string[] | null;
  credits?: CreditSettings | null;
}

export interface KeyFilter {
  status?: KeyStatus | null;
  environment?: KeyEnvironmentName | null;
  scope?: string | null;
  search?: string | null;
  externalId?: string | null;
}

export interface IssuedKey {
  apiKey: ApiKey;
  /** The full key: returned once, by the operation that creates it, and never again. */
  secret: string;
}

/** Longest grace period a rotation may give the old key. */
export const MAX_GRACE_PERIOD_SECONDS = 30 * 24 * 3600;

function cleanKeyName(name: string): string {
  return cleanText('name', name, { min: 1, max: 64, printable: true });
}

function cleanDescription(description: string | null | undefined): string | null {
  if (description == null) return null;
  const cleaned = cleanText('description', description, { max: 500 });
  return cleaned.length > 0 ? cleaned : null;
}

function cleanScopes(field: string, scopes: readonly string[]): ScopeName[] {
  const unknown = scopes.filter((scope) => !isScopeName(scope));
  if (unknown.length > 0)
    throw badUserInput(field, `Unknown scope: ${unknown.join(', ')}. The scopes query lists them.`);
  return sortScopes(scopes);
}

function cleanExpiry(expiresAt: Date | null | undefined): Date | null {
  if (expiresAt == null) return null;
  if (Number.isNaN(expiresAt.getTime())) throw badUserInput('expiresAt', 'expiresAt must be a date and time.');
  if (expiresAt.getTime() <= Date.now()) throw badUserInput('expiresAt', 'expiresAt must be in the future.');
  return expiresAt;
}

/** No escalation: nobody grants a scope they do not hold themselves. */
function assertGrantable(held: ReadonlySet<ScopeName>, scopes: readonly string[]): void {
  if (!coversScopes(held, scopes)) {
    throw forbidden('A key cannot be given scopes its creator does not hold.');
  }
}

/**
 * The permissions of the project's own API to grant, as names of its catalog, sorted. No
 * escalation: a user with keys:write grants any; a key grants only permissions it holds (with
 * what they imply).
 */
async function cleanPermissions(ctx: Context, projectId: string, names: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(names.map((name) => name.trim()))].sort();
  if (wanted.length > 200) throw badUserInput('permissions', 'A key holds at most 200 permissions.');
  const catalog = await listPermissions(ctx.em, projectId);
  const known = new Set(catalog.map((permission) => permission.name));
  const unknown = wanted.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw badUserInput(
      'permissions',
      `Unknown permission: ${unknown.slice(0, 5).join(', ')}. Project.permissions lists them; createPermission adds one.`,
    );
  }
  if (ctx.caller.kind === 'key') {
    const held = heldPermissions(ctx.caller, catalog);
    if (wanted.some((name) => !held.has(name))) {
      throw forbidden('A key cannot grant permissions it does not hold itself.');
    }
  }
  return wanted;
}

/** The calling key's permissions with what they imply; every permission for a user. */
function heldPermissions(caller: Context['caller'], catalog: readonly CatalogEntry[]): Set<string> {
  if (caller.kind !== 'key') return new Set(catalog.map((entry) => entry.name));
  return permissionClosure(catalog, caller.key.permissions);
}

/** No escalation for permissions: a key acts only on keys whose permissions it holds. */
async function assertHoldsPermissionsOf(ctx: Context, key: ApiKey): Promise<void> {
  if (ctx.caller.kind !== 'key' || key.permissions.length === 0) return;
  const held = heldPermissions(ctx.caller, await listPermissions(ctx.em, key.project));
  if (key.permissions.some((name) => !held.has(name))) {
    throw forbidden('This key holds permissions you do not hold; only a caller holding all of them may change it.');
  }
}

/** The credits columns of `settings` (null removes the key's credits), starting a fresh count. */
function creditColumns(settings: CreditSettings | null, version: number, now = Date.now()): Partial<ApiKey> {
  if (!settings) {
    return {
      creditsRemaining: null,
      creditsRefillAmount: null,
      creditsRefillInterval: null,
      creditsPeriod: null,
      creditsVersion: version + 1,
    };
  }
  const cleaned = cleanCredits(settings);
  return {
    creditsRemaining: cleaned.remaining,
    creditsRefillAmount: cleaned.refill?.amount ?? null,
    creditsRefillInterval: cleaned.refill?.interval ?? null,
    creditsPeriod: cleaned.refill ? creditPeriodOf(cleaned.refill.interval, now) : null,
    creditsVersion: version + 1,
  };
}

/**
 * No escalation: rotating, updating, deactivating, reactivating or deleting a key needs every
 * scope that key holds, so a narrow caller never obtains or frees a more powerful key (and only a
 * full-scope caller touches a default key). DESIGN.md section 6.
 */
function assertMayActOn(held: ReadonlySet<ScopeName>, key: ApiKey): void {
  if (!coversScopes(held, key.scopes)) {
    throw forbidden('This key holds scopes you do not hold; only a caller holding all of them may change it.');
  }
}

/** The environment a TEST key is confined to; null for sessions and LIVE keys, which see both. */
export function confinedEnvironment(ctx: Pick<Context, 'caller'>): KeyEnvironmentName | null {
  return ctx.caller.kind === 'key' && ctx.caller.key.environment === 'TEST' ? 'TEST' : null;
}

/** Whether the caller is this key or another key of its rotation lineage. */
function isOwnKey(ctx: Pick<Context, 'caller'>, key: Pick<KeyRecord, 'lineageId'>): boolean {
  return ctx.caller.kind === 'key' && ctx.caller.key.lineageId === key.lineageId;
}

/**
 * A key never loosens its own limits or expiry (DESIGN.md section 6): raising or clearing its
 * rate limits, or clearing or postponing its expiry, is FORBIDDEN; tightening them is allowed.
 */
function assertNotLoosened(before: ApiKey, after: Partial<ApiKey>, plan: string): void {
  if ('expiresAt' in after && before.expiresAt) {
    const next = after.expiresAt ?? null;
    if (next === null || next.getTime() > before.expiresAt.getTime()) {
      throw forbidden('A key cannot clear or postpone its own expiry.');
    }
  }
  if ('allowedCidrs' in after) {
    const next = after.allowedCidrs ?? [];
    // A list that lets in any address the old one did not: wider, or gone.
    const wider =
      before.allowedCidrs.length > 0 &&
      (next.length === 0 || next.some((cidr) => !coveredBy(cidr, before.allowedCidrs)));
    if (wider) throw forbidden('A key cannot widen or remove its own address list.');
  }
  if ('creditsVersion' in after) {
    const looserCredits =
      before.creditsRemaining != null &&
      (after.creditsRemaining == null ||
        (after.creditsRefillAmount ?? 0) > (before.creditsRefillAmount ?? 0) ||
        after.creditsRemaining > before.creditsRemaining);
    if (looserCredits) throw forbidden('A key cannot add to or remove its own credits.');
  }
  if ('rateLimitPerMinute' in after || 'rateLimitPerDay' in after) {
    const limits = limitsOf(plan);
    const was = rateLimitSettingsOf(before, limits);
    const will = rateLimitSettingsOf({ ...before, ...after }, limits);
    const looser = (old: number | null, next: number | null) => old !== null && (next === null || next > old);
    if (looser(was.perMinute, will.perMinute) || looser(was.perDay, will.perDay)) {
      throw forbidden('A key cannot raise or remove its own rate limits.');
    }
  }
}

function cleanRateLimit(
  project: Project,
  override: RateLimitOverride,
): { perMinute: number | null; perDay: number | null } {
  const limits = limitsOf(project.plan);
  const check = (field: 'perMinute' | 'perDay', value: number | null | undefined, planValue: number | null) => {
    if (value == null) return null;
    if (!Number.isInteger(value) || value < 1 || value > 1_000_000_000) {
      throw badUserInput(`rateLimit.${field}`, `rateLimit.${field} must be a whole number from 1 to 1000000000.`);
    }
    if (planValue !== null && value > planValue) {
      throw badUserInput(
        `rateLimit.${field}`,
        `The ${project.plan} plan allows at most ${planValue} for rateLimit.${field}.`,
      );
    }
    return value;
  };
  return {
    perMinute: check('perMinute', override.perMinute, limits.perMinute),
    perDay: check('perDay', override.perDay, limits.perDay),
  };
}

function mapUniqueName(error: unknown, name: string): never {
  if (error instanceof UniqueConstraintViolationException) {
    throw conflict(`A key named "${name}" already exists in this project.`);
  }
  throw error;
}

/** The key by id if the caller may see it, else NOT_FOUND (deleted keys are never found). */
export async function findVisibleKey(ctx: Context, id: string): Promise<ApiKey> {
  if (!isUuid(id)) throw notFound('API key');
  const key = await ctx.loaders.apiKey.load(id);
  if (!key || key.deletedAt) throw notFound('API key');
  if (!(await ctx.access.scopesIn(key.project))) throw notFound('API key');
  // A TEST key sees TEST keys only; LIVE keys do not exist for it.
  const confined = confinedEnvironment(ctx);
  if (confined && key.environment !== confined) throw notFound('API key');
  return key;
}

/**
 * Keys that count toward the plan's key limit (`PLAN_LIMIT_REACHED`; the portal shows it before
 * the action): not deleted, and not rotated away unless still in their grace period (a key in
 * grace works, so it counts).
 */
export async function countActiveKeys(em: EntityManager, projectId: string, now = new Date()): Promise<number> {
  return em.count(ApiKey, {
    project: projectId,
    deletedAt: null,
    $or: [{ rotatedAt: null }, { graceEndsAt: { $gt: now } }],
  });
}

/**
 * Creates the row of a new key and returns it with its secret. Callers hold the transaction,
 * the plan check and the audit event.
 */
export function issueKey(
  em: EntityManager,
  ctx: Pick<Context, 'caller'>,
  fields: {
    projectId: string;
    name: string;
    description: string | null;
    environment: KeyEnvironmentName;
    scopes: ScopeName[];
    expiresAt: Date | null;
    isDefault: boolean;
    rateLimitPerMinute?: number | null;
    rateLimitPerDay?: number | null;
    rotatedFrom?: string | null;
    /** The lineage of the key it replaces (rotation); a new key starts its own. */
    lineageId?: string | null;
    secretForHash: string;
    /** Permissions, meta, external id, addresses and credits (DESIGN.md section 13). */
    restrictions?: Partial<ApiKey>;
  },
): IssuedKey {
  const secret = generateKey(fields.environment === 'LIVE' ? 'live' : 'test');
  const id = uuidv7();
  const apiKey = em.create(ApiKey, {
    id,
    lineageId: fields.lineageId ?? id,
    project: fields.projectId,
    name: fields.name,
    description: fields.description,
    environment: fields.environment,
    keyHash: hashKey(fields.secretForHash, secret),
    preview: previewKey(secret),
    status: 'ACTIVE',
    isDefault: fields.isDefault,
    scopes: fields.scopes,
    expiresAt: fields.expiresAt,
    createdByUser: ctx.caller.kind === 'user' || ctx.caller.kind === 'token' ? ctx.caller.user.id : null,
    createdByKey: ctx.caller.kind === 'key' ? ctx.caller.key.id : null,
    rateLimitPerMinute: fields.rateLimitPerMinute ?? null,
    rateLimitPerDay: fields.rateLimitPerDay ?? null,
    rotatedFrom: fields.rotatedFrom ?? null,
    ...fields.restrictions,
  });
  return { apiKey, secret };
}

/** `<projectId>_default_<suffix>`: the name of a project's default key. */
export function defaultKeyName(projectId: string): string {
  return `${projectId}_default_${randomBase62(6)}`;
}

export function publicKeyFields(key: ApiKey): Record<string, unknown> {
  return {
    permissions: key.permissions,
    externalId: key.externalId ?? null,
    allowedCidrs: key.allowedCidrs,
    hasMeta: key.meta != null,
    credits:
      key.creditsRemaining == null
        ? null
        : {
            remaining: key.creditsRemaining,
            refill: key.creditsRefillAmount != null ? `${key.creditsRefillAmount}/${key.creditsRefillInterval}` : null,
          },
    name: key.name,
    description: key.description,
    environment: key.environment,
    preview: key.preview,
    scopes: key.scopes,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    rateLimitPerMinute: key.rateLimitPerMinute,
    rateLimitPerDay: key.rateLimitPerDay,
  };
}

export async function createApiKey(ctx: Context, input: CreateApiKeyInput): Promise<IssuedKey> {
  // 1. authorize (the shield rule checked keys:write; the held scopes bound what can be granted)
  const held = await ctx.access.require(input.projectId, 'keys:write');
  // 2. validate
  const name = cleanKeyName(input.name);
  const description = cleanDescription(input.description);
  const scopes = cleanScopes('scopes', input.scopes);
  const expiresAt = cleanExpiry(input.expiresAt);
  assertGrantable(held, scopes);
  const permissions = await cleanPermissions(ctx, input.projectId, input.permissions ?? []);
  const restrictions: Partial<ApiKey> = {
    permissions,
    meta: cleanMeta(input.meta),
    externalId: cleanExternalId(input.externalId),
    allowedCidrs: cleanCidrs(input.allowedCidrs ?? []),
    ...(input.credits ? creditColumns(input.credits, 0) : {}),
  };
  const confined = confinedEnvironment(ctx);
  const environment = input.environment ?? confined ?? 'LIVE';
  if (confined && environment !== confined) throw forbidden('A TEST key can create TEST keys only.');
  // 3. write under a lock on the project row, so parallel creations cannot pass the plan limit
  try {
    return await ctx.em.transactional(async (em) => {
      const project = await em.findOneOrFail(
        Project,
        { id: input.projectId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const maxKeys = limitsOf(project.plan).maxKeys;
      if (maxKeys !== null && (await countActiveKeys(em, project.id, new Date())) >= maxKeys) {
        throw planLimitReached(project.plan, maxKeys);
      }
      const issued = issueKey(em, ctx, {
        projectId: project.id,
        name,
        description,
        environment,
        scopes,
        expiresAt,
        isDefault: false,
        secretForHash: ctx.config.secret,
        restrictions,
      });
      // 4. audit, in the same transaction
      recordAudit(withEntityManager(ctx, em), {
        projectId: project.id,
        action: 'key.created',
        targetType: 'api_key',
        targetId: issued.apiKey.id,
        targetLabel: name,
        summary: { after: publicKeyFields(issued.apiKey) },
      });
      await em.flush();
      return issued;
    });
  } catch (error) {
    return mapUniqueName(error, name);
  }
}

export interface RotateApiKeyInput {
  id: string;
  gracePeriodSeconds?: number | null;
}

export async function rotateApiKey(ctx: Context, input: RotateApiKeyInput): Promise<IssuedKey & { previous: ApiKey }> {
  // 1. authorize: the caller must hold every scope of the key it would obtain a new secret for
  const old = await findVisibleKey(ctx, input.id);
  const held = await ctx.access.require(old.project, 'keys:write', 'API key');
  assertMayActOn(held, old);
  await assertHoldsPermissionsOf(ctx, old);
  // 2. validate
  const grace = input.gracePeriodSeconds ?? 0;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_PERIOD_SECONDS) {
    throw badUserInput('gracePeriodSeconds', `gracePeriodSeconds must be from 0 to ${MAX_GRACE_PERIOD_SECONDS}.`);
  }
  if (old.rotatedAt) throw conflict('This key was already rotated; rotate its replacement instead.');
  if (old.status === 'DEACTIVATED') throw conflict('A deactivated key cannot be rotated; reactivate it first.');
  // The key this one replaced, if any: its grace ends now (a key has one predecessor in grace at most).
  const predecessor = old.rotatedFrom ? await ctx.loaders.apiKey.load(old.rotatedFrom) : null;
  const selfRotation = isOwnKey(ctx, old);
  // 3. write under a lock on the project row (the plan limit counts keys in grace): retire the
  //    old key first (so its name is free), then issue the replacement
  const now = new Date();
  const changedHashes = predecessor ? [old.keyHash, predecessor.keyHash] : [old.keyHash];
  // Committed between two generation bumps: every process reads the old keys again.
  return ctx.revocation.changing(changedHashes, () =>
    ctx.em.transactional(async (em) => {
      const project = await em.findOneOrFail(Project, { id: old.project }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const locked = await em.findOneOrFail(ApiKey, { id: old.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (locked.rotatedAt || locked.deletedAt)
        throw conflict('This key was already rotated; rotate its replacement instead.');
      const inGrace = predecessor
        ? await em.findOne(ApiKey, { id: predecessor.id, deletedAt: null, graceEndsAt: { $gt: now } })
        : null;
      const maxKeys = limitsOf(project.plan).maxKeys;
      if (maxKeys !== null && grace > 0) {
        // After the rotation: the replacement counts, the old key counts while in grace, and the
        // predecessor whose grace ends now no longer does.
        const after = (await countActiveKeys(em, project.id, now)) + 1 - (inGrace ? 1 : 0);
        if (after > maxKeys) {
          throw planLimitReached(
            project.plan,
            maxKeys,
            'keys in a grace period count too: rotate with gracePeriodSeconds 0, or delete a key.',
          );
        }
      }
      if (inGrace) inGrace.graceEndsAt = now;
      const wasDefault = locked.isDefault;
      locked.rotatedAt = now;
      locked.graceEndsAt = new Date(now.getTime() + grace * 1000);
      locked.isDefault = false;
      await em.flush();
      // Same expiry policy: the replacement lives as long as the old key was meant to. A key
      // rotating itself keeps its expiry: it never postpones its own (DESIGN.md section 6).
      const lifetime = locked.expiresAt ? locked.expiresAt.getTime() - locked.createdAt.getTime() : null;
      const expiresAt = lifetime === null ? null : selfRotation ? locked.expiresAt : new Date(now.getTime() + lifetime);
      const issued = issueKey(em, ctx, {
        projectId: locked.project,
        name: locked.name,
        description: locked.description ?? null,
        environment: locked.environment,
        scopes: sortScopes(locked.scopes),
        expiresAt: expiresAt ?? null,
        isDefault: wasDefault,
        rateLimitPerMinute: locked.rateLimitPerMinute,
        rateLimitPerDay: locked.rateLimitPerDay,
        rotatedFrom: locked.id,
        lineageId: locked.lineageId,
        secretForHash: ctx.config.secret,
        // The replacement keeps every restriction; its credits are the same count (same lineage and version).
        restrictions: {
          permissions: [...locked.permissions],
          meta: locked.meta ?? null,
          externalId: locked.externalId ?? null,
          allowedCidrs: [...locked.allowedCidrs],
          creditsRemaining: locked.creditsRemaining ?? null,
          creditsRefillAmount: locked.creditsRefillAmount ?? null,
          creditsRefillInterval: locked.creditsRefillInterval ?? null,
          creditsPeriod: locked.creditsPeriod ?? null,
          creditsVersion: locked.creditsVersion,
        },
      });
      // 4. audit
      recordAudit(withEntityManager(ctx, em), {
        projectId: locked.project,
        action: 'key.rotated',
        targetType: 'api_key',
        targetId: locked.id,
        targetLabel: locked.name,
        summary: {
          before: { preview: locked.preview },
          after: {
            replacementId: issued.apiKey.id,
            preview: issued.apiKey.preview,
            graceEndsAt: locked.graceEndsAt.toISOString(),
            ...(inGrace ? { endedGraceOf: inGrace.id } : {}),
          },
        },
      });
      await em.flush();
      return { ...issued, previous: locked };
    }),
  );
}

export async function updateApiKey(ctx: Context, input: UpdateApiKeyInput): Promise<ApiKey> {
  // 1. authorize
  const key = await findVisibleKey(ctx, input.id);
  const held = await ctx.access.require(key.project, 'keys:write', 'API key');
  assertMayActOn(held, key);
  await assertHoldsPermissionsOf(ctx, key);
  // 2. validate
  const before = publicKeyFields(key);
  const changes: Partial<ApiKey> = {};
  if (input.name != null) changes.name = cleanKeyName(input.name);
  if (input.description !== undefined) changes.description = cleanDescription(input.description);
  if (input.scopes != null) {
    changes.scopes = cleanScopes('scopes', input.scopes);
    assertGrantable(held, changes.scopes);
  }
  if (input.expiresAt !== undefined) {
    // Expiry is final whether or not the expiry worker has marked the key yet, so the outcome
    // never depends on timing: rotating issues a working replacement.
    if (effectiveStatus(key) === 'EXPIRED')
      throw conflict('This key has expired and stays expired; rotate it to issue a replacement.');
    changes.expiresAt = cleanExpiry(input.expiresAt);
  }
  if (input.rateLimit !== undefined) {
    const project = await ctx.loaders.project.load(key.project);
    const limits =
      input.rateLimit === null
        ? { perMinute: null, perDay: null }
        : cleanRateLimit(project as Project, input.rateLimit);
    changes.rateLimitPerMinute = limits.perMinute;
    changes.rateLimitPerDay = limits.perDay;
  }
  if (input.permissions != null) changes.permissions = await cleanPermissions(ctx, key.project, input.permissions);
  if (input.meta !== undefined) changes.meta = cleanMeta(input.meta);
  if (input.externalId !== undefined) changes.externalId = cleanExternalId(input.externalId);
  if (input.allowedCidrs != null) changes.allowedCidrs = cleanCidrs(input.allowedCidrs);
  if (input.credits !== undefined) Object.assign(changes, creditColumns(input.credits, key.creditsVersion));
  if (isOwnKey(ctx, key)) {
    const project = await ctx.loaders.project.load(key.project);
    assertNotLoosened(key, changes, project?.plan ?? 'FREE');
  }
  // 3. write and 4. audit
  ctx.em.assign(key, changes);
  const after = publicKeyFields(key);
  const changed = Object.keys(after).filter((field) => JSON.stringify(after[field]) !== JSON.stringify(before[field]));
  // Setting credits starts a fresh count even when the numbers are the same as before.
  if ('creditsVersion' in changes && !changed.includes('credits')) changed.push('credits');
  if (changed.length === 0) return key;
  recordAudit(ctx, {
    projectId: key.project,
    action: 'key.updated',
    targetType: 'api_key',
    targetId: key.id,
    targetLabel: key.name,
    summary: {
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
    },
  });
  try {
    await ctx.revocation.changing([key.keyHash], () => ctx.em.flush());
  } catch (error) {
    mapUniqueName(error, key.name);
  }
  return key;
}

export const LEAKED_KEY_MESSAGE =
  'This key was reported leaked and is refused for good; rotate it to issue a replacement.';

async function setDeactivated(
  ctx: Context,
  id: string,
  deactivate: boolean,
  terminateConnections = false,
): Promise<ApiKey> {
  const key = await findVisibleKey(ctx, id);
  assertMayActOn(await ctx.access.require(key.project, 'keys:write', 'API key'), key);
  await assertHoldsPermissionsOf(ctx, key);
  // A leaked key stays refused: neither switch may turn it back on (DESIGN.md section 15).
  if (key.status === 'LEAKED') throw conflict(LEAKED_KEY_MESSAGE);
  if (deactivate && key.isDefault)
    throw conflict("The project's default key cannot be deactivated; rotate it instead.");
  const target = deactivate ? 'DEACTIVATED' : 'ACTIVE';
  if (deactivate ? key.status === 'DEACTIVATED' : key.status !== 'DEACTIVATED') {
    // Deactivated already: asking again to terminate still closes what is left open.
    if (terminateConnections) await ctx.revocation.changed([key.keyHash], { terminateConnections });
    return key;
  }
  const before = key.status;
  key.status = target;
  recordAudit(ctx, {
    projectId: key.project,
    action: deactivate ? 'key.deactivated' : 'key.reactivated',
    targetType: 'api_key',
    targetId: key.id,
    targetLabel: key.name,
    summary: {
      before: { status: before },
      after: { status: target },
      ...(terminateConnections ? { terminateConnections } : {}),
    },
  });
  await ctx.revocation.changing([key.keyHash], () => ctx.em.flush(), { terminateConnections });
  return key;
}

/**
 * Refuses the key from its next request and its next WebSocket connection on. Its live
 * connections stay open (DESIGN.md section 14) unless `terminateConnections`.
 */
export function deactivateApiKey(ctx: Context, id: string, terminateConnections = false): Promise<ApiKey> {
  return setDeactivated(ctx, id, true, terminateConnections);
}

export function reactivateApiKey(ctx: Context, id: string): Promise<ApiKey> {
  return setDeactivated(ctx, id, false);
}

/** Permanent: the key is refused from the next request on; its row stays for the audit trail. */
export async function deleteApiKey(ctx: Context, id: string): Promise<{ id: string }> {
  const key = await findVisibleKey(ctx, id);
  assertMayActOn(await ctx.access.require(key.project, 'keys:write', 'API key'), key);
  await assertHoldsPermissionsOf(ctx, key);
  if (key.isDefault) throw conflict("The project's default key cannot be deleted; rotate it instead.");
  key.deletedAt = new Date();
  recordAudit(ctx, {
    projectId: key.project,
    action: 'key.deleted',
    targetType: 'api_key',
    targetId: key.id,
    targetLabel: key.name,
    summary: { before: publicKeyFields(key) },
  });
  await ctx.revocation.changing([key.keyHash], () => ctx.em.flush());
  return { id: key.id };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * A page of the project's keys, newest first, as read records (no hydration). The rows prime
 * `loaders.keyRecord` (a key created by another key of the page) and `loaders.keyUsage`, so the
 * page's creators and usage totals cost no statement of their own.
 */
export async function listApiKeys(
  ctx: Context,
  projectId: string,
  args: PageArgs & { filter?: KeyFilter | null },
): Promise<Page<ApiKeyRecord>> {
  const size = pageSize(args.first);
  const afterId = decodeCursor(args.after);
  const now = new Date();
  const filter = args.filter ?? {};
  const confined = confinedEnvironment(ctx);
  const scope = filter.scope ? (cleanScopes('filter.scope', [filter.scope])[0] as string) : null;
  const search = filter.search ? cleanText('filter.search', filter.search, { max: 64 }) : '';
  const externalId = cleanExternalId(filter.externalId);
  const where = (query: KeyQuery): KeyQuery => {
    let chosen = query.where('project_id', '=', projectId).where('deleted_at', 'is', null);
    if (confined) chosen = chosen.where('environment', '=', confined);
    if (filter.environment) chosen = chosen.where('environment', '=', filter.environment);
    if (scope) chosen = chosen.where(sql<boolean>`${sql.ref('scopes')} @> array[${scope}]::text[]`);
    if (search) chosen = chosen.where('name', 'ilike', `%${escapeLike(search)}%`);
    if (externalId) chosen = chosen.where('external_id', '=', externalId);
    if (filter.status === 'DEACTIVATED') chosen = chosen.where('status', '=', 'DEACTIVATED');
    if (filter.status === 'LEAKED') chosen = chosen.where('status', '=', 'LEAKED');
    if (filter.status === 'ACTIVE') {
      chosen = chosen
        .where('status', '=', 'ACTIVE')
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .where((eb) => eb.or([eb('grace_ends_at', 'is', null), eb('grace_ends_at', '>', now)]));
    }
    if (filter.status === 'EXPIRED') {
      chosen = chosen
        .where('status', 'not in', ['DEACTIVATED', 'LEAKED'])
        .where((eb) =>
          eb.or([eb('status', '=', 'EXPIRED'), eb('expires_at', '<=', now), eb('grace_ends_at', '<=', now)]),
        );
    }
    return chosen;
  };
  // A first page counts in the same statement; a later one counts apart (the cursor narrows its rows).
  const { rows, totalCount } = afterId
    ? await Promise.all([
        selectKeyPage(ctx.em, (query) =>
          where(query)
            .where('id', '<', afterId)
            .orderBy('id', 'desc')
            .limit(size + 1),
        ),
        countKeys(ctx.em, where),
      ]).then(([pageRows, count]) => ({ rows: pageRows, totalCount: count }))
    : await selectFirstKeyPage(ctx.em, where, size + 1);
  for (const row of rows) {
    ctx.loaders.keyRecord.prime(row.record.id, row.record);
    ctx.loaders.primeUsage(row.record.id, row.usage);
    ctx.loaders.primeCreator(row.record.id, row.creator);
  }
  return toPage(
    rows.map((row) => row.record),
    size,
    totalCount,
  );
}

/** Whether `cidr` lies inside one of `list` (a narrower or equal range). */
function coveredBy(cidr: string, list: readonly string[]): boolean {
  const [address, bits] = ipaddr.parseCIDR(cidr);
  return list.some((entry) => {
    const [network, networkBits] = ipaddr.parseCIDR(entry);
    return address.kind() === network.kind() && bits >= networkBits && address.match(network, networkBits);
  });
}
