import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import type { Membership } from '../projects/projects.entity.js';
import { ProjectObject } from '../projects/projects.types.js';
import { sortScopes } from '../scopes/scopes.catalog.js';
import { UserObject } from '../users/users.types.js';
import { addMember, removeMember, updateMemberRole } from './members.service.js';
import { AddMemberInput, MembershipObject, RemoveMemberInput, UpdateMemberRoleInput } from './members.types.js';
import { ROLE_SCOPES } from './roles.js';

@Resolver(() => MembershipObject)
export class MembersResolver {
  @Mutation(() => MembershipObject, {
    description: 'Add a signed-up user to a project with a role (needs members:write).',
  })
  addMember(
    @Arg('input', () => AddMemberInput, { description: 'The input; see its type for each field.' })
    input: AddMemberInput,
    @Ctx() ctx: Context,
  ) {
    return addMember(ctx, input);
  }

  @Mutation(() => MembershipObject, {
    description: 'Change a member’s role (needs members:write; owners only for owners).',
  })
  updateMemberRole(
    @Arg('input', () => UpdateMemberRoleInput, { description: 'The input; see its type for each field.' })
    input: UpdateMemberRoleInput,
    @Ctx() ctx: Context,
  ) {
    return updateMemberRole(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Remove a member (needs members:write; the last owner cannot be removed).' })
  removeMember(
    @Arg('input', () => RemoveMemberInput, { description: 'The input; see its type for each field.' })
    input: RemoveMemberInput,
    @Ctx() ctx: Context,
  ) {
    return removeMember(ctx, input);
  }

  @FieldResolver(() => UserObject, { description: 'The member.' })
  user(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(membership.user);
  }

  @FieldResolver(() => ProjectObject, { description: 'The project.' })
  project(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(membership.project);
  }

  @FieldResolver(() => [String], { description: 'Scopes the role grants.' })
  scopes(@Root() membership: Membership): string[] {
    return sortScopes(ROLE_SCOPES[membership.role]);
  }
}
