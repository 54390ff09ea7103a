import type { DomainModule } from '../module.js';
import { Session, User } from './users.entity.js';
import { usersRules } from './users.rules.js';

/** Accounts, passwords and sessions, and the account page's operations (account.service.ts). */
export const usersModule: DomainModule = {
  name: 'users',
  resolvers: async () => {
    const { UsersResolver } = await import('./users.resolver.js');
    const { AccountResolver, ViewerSessionsResolver } = await import('./account.resolver.js');
    return [UsersResolver, AccountResolver, ViewerSessionsResolver];
  },
  rules: usersRules,
  entities: [User, Session],
};
