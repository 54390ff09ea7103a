import type { DomainModule } from '../module.js';
import { AuditEvent } from './audit.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { auditRules } from './audit.rules.js';

/** The audit log of every change. */
export const auditModule: DomainModule = {
  name: 'audit',
  resolvers: [AuditResolver],
  rules: auditRules,
  entities: [AuditEvent],
};
