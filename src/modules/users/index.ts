import type { DomainModule } from '../module.js';
import { Session, User } from './users.entity.js';
import { UsersResolver } from './users.resolver.js';
import { usersRules } from './users.rules.js';

/** Accounts, passwords and sessions. */
export const usersModule: DomainModule = {
  name: 'users',
  resolvers: [UsersResolver],
  rules: usersRules,
  entities: [User, Session],
};
