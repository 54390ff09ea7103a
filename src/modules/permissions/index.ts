import type { DomainModule } from '../module.js';
import { Permission } from './permissions.entity.js';
import { permissionsRules } from './permissions.rules.js';

/** The permissions of each project's own API, which keys carry and verifyApiKey checks. */
export const permissionsModule: DomainModule = {
  name: 'permissions',
  resolvers: async () => {
    const { PermissionsResolver, ProjectPermissionsResolver } = await import('./permissions.resolver.js');
    return [PermissionsResolver, ProjectPermissionsResolver];
  },
  rules: permissionsRules,
  entities: [Permission],
};
