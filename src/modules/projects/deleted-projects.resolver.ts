import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeResolver } from '../../shared/date-time.js';
import { toConnection } from '../../shared/pagination.js';
import { listAuditEvents } from '../audit/audit.service.js';
import { AuditEventConnection } from '../audit/audit.types.js';
import { deleteProject, listDeletedProjects, purgeAtOf } from './project-deletion.service.js';
import type { Project } from './projects.entity.js';
import { AuditEventsArgs } from './projects.resolver.js';
import { DeletedProjectObject, DeleteProjectInput, DeleteProjectPayload } from './projects.types.js';

@Resolver(() => DeletedProjectObject)
export class DeletedProjectsResolver {
  @Mutation(() => DeleteProjectPayload, {
    description:
      'Delete a project (owners only; `confirmName` must be its name). Every key is refused at once and webhooks stop; the owners keep its audit log and usage for 30 days (`deletedProjects`), then it is purged.',
  })
  deleteProject(
    @Arg('input', () => DeleteProjectInput, { description: 'The project and its name, typed again.' })
    input: DeleteProjectInput,
    @Ctx() ctx: Context,
  ) {
    return deleteProject(ctx, input);
  }

  @Query(() => [DeletedProjectObject], {
    description: 'Projects you owned that were deleted in the last 30 days, newest first (user sessions only).',
  })
  deletedProjects(@Ctx() ctx: Context) {
    return listDeletedProjects(ctx);
  }

  @FieldResolver(() => DateTimeResolver, { description: 'When the audit log and usage are removed for good.' })
  purgeAt(@Root() project: Project): Date {
    return purgeAtOf(project.deletedAt as Date);
  }

  @FieldResolver(() => AuditEventConnection.Connection, {
    description: 'The audit log, newest first, as it stood when the project was deleted (and its deletion).',
  })
  async auditEvents(@Root() project: Project, @Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: Context) {
    return toConnection(await listAuditEvents(ctx, { projectId: project.id, ...args }));
  }
}
