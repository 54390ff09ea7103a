import { sql } from 'kysely';
import type { EntityManager } from '../../shared/orm.js';
import { readDatabase, readRows } from '../api-keys/api-keys.records.js';
import type { Role } from '../members/roles.js';
import type { ProjectRecord } from './projects.entity.js';

/**
 * Projects and roles as the read path needs them: plain, frozen records read with Kysely (no
 * hydration, no identity map). Writes still load the `Project` entity.
 */

/** These projects as read records, by id. */
export async function selectProjectRecords(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ProjectRecord>> {
  const rows = await readRows(
    readDatabase(em)
      .selectFrom('projects')
      .select([
        'id',
        'name',
        'plan',
        sql<string>`created_by_id`.as('createdBy'),
        // Epoch milliseconds: a number, with no timestamp text to parse.
        sql<number>`(extract(epoch from created_at) * 1000)::float8`.as('createdAt'),
        sql<number>`(extract(epoch from updated_at) * 1000)::float8`.as('updatedAt'),
        sql<number | null>`(extract(epoch from deleted_at) * 1000)::float8`.as('deletedAt'),
      ])
      .where('id', 'in', [...ids]),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      Object.freeze({
        id: row.id,
        name: row.name,
        plan: row.plan,
        createdBy: row.createdBy,
        createdAt: new Date(row.createdAt),
        updatedAt: new Date(row.updatedAt),
        deletedAt: row.deletedAt === null ? null : new Date(row.deletedAt),
      }) as ProjectRecord,
    ]),
  );
}

/** The ACTIVE memberships' roles of these users in live (not deleted) projects, keyed `${projectId}:${userId}`. */
export async function selectActiveRoles(
  em: EntityManager,
  projectIds: readonly string[],
  userIds: readonly string[],
): Promise<Map<string, Role>> {
  const rows = await readRows(
    readDatabase(em)
      .selectFrom('memberships')
      .innerJoin('projects', 'projects.id', 'memberships.project_id')
      .select(['memberships.project_id', 'memberships.user_id', 'memberships.role'])
      .where('memberships.project_id', 'in', [...projectIds])
      .where('memberships.user_id', 'in', [...userIds])
      .where('memberships.status', '=', 'ACTIVE')
      // A deleted project grants nothing to anyone, its owners included (src/modules/projects/project-deletion.service.ts).
      .where(sql<boolean>`projects.deleted_at is null`),
  );
  return new Map(rows.map((row) => [`${row.project_id}:${row.user_id}`, row.role as Role]));
}
