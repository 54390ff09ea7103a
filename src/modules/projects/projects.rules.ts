import {
  actsAsUser,
  argument,
  guard,
  inputField,
  isAuthenticated,
  isUserSession,
  projectScope,
} from '../../auth/guards.js';
import { forbidden } from '../../shared/errors.js';
import { allow } from '../../shared/shield.js';
import { assertOwnedDeletedProject } from './project-deletion.service.js';
import type { Project } from './projects.entity.js';
import { isAdministrator } from './projects.service.js';

/** Instance administrators only (a user session whose email is in LATCHKEY_ADMIN_EMAILS). */
const isInstanceAdministrator = guard('isInstanceAdministrator', (_parent, _args, ctx) => {
  if (!isAdministrator(ctx)) throw forbidden('Plans are set by the instance administrators (LATCHKEY_ADMIN_EMAILS).');
});

const ofParent = (parent: unknown) => (parent as Project).id;

/** What stays of a deleted project is read by its owners only (NOT_FOUND for anyone else). */
export const ownsDeletedProject = guard('ownsDeletedProject', (parent, _args, ctx) =>
  assertOwnedDeletedProject(ctx, ofParent(parent)),
);

export const projectsRules = {
  Query: {
    // A personal token lists the projects it may act in.
    projects: actsAsUser,
    deletedProjects: isUserSession,
    // A key reads its own project with projects:read; a member reads any project they belong to.
    project: projectScope('projects:read', argument('id')),
  },
  Mutation: {
    createProject: isUserSession,
    updateProject: projectScope('projects:write', inputField('id')),
    setProjectPlan: isInstanceAdministrator,
    // The service tells a non-member (NOT_FOUND) from a member who is no owner (FORBIDDEN).
    deleteProject: isUserSession,
  },
  Project: {
    // Plain fields: the project was reached through a guarded parent (project, projects, viewer).
    '*': isAuthenticated,
    apiKeys: projectScope('keys:read', ofParent),
    members: projectScope('members:read', ofParent),
    auditEvents: projectScope('audit:read', ofParent),
  },
  DeletedProject: { '*': ownsDeletedProject },
  DeleteProjectPayload: { '*': allow },
  PlanLimits: { '*': allow },
  CreateProjectPayload: { '*': allow },
  ApiKeyConnection: { '*': allow },
  ApiKeyEdge: { '*': allow },
  AuditEventConnection: { '*': allow },
  AuditEventEdge: { '*': allow },
  PageInfo: { '*': allow },
};
