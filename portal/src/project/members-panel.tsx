import { type FormEvent, useState } from 'react';
import { execute } from '../api/client';
import { useQuery } from '../api/use-query';
import { Dialog } from '../components/dialog';
import { Badge, ErrorNotice, Loading } from '../components/feedback';
import { formatDate } from '../format';
import type { Role } from '../gql/graphql';
import type { KeyContext } from '../keys/key-dialogs';
import { AddMemberMutation, ProjectMembersQuery, RemoveMemberMutation, UpdateMemberRoleMutation } from './documents';

export const ROLES: { value: Role; label: string }[] = [
  { value: 'OWNER', label: 'Owner: everything, including managing owners' },
  { value: 'ADMIN', label: 'Admin: everything but removing owners' },
  { value: 'DEVELOPER', label: 'Developer: manage keys, read usage and audit' },
  { value: 'VIEWER', label: 'Viewer: read only' },
];

export function MembersPanel({ context, onChanged }: { context: KeyContext; onChanged: () => void }) {
  const members = useQuery(ProjectMembersQuery, { id: context.projectId });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('DEVELOPER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const canManage = context.held.has('members:write');
  // An invitation has no user to name (it does not tell whether its email has an account): it goes by email.
  const [removing, setRemoving] = useState<{ email: string; invited: boolean; userId: string | null }>();

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      members.reload();
      onChanged();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const added = await act(() =>
      execute(AddMemberMutation, { input: { projectId: context.projectId, email: email.trim(), role } }),
    );
    if (added) setEmail('');
  };

  const list = members.data?.project?.members;
  return (
    <section aria-labelledby="members-heading">
      <div className="section-header">
        <h2 id="members-heading">Members</h2>
      </div>
      {members.error ? <ErrorNotice error={members.error} onRetry={members.reload} /> : null}
      {!list && members.loading && <Loading label="Loading members…" />}
      <ErrorNotice error={error} />
      {list && (
        <div className="table-wrap">
          <table className="table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Joined</th>
                {canManage && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.user?.name ?? <span className="muted">pending</span>}</th>
                  <td data-label="Email">{member.email}</td>
                  <td data-label="Role">
                    {canManage && member.user ? (
                      <select
                        aria-label={`Role of ${member.email}`}
                        value={member.role}
                        disabled={busy}
                        onChange={(event) =>
                          act(() =>
                            execute(UpdateMemberRoleMutation, {
                              input: {
                                projectId: context.projectId,
                                userId: member.user?.id ?? '',
                                role: event.target.value as Role,
                              },
                            }),
                          )
                        }
                      >
                        {ROLES.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.value.toLowerCase()}
                          </option>
                        ))}
                      </select>
                    ) : (
                      member.role.toLowerCase()
                    )}
                  </td>
                  <td data-label="Status">
                    {member.status === 'INVITED' ? (
                      <Badge tone="amber">invited</Badge>
                    ) : (
                      <Badge tone="green">member</Badge>
                    )}
                  </td>
                  <td data-label="Joined">
                    {member.joinedAt ? (
                      formatDate(member.joinedAt)
                    ) : (
                      <span className="muted">invited {formatDate(member.createdAt)}</span>
                    )}
                  </td>
                  {canManage && (
                    <td data-label="Actions">
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        disabled={busy}
                        aria-label={`${member.status === 'INVITED' ? 'Withdraw the invitation of' : 'Remove'} ${member.email}`}
                        onClick={() =>
                          setRemoving({
                            email: member.email,
                            invited: member.status === 'INVITED',
                            userId: member.user?.id ?? null,
                          })
                        }
                      >
                        {member.status === 'INVITED' ? 'Withdraw' : 'Remove'}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removing && (
        <Dialog
          title={removing.invited ? `Withdraw the invitation of ${removing.email}?` : `Remove ${removing.email}?`}
          onClose={() => setRemoving(undefined)}
        >
          <p>
            {removing.invited
              ? 'The invitation disappears; you can invite them again later.'
              : 'They lose access to this project at once. Keys they created keep working.'}
          </p>
          <ErrorNotice error={error} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setRemoving(undefined)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={async () => {
                const removed = await act(() =>
                  execute(RemoveMemberMutation, {
                    input: removing.userId
                      ? { projectId: context.projectId, userId: removing.userId }
                      : { projectId: context.projectId, email: removing.email },
                  }),
                );
                if (removed) setRemoving(undefined);
              }}
            >
              {removing.invited ? 'Withdraw invitation' : 'Remove member'}
            </button>
          </div>
        </Dialog>
      )}
      {canManage && (
        <form className="card form form-inline" onSubmit={add} aria-labelledby="add-member">
          <h3 id="add-member">Invite a member</h3>
          <p className="hint">
            They join once they accept the invitation from their projects page (after signing up, if they have no
            account yet).
          </p>
          <label>
            Email
            <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
          </label>
          <label>
            Role
            <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button-primary" disabled={busy}>
            Invite
          </button>
        </form>
      )}
    </section>
  );
}
