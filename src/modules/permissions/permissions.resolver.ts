import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Project } from '../projects/projects.entity.js';
import { ProjectObject } from '../projects/projects.types.js';
import type { Permission } from './permissions.entity.js';
import {
  createPermission,
  deletePermission,
  keyCounts,
  listPermissions,
  updatePermission,
} from './permissions.service.js';
import {
  CreatePermissionInput,
  DeletePermissionInput,
  DeletePermissionPayload,
  PermissionObject,
  UpdatePermissionInput,
} from './permissions.types.js';

@Resolver(() => PermissionObject)
export class PermissionsResolver {
  @Mutation(() => PermissionObject, {
    description: "Add a permission to the project's own API (needs permissions:write). Audited.",
  })
  createPermission(
    @Arg('input', () => CreatePermissionInput, { description: 'The input; see its type for each field.' })
    input: CreatePermissionInput,
    @Ctx() ctx: Context,
  ) {
    return createPermission(ctx, input);
  }

  @Mutation(() => PermissionObject, {
    description:
      'Change a permission’s description or implications (needs permissions:write); keys see the change on their next request. Audited.',
  })
  updatePermission(
    @Arg('input', () => UpdatePermissionInput, { description: 'The input; see its type for each field.' })
    input: UpdatePermissionInput,
    @Ctx() ctx: Context,
  ) {
    return updatePermission(ctx, input);
  }

  @Mutation(() => DeletePermissionPayload, {
    description:
      'Delete a permission (needs permissions:write): CONFLICT while keys hold it, unless force takes it from them. Audited.',
  })
  deletePermission(
    @Arg('input', () => DeletePermissionInput, { description: 'The input; see its type for each field.' })
    input: DeletePermissionInput,
    @Ctx() ctx: Context,
  ) {
    return deletePermission(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'How many live keys hold it directly.' })
  async keyCount(@Root() permission: Permission, @Ctx() ctx: Context): Promise<number> {
    return (await keyCounts(ctx.em, permission.project, [permission.name])).get(permission.name) ?? 0;
  }
}

@Resolver(() => ProjectObject)
export class ProjectPermissionsResolver {
  @FieldResolver(() => [PermissionObject], {
    description: "The permissions of the project's own API, by name (needs permissions:read).",
  })
  permissions(@Root() project: Project, @Ctx() ctx: Context): Promise<Permission[]> {
    return listPermissions(ctx.em, project.id);
  }
}
