import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { registerEnum } from '../../shared/graphql-types.js';
import { ROLES, type Role } from './roles.js';

export const RoleEnum = registerEnum(ROLES, 'Role', "A member's role in a project; roles map to scopes.", {
  OWNER: 'Every scope; only owners make or remove owners.',
  ADMIN: 'Every scope, but cannot remove owners.',
  DEVELOPER: 'projects:read, keys:write, keys:verify, usage:read, audit:read, members:read.',
  VIEWER: 'Every read scope.',
});

@ObjectType('Membership', { description: 'A user’s membership of a project.' })
export class MembershipObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => RoleEnum, { description: 'Role in the project.' })
  role!: Role;

  @Field(() => [String], { description: 'Scopes the role grants.' })
  scopes!: string[];

  @Field(() => DateTimeResolver, { description: 'When the user joined.' })
  createdAt!: Date;
}

@InputType({ description: 'Add an existing user to a project.' })
export class AddMemberInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: 'Email of a user who has signed up.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'Their role; you can grant only what you hold.' })
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

@InputType({ description: 'Remove a member from a project.' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => ID, { description: 'The member’s user id.' })
  userId!: string;
}
