import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** The stored copy of the scope catalog (kept in step with `scopes.catalog.ts` on start). */
export const Scope = defineEntity({
  name: 'Scope',
  tableName: 'scopes',
  properties: {
    name: p.string().length(64).primary(),
    description: p.string().length(500),
    implies: p.array().default([]),
    position: p.integer(),
  },
});
export type Scope = InferEntity<typeof Scope>;
