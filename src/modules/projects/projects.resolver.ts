import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toConnection } from '../../shared/pagination.js';
import { limitsOf } from '../../shared/plans.js';
import { countActiveKeys, listApiKeys } from '../api-keys/api-keys.service.js';
import { ApiKeyConnection, ApiKeyFilter } from '../api-keys/api-keys.types.js';
import { listAuditEvents } from '../audit/audit.service.js';
import { AuditEventConnection, AuditEventFilter } from '../audit/audit.types.js';
import { MembershipObject, RoleEnum } from '../members/members.types.js';
import type { Role } from '../members/roles.js';
import type { Membership, Project } from './projects.entity.js';
import {
  createProject,
  findVisibleProjectRecord,
  listProjects,
  setProjectPlan,
  updateProject,
} from './projects.service.js';
import {
  CreateProjectInput,
  CreateProjectPayload,
  PlanLimitsObject,
  ProjectObject,
  SetProjectPlanInput,
  UpdateProjectInput,
} from './projects.types.js';

@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor from `pageInfo.endCursor` of the previous page.' })
  after?: string | null;
}

@ArgsType()
class ApiKeysArgs extends PageArgsType {
  @Field(() => ApiKeyFilter, { nullable: true, description: 'Filters.' })
  filter?: ApiKeyFilter | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgsType {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Filters.' })
  filter?: AuditEventFilter | null;
}

@Resolver(() => ProjectObject)
export class ProjectsResolver {
  @Query(() => [ProjectObject], { description: 'Projects the signed-in user belongs to (user sessions only).' })
  projects(@Ctx() ctx: Context) {
    return listProjects(ctx);
  }

  @Query(() => ProjectObject, { nullable: true, description: 'A project you belong to (or your key’s own project).' })
  project(@Arg('id', () => ID, { description: 'The id.' }) id: string, @Ctx() ctx: Context) {
    return findVisibleProjectRecord(ctx, id);
  }

  @Mutation(() => CreateProjectPayload, {
    description: 'Create a project (you become its OWNER) and its default key, whose secret is returned once.',
  })
  createProject(
    @Arg('input', () => CreateProjectInput, { description: 'The input; see its type for each field.' })
    input: CreateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return createProject(ctx, input);
  }

  @Mutation(() => ProjectObject, {
    description: 'Rename a project (needs projects:write); its plan only for instance administrators.',
  })
  updateProject(
    @Arg('input', () => UpdateProjectInput, { description: 'The input; see its type for each field.' })
    input: UpdateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return updateProject(ctx, input);
  }

  @Mutation(() => ProjectObject, {
    description: 'Set a project’s plan: instance administrators only (LATCHKEY_ADMIN_EMAILS), for any project.',
  })
  setProjectPlan(
    @Arg('input', () => SetProjectPlanInput, { description: 'The input; see its type for each field.' })
    input: SetProjectPlanInput,
    @Ctx() ctx: Context,
  ) {
    return setProjectPlan(ctx, input);
  }

  @FieldResolver(() => PlanLimitsObject, { description: 'What the plan allows.' })
  limits(@Root() project: Project) {
    return limitsOf(project.plan);
  }

  @FieldResolver(() => Int, {
    description:
      'Keys that count toward the plan’s key limit (`limits.maxKeys`), so a client can show the limit before it is hit.',
  })
  keyCount(@Root() project: Project, @Ctx() ctx: Context): Promise<number> {
    return countActiveKeys(ctx.em, project.id);
  }

  @FieldResolver(() => RoleEnum, { nullable: true, description: 'The signed-in user’s role here (null for keys).' })
  viewerRole(@Root() project: Project, @Ctx() ctx: Context): Promise<Role | null> {
    return ctx.access.roleIn(project.id);
  }

  @FieldResolver(() => ApiKeyConnection.Connection, {
    nullable: true,
    description: 'The project’s keys, newest first (needs keys:read; null with a FORBIDDEN error without it).',
  })
  async apiKeys(@Root() project: Project, @Args(() => ApiKeysArgs) args: ApiKeysArgs, @Ctx() ctx: Context) {
    return toConnection(await listApiKeys(ctx, project.id, args));
  }

  @FieldResolver(() => [MembershipObject], {
    nullable: true,
    description: 'Members and their roles (needs members:read; null with a FORBIDDEN error without it).',
  })
  members(@Root() project: Project, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.loaders.membersOfProject.load(project.id);
  }

  @FieldResolver(() => AuditEventConnection.Connection, {
    nullable: true,
    description: 'The audit log, newest first (needs audit:read; null with a FORBIDDEN error without it).',
  })
  async auditEvents(@Root() project: Project, @Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: Context) {
    return toConnection(await listAuditEvents(ctx, { projectId: project.id, ...args }));
  }
}
