import { projectScope } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';
import { canReadKeyUsage } from '../api-keys/api-keys.rules.js';
import type { Project } from '../projects/projects.entity.js';

const ofParentProject = (parent: unknown) => (parent as Project).id;

export const usageRules = {
  Project: { usage: projectScope('usage:read', ofParentProject) },
  // A key reads its own usage and activity without any scope (the partner self view).
  ApiKey: { usage: canReadKeyUsage, recentActivity: canReadKeyUsage },
  // Viewer.rateLimit is covered by Viewer '*': it is the caller's own window.
  // Reached only through the guarded fields above.
  UsageReport: { '*': allow },
  UsageStat: { '*': allow },
  UsageTotals: { '*': allow },
  Activity: { '*': allow },
  ActivityConnection: { '*': allow },
  ActivityEdge: { '*': allow },
};
