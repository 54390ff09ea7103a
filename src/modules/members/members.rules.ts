import { inputField, isAuthenticated, projectScope } from '../../shared/permissions.js';

export const membersRules = {
  Mutation: {
    addMember: projectScope('members:write', inputField('projectId')),
    updateMemberRole: projectScope('members:write', inputField('projectId')),
    removeMember: projectScope('members:write', inputField('projectId')),
  },
  // Reached only through Project.members (members:read) or the member mutations.
  Membership: { '*': isAuthenticated },
};
