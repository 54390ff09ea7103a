import { type FormEvent, useId, useState } from 'react';
import {
  AccountQuery,
  ChangePasswordMutation,
  DeleteAccountMutation,
  RevokePersonalTokenMutation,
  RevokeSessionMutation,
} from '../account/documents';
import { CreateTokenDialog } from '../account/token-dialog';
import { execute } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmit } from '../api/use-submit';
import { Dialog, FormActions } from '../components/dialog';
import { Badge, EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { formatAddress, formatDate, formatDateTime, formatRelative } from '../format';
import type { AccountQuery as AccountData } from '../gql/graphql';
import { navigate } from '../router';
import { useSession } from '../session';

type Token = AccountData['viewer']['personalTokens'][number];
type Session = AccountData['viewer']['sessions'][number];

/** The account page: personal access tokens, sessions, password, and deleting the account. */
export function AccountPage() {
  const account = useQuery(AccountQuery, {});
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token>();
  const data = account.data;
  return (
    <section className="page">
      <div className="page-header">
        <h1>Account</h1>
        {data?.viewer.user && <p className="muted">{data.viewer.user.email}</p>}
      </div>
      {account.error ? <ErrorNotice error={account.error} onRetry={account.reload} /> : null}
      {!data && account.loading && <Loading label="Loading your account…" />}
      {data && (
        <>
          <section className="card account-section" aria-labelledby="tokens-heading">
            <div className="section-header">
              <h2 id="tokens-heading">Personal access tokens</h2>
              <div className="section-actions">
                <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
                  Create token
                </button>
              </div>
            </div>
            <p className="hint">
              For scripts, CI and the <code>latchkey</code> CLI: a token acts as you, in the projects you choose, with
              what both its scopes and your role allow. Tokens cannot manage your account.
            </p>
            <TokensTable tokens={data.viewer.personalTokens} projects={data.projects} onRevoke={setRevoking} />
          </section>
          <SessionsSection sessions={data.viewer.sessions} onChanged={account.reload} />
          <ChangePasswordSection onChanged={account.reload} />
          <DangerZone email={data.viewer.user?.email ?? ''} />
          {creating && (
            <CreateTokenDialog
              catalog={data.scopes}
              projects={data.projects}
              onClose={() => setCreating(false)}
              onCreated={account.reload}
            />
          )}
          {revoking && (
            <RevokeTokenDialog
              token={revoking}
              onClose={() => setRevoking(undefined)}
              onRevoked={() => {
                setRevoking(undefined);
                account.reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function TokensTable({
  tokens,
  projects,
  onRevoke,
}: {
  tokens: readonly Token[];
  projects: readonly { id: string; name: string }[];
  onRevoke: (token: Token) => void;
}) {
  if (tokens.length === 0) {
    return (
      <EmptyState title="No personal access tokens">
        <p>Create one to use the API or the CLI from a terminal.</p>
      </EmptyState>
    );
  }
  const projectName = (id: string) => projects.find((project) => project.id === id)?.name ?? 'a project you left';
  return (
    <div className="table-wrap">
      <table className="table stack-on-phone">
        <caption className="visually-hidden">Your personal access tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Scopes</th>
            <th scope="col">Projects</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row" data-label="Name">
                {token.name}
              </th>
              <td data-label="Token">
                <code>{token.preview}</code>
              </td>
              <td data-label="Scopes">
                <span className="badge-list">
                  {token.scopes.map((scope) => (
                    <Badge key={scope}>{scope}</Badge>
                  ))}
                </span>
              </td>
              <td data-label="Projects">
                {token.projectIds.length === 0 ? 'All' : token.projectIds.map(projectName).join(', ')}
              </td>
              <td data-label="Expires">
                {token.expired ? <Badge tone="red">expired</Badge> : formatDate(token.expiresAt)}
              </td>
              <td data-label="Last used" title={formatDateTime(token.lastUsedAt)}>
                {token.lastUsedAt ? formatRelative(token.lastUsedAt) : 'never'}
              </td>
              <td>
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  aria-label={`Revoke token ${token.name}`}
                  onClick={() => onRevoke(token)}
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RevokeTokenDialog({
  token,
  onClose,
  onRevoked,
}: {
  token: Token;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const { busy, error, run } = useSubmit();
  return (
    <Dialog title={`Revoke token “${token.name}”?`} onClose={onClose}>
      <p>
        Scripts and CLIs using <code>{token.preview}</code> are refused from their next request. This cannot be undone.
      </p>
      <ErrorNotice error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await execute(RevokePersonalTokenMutation, { id: token.id });
              onRevoked();
            })
          }
        >
          {busy ? 'Revoking…' : 'Revoke token'}
        </button>
      </div>
    </Dialog>
  );
}

function SessionsSection({ sessions, onChanged }: { sessions: readonly Session[]; onChanged: () => void }) {
  const { busy, error, run } = useSubmit();
  const { logOut } = useSession();
  const revoke = (session: Session) =>
    run(async () => {
      await execute(RevokeSessionMutation, { id: session.id });
      if (session.current) {
        await logOut().catch(() => undefined);
        navigate('/login');
      } else {
        onChanged();
      }
    });
  return (
    <section className="card account-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <p className="hint">Browsers and scripts signed in as you. Revoking one signs it out at once.</p>
      <ErrorNotice error={error} />
      <div className="table-wrap">
        <table className="table stack-on-phone">
          <caption className="visually-hidden">Your sessions</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row" data-label="Client">
                  {session.userAgent ? (
                    <span title={session.userAgent}>{shortAgent(session.userAgent)}</span>
                  ) : (
                    'Unknown'
                  )}{' '}
                  {session.current && <Badge tone="green">this session</Badge>}
                </th>
                <td data-label="Address">{formatAddress(session.clientAddress)}</td>
                <td data-label="Signed in">{formatDateTime(session.createdAt)}</td>
                <td data-label="Expires">{formatDate(session.expiresAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small button-danger-outline"
                    disabled={busy}
                    aria-label={
                      session.current
                        ? 'Log out this session'
                        : `Revoke the session from ${formatDateTime(session.createdAt)}`
                    }
                    onClick={() => revoke(session)}
                  >
                    {session.current ? 'Log out' : 'Revoke'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A readable client name from a User-Agent: the browser and system, else its first words. */
function shortAgent(agent: string): string {
  const browser = /(Firefox|Edg|Chrome|Safari|curl|node)[/ ]/.exec(agent)?.[1];
  const system = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(agent)?.[1];
  if (browser)
    return [browser === 'Edg' ? 'Edge' : browser, system && `on ${system.replace('Mac OS X', 'macOS')}`]
      .filter(Boolean)
      .join(' ');
  return agent.slice(0, 40);
}

function ChangePasswordSection({ onChanged }: { onChanged: () => void }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit();
  const mismatchId = useId();
  const mismatch = confirm.length > 0 && confirm !== newPassword;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setDone(false);
    void run(async () => {
      await execute(ChangePasswordMutation, { input: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
      setConfirm('');
      setDone(true);
      onChanged();
    });
  };
  return (
    <form className="card form account-section" onSubmit={submit} aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <label>
        Current password
        <input
          type="password"
          required
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
      </label>
      <label>
        New password
        <input
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
      </label>
      <p className="hint">At least 12 characters, and not easy to guess: a phrase of several uncommon words works.</p>
      <label>
        Repeat the new password
        <input
          type="password"
          required
          autoComplete="new-password"
          value={confirm}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? mismatchId : undefined}
          onChange={(event) => setConfirm(event.target.value)}
        />
      </label>
      {mismatch && (
        <p id={mismatchId} className="field-error">
          The two new passwords differ.
        </p>
      )}
      <ErrorNotice error={error} />
      {done && (
        <div className="notice notice-ok" role="status">
          Password changed. Your other sessions were signed out.
        </div>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}

function DangerZone({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card account-section danger-zone" aria-labelledby="danger-heading">
      <h2 id="danger-heading">Danger zone</h2>
      <p>
        Deleting your account removes your memberships, personal access tokens and sessions. Projects you are the only
        owner of must get another owner, or be deleted, first.
      </p>
      <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
        Delete my account…
      </button>
      {open && <DeleteAccountDialog email={email} onClose={() => setOpen(false)} />}
    </section>
  );
}

function DeleteAccountDialog({ email, onClose }: { email: string; onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();
  const { refresh } = useSession();
  const confirmed = typed.trim().toLowerCase() === email.toLowerCase();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    void run(async () => {
      await execute(DeleteAccountMutation, { input: { password } });
      refresh();
      navigate('/login');
    });
  };
  return (
    <Dialog title="Delete your account?" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <div className="notice notice-error" role="note">
          This cannot be undone. Your memberships, tokens and sessions are removed at once.
        </div>
        <label>
          <span>
            Type your email, <strong>{email}</strong>, to confirm
          </span>
          <input
            required
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            data-autofocus
          />
        </label>
        <label>
          Password
          <input
            type="password"
            required
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <ErrorNotice error={error} />
        <FormActions
          label="Delete my account"
          busyLabel="Deleting…"
          busy={busy}
          onCancel={onClose}
          danger
          disabled={!confirmed}
        />
      </form>
    </Dialog>
  );
}
