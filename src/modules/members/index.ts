import type { DomainModule } from '../module.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { MembersResolver } from './members.resolver.js';
import { membersRules } from './members.rules.js';

/** Members of projects, their roles, and invitations (the Membership entity is the projects module's). */
export const membersModule: DomainModule = {
  name: 'members',
  resolvers: [MembersResolver, InvitationsResolver],
  rules: membersRules,
};
