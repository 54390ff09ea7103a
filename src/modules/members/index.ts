import type { DomainModule } from '../module.js';
import { membersRules } from './members.rules.js';

/** Members of projects, their roles, and invitations (the Membership entity is the projects module's). */
export const membersModule: DomainModule = {
  name: 'members',
  resolvers: async () => {
    const { InvitationsResolver } = await import('./invitations.resolver.js');
    const { MembersResolver } = await import('./members.resolver.js');
    return [MembersResolver, InvitationsResolver];
  },
  rules: membersRules,
};
