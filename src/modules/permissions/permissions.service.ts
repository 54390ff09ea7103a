/**
 * The permission catalog of a project (DESIGN.md section 13). Keys hold permissions by name and
 * the closure is computed against the catalog when a key is admitted (src/auth/key-credential.ts),
 * so every catalog change goes through the revocation point for all of the project's keys: a key
 * is refused a removed permission on its very next request, on every process.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, conflict, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { EntityManager } from '../../shared/orm.js';
import { cleanText } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { isPermissionName } from './permission-names.js';
import { Permission } from './permissions.entity.js';

export interface CreatePermissionInput {
  projectId: string;
  name: string;
  description?: string | null;
  implies?: string[] | null;
}

export interface UpdatePermissionInput {
  id: string;
  description?: string | null;
  implies?: string[] | null;
}

export interface DeletePermissionInput {
  id: string;
  force?: boolean | null;
}

export const MAX_PERMISSIONS_PER_PROJECT = 500;

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!isPermissionName(trimmed)) {
    throw badUserInput(
      'name',
      'A permission name is resource:action in lowercase (letters, digits, _ . -; each part at most 40), e.g. bots:read.',
    );
  }
  return trimmed;
}

function cleanDescription(description: string | null | undefined): string | null {
  if (description == null) return null;
  const cleaned = cleanText('description', description, { max: 500 });
  return cleaned.length > 0 ? cleaned : null;
}

/** `implies` as names of other permissions of the same project, sorted and without repeats. */
async function cleanImplies(em: EntityManager, projectId: string, self: string, implies: readonly string[]) {
  const names = [...new Set(implies.map((name) => name.trim()))].sort();
  if (names.length > 50) throw badUserInput('implies', 'A permission implies at most 50 others.');
  if (names.includes(self)) throw badUserInput('implies', 'A permission cannot imply itself.');
  const bad = names.filter((name) => !isPermissionName(name));
  if (bad.length > 0) throw badUserInput('implies', `Not a permission name: ${bad.join(', ')}.`);
  const found = await em.find(Permission, { project: projectId, name: { $in: names } });
  const known = new Set(found.map((permission) => permission.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw badUserInput('implies', `Unknown permission: ${unknown.join(', ')}. Create it first.`);
  return names;
}

/** The hashes of every live key of the project: a catalog change reaches them through the revocation point. */
export async function projectKeyHashes(em: EntityManager, projectId: string): Promise<string[]> {
  const keys = await em
    .getConnection()
    .execute<{ key_hash: string }[]>('select key_hash from api_keys where project_id = ? and deleted_at is null', [
      projectId,
    ]);
  return keys.map((key) => key.key_hash);
}

/** How many live keys hold each of these permissions (directly), by name. */
export async function keyCounts(em: EntityManager, projectId: string, names: readonly string[]) {
  const counts = new Map<string, number>(names.map((name) => [name, 0]));
  if (names.length === 0) return counts;
  const rows = await em.getConnection().execute<{ name: string; count: string | number }[]>(
    `select p.name, count(*) as count from api_keys k cross join unnest(k.permissions) as p(name)
     where k.project_id = ? and k.deleted_at is null and p.name in (${names.map(() => '?').join(', ')}) group by p.name`,
    [projectId, ...names],
  );
  for (const row of rows) counts.set(row.name, Number(row.count));
  return counts;
}

export async function listPermissions(em: EntityManager, projectId: string): Promise<Permission[]> {
  return em.find(Permission, { project: projectId }, { orderBy: { name: 'asc' } });
}

async function findPermission(ctx: Context, id: string): Promise<Permission> {
  if (!isUuid(id)) throw notFound('Permission');
  const permission = await ctx.em.findOne(Permission, { id });
  if (!permission || !(await ctx.access.scopesIn(permission.project))) throw notFound('Permission');
  return permission;
}

function publicFields(permission: Permission) {
  return { name: permission.name, description: permission.description ?? null, implies: permission.implies };
}

export async function createPermission(ctx: Context, input: CreatePermissionInput): Promise<Permission> {
  await ctx.access.require(input.projectId, 'permissions:write');
  const name = cleanName(input.name);
  const description = cleanDescription(input.description);
  const implies = await cleanImplies(ctx.em, input.projectId, name, input.implies ?? []);
  if ((await ctx.em.count(Permission, { project: input.projectId })) >= MAX_PERMISSIONS_PER_PROJECT) {
    throw conflict(`A project holds at most ${MAX_PERMISSIONS_PER_PROJECT} permissions.`);
  }
  const hashes = await projectKeyHashes(ctx.em, input.projectId);
  try {
    // A new `<r>:read` changes what keys holding `<r>:write` have: every key of the project re-reads.
    return await ctx.revocation.changing(hashes, () =>
      ctx.em.transactional(async (em) => {
        const permission = em.create(Permission, { project: input.projectId, name, description, implies });
        recordAudit(withEntityManager(ctx, em), {
          projectId: input.projectId,
          action: 'permission.created',
          targetType: 'permission',
          targetId: permission.id,
          targetLabel: name,
          summary: { after: publicFields(permission) },
        });
        await em.flush();
        return permission;
      }),
    );
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict(`A permission named "${name}" already exists in this project.`);
    throw error;
  }
}

export async function updatePermission(ctx: Context, input: UpdatePermissionInput): Promise<Permission> {
  const permission = await findPermission(ctx, input.id);
  await ctx.access.require(permission.project, 'permissions:write', 'Permission');
  const before = publicFields(permission);
  if (input.description !== undefined) permission.description = cleanDescription(input.description);
  if (input.implies != null) {
    permission.implies = await cleanImplies(ctx.em, permission.project, permission.name, input.implies);
  }
  const after = publicFields(permission);
  if (JSON.stringify(before) === JSON.stringify(after)) return permission;
  const hashes = await projectKeyHashes(ctx.em, permission.project);
  await ctx.revocation.changing(hashes, () =>
    ctx.em.transactional(async (em) => {
      recordAudit(withEntityManager(ctx, em), {
        projectId: permission.project,
        action: 'permission.updated',
        targetType: 'permission',
        targetId: permission.id,
        targetLabel: permission.name,
        summary: { before, after },
      });
      await em.flush();
    }),
  );
  return permission;
}

export interface DeletedPermission {
  id: string;
  /** How many keys it was taken from (with `force`). */
  removedFromKeys: number;
}

export async function deletePermission(ctx: Context, input: DeletePermissionInput): Promise<DeletedPermission> {
  const permission = await findPermission(ctx, input.id);
  await ctx.access.require(permission.project, 'permissions:write', 'Permission');
  const held = (await keyCounts(ctx.em, permission.project, [permission.name])).get(permission.name) ?? 0;
  if (held > 0 && !input.force) {
    throw conflict(
      `${held} key${held === 1 ? '' : 's'} hold "${permission.name}": remove it from them, or delete with force: true.`,
    );
  }
  const hashes = await projectKeyHashes(ctx.em, permission.project);
  const removedFromKeys = await ctx.revocation.changing(hashes, () =>
    ctx.em.transactional(async (em) => {
      const removed = await em.getConnection().execute<{ id: string }[]>(
        `update api_keys set permissions = array_remove(permissions, ?), updated_at = now()
           where project_id = ? and ? = any(permissions) returning id`,
        [permission.name, permission.project, permission.name],
        'all',
        em.getTransactionContext(),
      );
      await em
        .getConnection()
        .execute(
          'update permissions set implies = array_remove(implies, ?), updated_at = now() where project_id = ?',
          [permission.name, permission.project],
          'run',
          em.getTransactionContext(),
        );
      recordAudit(withEntityManager(ctx, em), {
        projectId: permission.project,
        action: 'permission.deleted',
        targetType: 'permission',
        targetId: permission.id,
        targetLabel: permission.name,
        summary: { before: publicFields(permission), removedFromKeys: removed.length },
      });
      em.remove(em.getReference(Permission, permission.id));
      await em.flush();
      return removed.length;
    }),
  );
  return { id: permission.id, removedFromKeys };
}
