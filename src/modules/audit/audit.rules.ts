import { isAuthenticated } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';

export const auditRules = {
  // Reached only through Project.auditEvents / ApiKey.auditEvents (audit:read).
  AuditEvent: { '*': isAuthenticated },
  Actor: { '*': allow },
};
