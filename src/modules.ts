/**
 * The domain modules of Latchkey. The schema (src/graphql/schema.ts), the ORM (src/database.ts)
 * and the worker runner (src/worker.ts) take everything from this list.
 */
import 'reflect-metadata';
import { apiKeysModule } from './modules/api-keys/index.js';
import { auditModule } from './modules/audit/index.js';
import { deploymentModule } from './modules/deployment/index.js';
import { eventsModule } from './modules/events/index.js';
import { keyExpiryModule } from './modules/key-expiry/index.js';
import { leaksModule } from './modules/leaks/index.js';
import { membersModule } from './modules/members/index.js';
import type { DomainModule } from './modules/module.js';
import { permissionsModule } from './modules/permissions/index.js';
import { personalTokensModule } from './modules/personal-tokens/index.js';
import { projectsModule } from './modules/projects/index.js';
import { scopesModule } from './modules/scopes/index.js';
import { usageModule } from './modules/usage/index.js';
import { usersModule } from './modules/users/index.js';
import { webhooksModule } from './modules/webhooks/index.js';

export const MODULES: readonly DomainModule[] = [
  usersModule,
  projectsModule,
  membersModule,
  apiKeysModule,
  permissionsModule,
  auditModule,
  scopesModule,
  usageModule,
  keyExpiryModule,
  deploymentModule,
  eventsModule,
  webhooksModule,
  personalTokensModule,
  leaksModule,
];
