import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Scope } from './scopes.entity.js';
import { ScopeObject } from './scopes.types.js';

@Resolver(() => ScopeObject)
export class ScopesResolver {
  @Query(() => [ScopeObject], { description: 'The catalog of scopes, with what each grants and implies.' })
  async scopes(@Ctx() ctx: Context): Promise<Scope[]> {
    const rows = await ctx.em.find(Scope, {}, { orderBy: { position: 'asc' } });
    for (const row of rows) ctx.loaders.scope.prime(row.name, row);
    return rows;
  }
}
