import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { registerEnum } from '../../shared/graphql-types.js';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from './membership-status.js';
import { ROLES, type Role } from './roles.js';

export const RoleEnum = registerEnum(ROLES, 'Role', "A member's role in a project; roles map to scopes.", {
  OWNER: 'Every scope; only owners make or remove owners.',
  ADMIN: 'Every scope, but cannot remove owners.',
  DEVELOPER: 'projects:read, keys:write, keys:verify, usage:read, audit:read, members:read, webhooks:read.',
  VIEWER: 'Every read scope.',
});

export const MembershipStatusEnum = registerEnum(
  MEMBERSHIP_STATUSES,
  'MembershipStatus',
  'Whether a membership is a pending invitation or in force.',
  {
    INVITED: 'Invited: grants nothing until the invitee accepts (acceptInvitation) or declines it.',
    ACTIVE: 'A member: the role’s scopes apply.',
  },
);

@ObjectType('Membership', {
  description:
    'A user’s membership of a project, or an invitation to it (status INVITED) that grants nothing until accepted.',
})
export class MembershipObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => RoleEnum, { description: 'Role in the project (once the invitation is accepted).' })
  role!: Role;

  @Field(() => MembershipStatusEnum, { description: 'INVITED until the invitee accepts, then ACTIVE.' })
  status!: MembershipStatus;

  @Field(() => [String], { description: 'Scopes the role grants.' })
  scopes!: string[];

  @Field(() => DateTimeResolver, {
    description: 'When the invitation was sent (for the project’s creator: when the project was created).',
  })
  createdAt!: Date;
}

@ObjectType('Invitation', { description: 'A pending invitation of the signed-in user to a project.' })
export class InvitationObject {
  @Field(() => ID, { description: 'The project; pass it to acceptInvitation or declineInvitation.' })
  projectId!: string;

  @Field(() => String, { description: 'The project’s name.' })
  projectName!: string;

  @Field(() => RoleEnum, { description: 'The role accepting gives.' })
  role!: Role;

  @Field(() => [String], { description: 'Scopes the role grants.' })
  scopes!: string[];

  @Field(() => DateTimeResolver, { description: 'When the invitation was sent.' })
  invitedAt!: Date;
}

@InputType({
  description:
    'Invite someone to a project by email. The answer is the same whether or not the email has an account: an invitation to an unknown email waits for its sign-up.',
})
export class AddMemberInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: 'Email of the person to invite (signed up or not).' })
  email!: string;

  @Field(() => RoleEnum, { description: 'Their role once they accept; you can grant only what you hold.' })
  role!: Role;
}

@InputType({ description: 'Change a member’s role.' })
export class UpdateMemberRoleInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => ID, { description: 'The member’s user id.' })
  userId!: string;

  @Field(() => RoleEnum, { description: 'The new role.' })
  role!: Role;
}

@InputType({ description: 'Remove a member, or withdraw an invitation: give exactly one of userId and email.' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => ID, { nullable: true, description: 'The member’s (or a signed-up invitee’s) user id.' })
  userId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The member’s or invitee’s email: the only handle of an invitation to an email without an account.',
  })
  email?: string | null;
}
