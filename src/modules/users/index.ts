import type { DomainModule } from '../module.js';
import { Session, User } from './users.entity.js';
import { usersRules } from './users.rules.js';

/** Accounts, passwords and sessions. */
export const usersModule: DomainModule = {
  name: 'users',
  resolvers: async () => {
    const { UsersResolver } = await import('./users.resolver.js');
    return [UsersResolver];
  },
  rules: usersRules,
  entities: [User, Session],
};
