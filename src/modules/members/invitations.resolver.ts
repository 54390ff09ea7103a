import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Membership } from '../projects/projects.entity.js';
import { sortScopes } from '../scopes/scopes.catalog.js';
import { ViewerObject } from '../users/users.types.js';
import { acceptInvitation, declineInvitation, type InvitationView, listInvitations } from './invitations.service.js';
import { InvitationObject, MembershipObject } from './members.types.js';
import { ROLE_SCOPES } from './roles.js';

/** The invitee's side: `viewer.invitations`, `acceptInvitation`, `declineInvitation`. */
@Resolver(() => ViewerObject)
export class InvitationsResolver {
  @FieldResolver(() => [InvitationObject], {
    description: 'Pending invitations of the signed-in user, oldest first (empty for an API key).',
  })
  async invitations(@Ctx() ctx: Context): Promise<InvitationObject[]> {
    const invitations: InvitationView[] = await listInvitations(ctx);
    return invitations.map((invitation) => ({ ...invitation, scopes: sortScopes(ROLE_SCOPES[invitation.role]) }));
  }

  @Mutation(() => MembershipObject, {
    description:
      'Accept your invitation to a project: you become a member with the invited role (user sessions only; NOT_FOUND without an invitation).',
  })
  acceptInvitation(
    @Arg('projectId', () => ID, { description: 'The project you are invited to.' }) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return acceptInvitation(ctx, projectId);
  }

  @Mutation(() => Boolean, {
    description: 'Decline your invitation to a project; it is removed (user sessions only).',
  })
  declineInvitation(
    @Arg('projectId', () => ID, { description: 'The project you are invited to.' }) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return declineInvitation(ctx, projectId);
  }
}
