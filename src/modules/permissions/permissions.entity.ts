import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { Project } from '../projects/projects.entity.js';

/** A permission of a project's own API (DESIGN.md section 13): `bots:read`, `invoke:agents`. */
export const Permission = defineEntity({
  name: 'Permission',
  tableName: 'permissions',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    project: () => p.manyToOne(Project).mapToPk(),
    name: p.string().length(81),
    description: p.string().length(500).nullable(),
    /** Permissions this one grants directly (besides `<r>:write` ⇒ `<r>:read`); the closure is computed. */
    implies: p.array().default([]),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['project', 'name'] }],
});
export type Permission = InferEntity<typeof Permission>;
