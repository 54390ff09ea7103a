import { inputField, isAuthenticated, projectScope } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';
import type { Project } from '../projects/projects.entity.js';

const ofParent = (parent: unknown) => (parent as Project).id;

export const permissionsRules = {
  Mutation: {
    createPermission: projectScope('permissions:write', inputField('projectId')),
    // The service finds the permission's project and requires permissions:write there.
    updatePermission: isAuthenticated,
    deletePermission: isAuthenticated,
  },
  Project: {
    permissions: projectScope('permissions:read', ofParent),
  },
  // Reached only through Project.permissions (permissions:read) or the permission mutations.
  Permission: { '*': isAuthenticated },
  DeletePermissionPayload: { '*': allow },
};
