import { useState } from 'react';
import { execute } from '../api/client';
import { useQuery } from '../api/use-query';
import { Badge, ErrorNotice } from '../components/feedback';
import { formatDate } from '../format';
import { graphql } from '../gql';

const ViewerInvitationsQuery = graphql(`
  query ViewerInvitations {
    viewer {
      invitations {
        projectId
        projectName
        role
        invitedAt
      }
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($projectId: ID!) {
    acceptInvitation(projectId: $projectId) {
      id
      status
    }
  }
`);

const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($projectId: ID!) {
    declineInvitation(projectId: $projectId)
  }
`);

/**
 * The signed-in person's pending invitations, each with Accept and Decline. Nothing is shown
 * when there are none. `onAccepted` lets the page reload its project list.
 */
export function InvitationsNotice({ onAccepted }: { onAccepted: () => void }) {
  const invitations = useQuery(ViewerInvitationsQuery, {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const answer = async (projectId: string, accept: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      if (accept) await execute(AcceptInvitationMutation, { projectId });
      else await execute(DeclineInvitationMutation, { projectId });
      invitations.reload();
      if (accept) onAccepted();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const list = invitations.data?.viewer.invitations ?? [];
  if (list.length === 0 && !error) return null;
  return (
    <section className="card invitations" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <ErrorNotice error={error} />
      <ul className="project-list">
        {list.map((invitation) => (
          <li key={invitation.projectId} className="notice notice-quiet" data-testid="invitation">
            <span>
              You are invited to <strong>{invitation.projectName}</strong> as{' '}
              <Badge>{invitation.role.toLowerCase()}</Badge>{' '}
              <span className="muted">since {formatDate(invitation.invitedAt)}</span>
            </span>
            <span className="button-row">
              <button
                type="button"
                className="button button-small button-primary"
                disabled={busy}
                aria-label={`Accept the invitation to ${invitation.projectName}`}
                onClick={() => answer(invitation.projectId, true)}
              >
                Accept
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                aria-label={`Decline the invitation to ${invitation.projectName}`}
                onClick={() => answer(invitation.projectId, false)}
              >
                Decline
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
