import { inputField, isAuthenticated, isUserSession, projectScope } from '../../auth/guards.js';
import { allow } from '../../shared/shield.js';

export const membersRules = {
  Mutation: {
    addMember: projectScope('members:write', inputField('projectId')),
    updateMemberRole: projectScope('members:write', inputField('projectId')),
    removeMember: projectScope('members:write', inputField('projectId')),
    // The invitee's own invitation; the service answers NOT_FOUND when there is none.
    acceptInvitation: isUserSession,
    declineInvitation: isUserSession,
  },
  // Reached only through Viewer.invitations: the caller's own invitations.
  Invitation: { '*': allow },
  // Reached only through Project.members (members:read), the member mutations or the caller's own acceptInvitation.
  Membership: { '*': isAuthenticated },
};
