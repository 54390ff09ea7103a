import { projectScope } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import type { Project } from '../projects/projects.entity.js';

export const leaksRules = {
  // Anyone may report a key: the service limits it per address and answers the same every time.
  Mutation: { reportLeakedKey: allow },
  ApiKey: { leaks: projectScope('keys:read', (parent) => (parent as ApiKey).project, 'API key') },
  Project: { leakedKeys: projectScope('keys:read', (parent) => (parent as Project).id) },
  KeyLeak: { '*': allow },
  ReportLeakedKeyPayload: { '*': allow },
};
