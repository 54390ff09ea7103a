import type { DomainModule } from '../module.js';
import { AuditEvent } from './audit.entity.js';
import { auditRules } from './audit.rules.js';

/** The audit log of every change. */
export const auditModule: DomainModule = {
  name: 'audit',
  resolvers: async () => {
    const { AuditResolver } = await import('./audit.resolver.js');
    return [AuditResolver];
  },
  rules: auditRules,
  entities: [AuditEvent],
};
