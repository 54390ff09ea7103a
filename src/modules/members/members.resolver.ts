import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeResolver } from '../../shared/date-time.js';
import type { Membership } from '../projects/projects.entity.js';
import { ProjectObject } from '../projects/projects.types.js';
import { sortScopes } from '../scopes/scopes.catalog.js';
import type { User } from '../users/users.entity.js';
import { UserObject } from '../users/users.types.js';
import { addMember, removeMember, updateMemberRole } from './members.service.js';
import { AddMemberInput, MembershipObject, RemoveMemberInput, UpdateMemberRoleInput } from './members.types.js';
import { ROLE_SCOPES } from './roles.js';

@Resolver(() => MembershipObject)
export class MembersResolver {
  @Mutation(() => MembershipObject, {
    description:
      'Invite someone to a project by email with a role (needs members:write). The invitation grants nothing until they accept it; the answer is the same whether or not the email has an account. Already a member or invited: CONFLICT.',
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

  @Mutation(() => Boolean, {
    description:
      'Remove a member or withdraw an invitation, by userId or email (needs members:write; the last owner cannot be removed).',
  })
  removeMember(
    @Arg('input', () => RemoveMemberInput, { description: 'The input; see its type for each field.' })
    input: RemoveMemberInput,
    @Ctx() ctx: Context,
  ) {
    return removeMember(ctx, input);
  }

  @FieldResolver(() => UserObject, {
    nullable: true,
    description:
      'The member; null while the membership is an invitation, so an invitation does not tell whether its email has an account.',
  })
  user(@Root() membership: Membership, @Ctx() ctx: Context): Promise<User | null> | null {
    return membership.status === 'ACTIVE' && membership.user ? ctx.loaders.user.load(membership.user) : null;
  }

  @FieldResolver(() => String, {
    description: 'The member’s email, or the email an invitation was sent to (lower-cased).',
  })
  async email(@Root() membership: Membership, @Ctx() ctx: Context): Promise<string> {
    if (membership.status === 'INVITED' || !membership.user) return membership.invitedEmail ?? '';
    return (await ctx.loaders.user.load(membership.user))?.email ?? membership.invitedEmail ?? '';
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'When the member joined (accepted the invitation, or created the project); null while invited.',
  })
  joinedAt(@Root() membership: Membership): Date | null {
    return membership.status === 'ACTIVE' ? (membership.joinedAt ?? membership.createdAt) : null;
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
