/**
 * A membership is an invitation until the invitee accepts it (DESIGN.md section 6): only ACTIVE
 * memberships grant a role's scopes, count as owners or list the project for the user.
 */
export const MEMBERSHIP_STATUSES = ['INVITED', 'ACTIVE'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
