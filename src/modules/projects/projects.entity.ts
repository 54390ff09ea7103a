import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { ROLES } from '../members/roles.js';
import { User } from '../users/users.entity.js';
import { PLANS } from './plans.js';

export const Project = defineEntity({
  name: 'Project',
  tableName: 'projects',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    name: p.string().length(64),
    plan: p.enum(PLANS).default('FREE'),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Project = InferEntity<typeof Project>;

export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'memberships',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    project: () => p.manyToOne(Project).mapToPk(),
    user: () => p.manyToOne(User).mapToPk().index(),
    role: p.enum(ROLES),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['project', 'user'] }],
});
export type Membership = InferEntity<typeof Membership>;

/** A project's columns as a plain, read-only object (see `KeyRecord`): a key request's project. */
export type ProjectRecord = Readonly<Pick<Project, 'id' | 'name' | 'plan' | 'createdBy' | 'createdAt' | 'updatedAt'>>;
