import { argument, inputField, isAuthenticated, isUserSession, projectScope } from '../../shared/permissions.js';
import { allow } from '../../shared/shield.js';
import type { Project } from './projects.entity.js';

const ofParent = (parent: unknown) => (parent as Project).id;

export const projectsRules = {
  Query: {
    projects: isUserSession,
    // A key reads its own project with projects:read; a member reads any project they belong to.
    project: projectScope('projects:read', argument('id')),
  },
  Mutation: {
    createProject: isUserSession,
    updateProject: projectScope('projects:write', inputField('id')),
  },
  Project: {
    // Plain fields: the project was reached through a guarded parent (project, projects, viewer).
    '*': isAuthenticated,
    apiKeys: projectScope('keys:read', ofParent),
    members: projectScope('members:read', ofParent),
    auditEvents: projectScope('audit:read', ofParent),
  },
  PlanLimits: { '*': allow },
  CreateProjectPayload: { '*': allow },
  ApiKeyConnection: { '*': allow },
  ApiKeyEdge: { '*': allow },
  AuditEventConnection: { '*': allow },
  AuditEventEdge: { '*': allow },
  PageInfo: { '*': allow },
};
