import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { PLANS } from '../../shared/plans.js';
import { MEMBERSHIP_STATUSES } from '../members/membership-status.js';
import { ROLES } from '../members/roles.js';
import { User } from '../users/users.entity.js';

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
    /**
     * Set by `deleteProject`: the project is gone for everyone but its owners, who read its audit
     * log and usage until the purge worker removes it (src/modules/projects/project-purge.worker.ts).
     */
    deletedAt: p.datetime().nullable(),
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
    /** Null while an invitation waits for its email to sign up (src/modules/members/invitations.service.ts). */
    user: () => p.manyToOne(User).mapToPk().index().nullable().deleteRule('no action'),
    role: p.enum(ROLES),
    /** INVITED grants nothing; ACTIVE once the invitee accepted (or for the project's creator). */
    status: p.enum(MEMBERSHIP_STATUSES).default('ACTIVE'),
    /** The email an invitation was sent to, lower-cased; null for the project's creator. */
    invitedEmail: p.string().length(320).nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** When the invitee accepted; null while invited and for the project's creator. */
    joinedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['project', 'user'] }, { properties: ['project', 'invitedEmail'] }],
});
export type Membership = InferEntity<typeof Membership>;

/** A project's columns as a plain, read-only object (see `KeyRecord`): a key request's project. */
export type ProjectRecord = Readonly<
  Pick<Project, 'id' | 'name' | 'plan' | 'createdBy' | 'createdAt' | 'updatedAt' | 'deletedAt'>
>;
