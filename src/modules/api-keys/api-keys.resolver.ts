import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toConnection } from '../../shared/pagination.js';
import { limitsOf } from '../../shared/plans.js';
import { listAuditEvents } from '../audit/audit.service.js';
import { AuditEventConnection } from '../audit/audit.types.js';
import { PageArgsType } from '../projects/projects.resolver.js';
import { ProjectObject } from '../projects/projects.types.js';
import { rateLimitSettingsOf } from '../rate-limits/rate-limit-settings.js';
import { type ScopeDefinition, scopeDefinition } from '../scopes/scopes.catalog.js';
import { ScopeObject } from '../scopes/scopes.types.js';
import type { KeyRecord, KeyStatus } from './api-keys.entity.js';
import type { ApiKeyRecord } from './api-keys.records.js';
import {
  createApiKey,
  deactivateApiKey,
  deleteApiKey,
  findVisibleKey,
  reactivateApiKey,
  rotateApiKey,
  updateApiKey,
} from './api-keys.service.js';
import {
  ActorObject,
  ApiKeyObject,
  ApiKeyStatus,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  Credits,
  DeleteApiKeyPayload,
  KeyVerification,
  RateLimitSettings,
  RotateApiKeyInput,
  RotateApiKeyPayload,
  UpdateApiKeyInput,
  VerifyApiKeyInput,
} from './api-keys.types.js';
import { effectiveStatus } from './key-status.js';
import { type CreditsView, creditsView, verifyApiKey } from './key-verification.service.js';

