import { sql } from 'kysely';
import type { EntityManager } from '../../shared/orm.js';
import { readDatabase, readRows } from '../api-keys/api-keys.records.js';
import type { Role } from '../members/roles.js';
import type { ProjectRecord } from './projects.entity.js';

/**
 * Projects and roles as the read path needs them: plain, frozen records read with Kysely (no
 * hydration, no identity map). Writes still load the `Project` entity.
 */

/** A project's columns as a record's fields; dates as epoch milliseconds (numbers, no timestamp text to parse). */
const PROJECT_SELECTION = [
  sql<string>`"projects"."id"`.as('projectId'),
  sql<string>`"projects"."name"`.as('projectName'),
  sql<string>`"projects"."plan"`.as('projectPlan'),
  sql<string>`"projects"."created_by_id"`.as('projectCreatedBy'),
  sql<number>`(extract(epoch from "projects"."created_at") * 1000)::float8`.as('projectCreatedAt'),
  sql<number>`(extract(epoch from "projects"."updated_at") * 1000)::float8`.as('projectUpdatedAt'),
  sql<number | null>`(extract(epoch from "projects"."deleted_at") * 1000)::float8`.as('projectDeletedAt'),
];

interface ProjectRow {
  projectId: string;
  projectName: string;
  projectPlan: string;
  projectCreatedBy: string;
  projectCreatedAt: number;
  projectUpdatedAt: number;
  projectDeletedAt: number | null;
}

function projectRecordOf(row: ProjectRow): ProjectRecord {
  return Object.freeze({
    id: row.projectId,
    name: row.projectName,
    plan: row.projectPlan,
    createdBy: row.projectCreatedBy,
    createdAt: new Date(row.projectCreatedAt),
    updatedAt: new Date(row.projectUpdatedAt),
    deletedAt: row.projectDeletedAt === null ? null : new Date(row.projectDeletedAt),
  }) as ProjectRecord;
}

/** These projects as read records, by id. */
export async function selectProjectRecords(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ProjectRecord>> {
  const rows = await readRows(
    readDatabase(em)
      .selectFrom('projects')
      .select(PROJECT_SELECTION)
      .where('id', 'in', [...ids]),
  );
  return new Map(rows.map((row) => [row.projectId, projectRecordOf(row)]));
}

/** An ACTIVE membership's role, with its project's record (read in the same statement). */
export interface ActiveRole {
  role: Role;
  project: ProjectRecord;
}

/**
 * The ACTIVE memberships' roles of these users in live (not deleted) projects, keyed
 * `${projectId}:${userId}`, each with its project's record: the `project` query then needs no
 * statement of its own to read the project its guard has just found the caller's role in.
 */
export async function selectActiveRoles(
  em: EntityManager,
  projectIds: readonly string[],
  userIds: readonly string[],
): Promise<Map<string, ActiveRole>> {
  const rows = await readRows(
    readDatabase(em)
      .selectFrom('memberships')
      .innerJoin('projects', 'projects.id', 'memberships.project_id')
      .select(['memberships.project_id', 'memberships.user_id', 'memberships.role', ...PROJECT_SELECTION])
      .where('memberships.project_id', 'in', [...projectIds])
      .where('memberships.user_id', 'in', [...userIds])
      .where('memberships.status', '=', 'ACTIVE')
      // A deleted project grants nothing to anyone, its owners included (src/modules/projects/project-deletion.service.ts).
      .where(sql<boolean>`projects.deleted_at is null`),
  );
  return new Map(
    rows.map((row) => [`${row.project_id}:${row.user_id}`, { role: row.role as Role, project: projectRecordOf(row) }]),
  );
}
