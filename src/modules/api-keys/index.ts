import type { DomainModule } from '../module.js';
import { ApiKey } from './api-keys.entity.js';
import { apiKeysRules } from './api-keys.rules.js';

/** API keys: issue, rotate, restrict, deactivate, delete and verify. */
export const apiKeysModule: DomainModule = {
  name: 'api-keys',
  resolvers: async () => {
    const { ApiKeysResolver } = await import('./api-keys.resolver.js');
    return [ApiKeysResolver];
  },
  rules: apiKeysRules,
  entities: [ApiKey],
};
