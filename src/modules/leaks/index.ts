import { Migration20261203061100_leaks_and_project_deletion } from '../../migrations/Migration20261203061100_leaks_and_project_deletion.js';
import type { DomainModule } from '../module.js';
import { KeyLeak } from './key-leaks.entity.js';
import { leaksRules } from './leaks.rules.js';

/**
 * Leaked keys (DESIGN.md section 15, docs/leaked-keys.md): GitHub's secret-scanning reports
 * (`POST /leaks/github`, src/http/github-leaks.ts), `reportLeakedKey`, and the reports on keys and
 * projects. The migration also holds project deletion's columns (src/modules/projects).
 */
export const leaksModule: DomainModule = {
  name: 'leaks',
  resolvers: async () => {
    const { KeyLeaksResolver, ProjectLeaksResolver } = await import('./leaks.resolver.js');
    return [KeyLeaksResolver, ProjectLeaksResolver];
  },
  rules: leaksRules,
  entities: [KeyLeak],
  migrations: [Migration20261203061100_leaks_and_project_deletion],
};