@Resolver(() => ApiKeyObject)
export class ApiKeysResolver {
  @Query(() => ApiKeyObject, {
    nullable: true,
    description: 'A key by id (needs keys:read; a key may always read itself).',
  })
  apiKey(@Arg('id', () => ID, { description: 'The id.' }) id: string, @Ctx() ctx: Context) {
    return findVisibleKey(ctx, id);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Create a key. Its secret is in the payload, once.' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The input; see its type for each field.' })
    input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return createApiKey(ctx, input);
  }

  @Mutation(() => RotateApiKeyPayload, {
    description:
      'Replace a key with a new one (same name, scopes, limits); the old one works until its grace period ends.',
  })
  rotateApiKey(
    @Arg('input', () => RotateApiKeyInput, { description: 'The input; see its type for each field.' })
    input: RotateApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return rotateApiKey(ctx, input);
  }

  @Mutation(() => ApiKeyObject, { description: 'Change a key’s name, description, scopes, expiry or limits.' })
  updateApiKey(
    @Arg('input', () => UpdateApiKeyInput, { description: 'The input; see its type for each field.' })
    input: UpdateApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return updateApiKey(ctx, input);
  }

  @Mutation(() => ApiKeyObject, {
    description:
      'Refuse a key from its next request and its next WebSocket connection on, until reactivated. Its live subscriptions stay open unless `terminateConnections`.',
  })
  deactivateApiKey(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Arg('terminateConnections', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Also close the key's live WebSocket connections on every API process (within a second).",
    })
    terminateConnections: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return deactivateApiKey(ctx, id, terminateConnections === true);
  }

  @Mutation(() => ApiKeyObject, { description: 'Accept a deactivated key again.' })
  reactivateApiKey(@Arg('id', () => ID, { description: 'The id.' }) id: string, @Ctx() ctx: Context) {
    return reactivateApiKey(ctx, id);
  }

  @Mutation(() => DeleteApiKeyPayload, { description: 'Delete a key for good; its audit trail remains.' })
  deleteApiKey(@Arg('id', () => ID, { description: 'The id.' }) id: string, @Ctx() ctx: Context) {
    return deleteApiKey(ctx, id);
  }

  @Mutation(() => KeyVerification, {
    description: 'Verify a key another backend received (needs keys:verify in the key’s project). Failures are data.',
  })
  verifyApiKey(
    @Arg('input', () => VerifyApiKeyInput, { description: 'The input; see its type for each field.' })
    input: VerifyApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    return verifyApiKey(ctx, input);
  }

  // Every field below takes an `ApiKeyRecord`: a list's read record, authentication's `KeyRecord`
  // (`viewer`, `verifyApiKey`) or the entity a mutation returns. Usage totals are read apart,
  // batched with every other key of the request (a list primes them).
  @FieldResolver()
  usageCount(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): number | Promise<number> {
    const usage = ctx.loaders.usageOf(key.id);
    return usage instanceof Promise ? usage.then((totals) => totals.usageCount) : usage.usageCount;
  }

  @FieldResolver()
  lastUsedAt(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): Date | null | Promise<Date | null> {
    const usage = ctx.loaders.usageOf(key.id);
    return usage instanceof Promise ? usage.then((totals) => totals.lastUsedAt) : usage.lastUsedAt;
  }

  @FieldResolver(() => ApiKeyStatus, { description: 'Whether the key is accepted right now.' })
  status(@Root() key: ApiKeyRecord): KeyStatus {
    return effectiveStatus(key);
  }

  @FieldResolver(() => [ScopeObject], { description: 'Scopes granted to the key (implied ones are not listed).' })
  scopes(@Root() key: ApiKeyRecord): ScopeDefinition[] {
    // From the catalog, which the Scope table copies: no statement.
    return key.scopes.map(scopeDefinition).filter((scope) => scope !== undefined);
  }

  @FieldResolver(() => ProjectObject, { description: 'The project the key belongs to.' })
  project(@Root() key: ApiKeyRecord, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(key.project);
  }

  @FieldResolver(() => ActorObject, { nullable: true, description: 'Who created the key (needs members:read).' })
  createdBy(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): ActorObject | null | Promise<ActorObject | null> {
    // A list's statement reads its keys' creators: a page's keys then need no promise each.
    const known = ctx.loaders.knownCreator(key.id);
    return known === undefined ? readCreator(key, ctx) : known;
  }

  @FieldResolver(() => RateLimitSettings, { description: 'The limits that apply: the plan’s, or this key’s override.' })
  async rateLimit(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): Promise<RateLimitSettings> {
    const project = await ctx.loaders.project.load(key.project);
    return rateLimitSettingsOf(key, limitsOf(project?.plan ?? 'FREE'));
  }

  @FieldResolver(() => Credits, {
    nullable: true,
    description: 'Credits left and their refill; null: not limited by credits.',
  })
  async credits(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): Promise<CreditsView | null> {
    if (key.creditsRemaining == null) return null;
    return creditsView(key as KeyRecord, await ctx.admission.creditsOf(key as KeyRecord));
  }

  @FieldResolver(() => ApiKeyObject, { nullable: true, description: 'The key this one replaced by rotation.' })
  async rotatedFrom(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): Promise<ApiKeyRecord | null> {
    return key.rotatedFrom ? ctx.loaders.keyRecord.load(key.rotatedFrom) : null;
  }

  @FieldResolver(() => ApiKeyObject, { nullable: true, description: 'The key that replaced this one by rotation.' })
  replacedBy(@Root() key: ApiKeyRecord, @Ctx() ctx: Context): Promise<ApiKeyRecord | null> {
    return key.rotatedAt ? ctx.loaders.replacement.load(key.id) : Promise.resolve(null);
  }

  @FieldResolver(() => AuditEventConnection.Connection, {
    nullable: true,
    description: 'The key’s audit trail, newest first (needs audit:read; null with a FORBIDDEN error without it).',
  })
  async auditEvents(@Root() key: ApiKeyRecord, @Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context) {
    return toConnection(await listAuditEvents(ctx, { projectId: key.project, ...args, filter: { targetId: key.id } }));
  }
}

/** A key's creator read through the request's loaders (batched with every other key's). */
async function readCreator(key: ApiKeyRecord, ctx: Context): Promise<ActorObject | null> {
  if (key.createdByUser) {
    const email = await ctx.loaders.userEmail.load(key.createdByUser);
    return email === null ? null : { type: 'USER', id: key.createdByUser, label: email };
  }
  if (key.createdByKey) {
    const creator = await ctx.loaders.keyRecord.load(key.createdByKey);
    return creator ? { type: 'API_KEY', id: creator.id, label: `${creator.name} (${creator.preview})` } : null;
  }
  return null;
}
