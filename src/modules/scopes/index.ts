import type { EntityManager } from '../../shared/orm.js';
import type { DomainModule } from '../module.js';
import { SCOPE_CATALOG } from './scopes.catalog.js';
import { Scope } from './scopes.entity.js';
import { scopesRules } from './scopes.rules.js';

/** Makes the `scopes` table hold exactly the catalog of scopes.catalog.ts. */
async function syncScopeCatalog(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.nativeDelete(Scope, { name: { $nin: SCOPE_CATALOG.map((scope) => scope.name) } });
    for (const [position, scope] of SCOPE_CATALOG.entries()) {
      await tx.upsert(Scope, {
        name: scope.name,
        description: scope.description,
        implies: [...scope.implies],
        position,
      });
    }
  });
}

/** The scope catalog of Latchkey's own API. */
export const scopesModule: DomainModule = {
  name: 'scopes',
  resolvers: async () => {
    const { ScopesResolver } = await import('./scopes.resolver.js');
    return [ScopesResolver];
  },
  rules: scopesRules,
  entities: [Scope],
  afterMigrations: syncScopeCatalog,
};
