import { Migration20261203061000_personal_tokens } from '../../migrations/Migration20261203061000_personal_tokens.js';
import { Migration20261203115927_personal_token_last_used } from '../../migrations/Migration20261203115927_personal_token_last_used.js';
import type { DomainModule } from '../module.js';
import { PersonalToken } from './personal-tokens.entity.js';
import { personalTokensRules } from './personal-tokens.rules.js';

/** Personal access tokens (`lk_pat_…`): a user's scoped, expiring credential for scripts and the CLI. */
export const personalTokensModule: DomainModule = {
  name: 'personal-tokens',
  resolvers: async () => {
    const { PersonalTokensResolver, ViewerPersonalTokensResolver } = await import('./personal-tokens.resolver.js');
    return [PersonalTokensResolver, ViewerPersonalTokensResolver];
  },
  rules: personalTokensRules,
  entities: [PersonalToken],
  migrations: [Migration20261203061000_personal_tokens, Migration20261203115927_personal_token_last_used],
};
