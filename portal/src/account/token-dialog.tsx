import { type FormEvent, useId, useState } from 'react';
import { execute } from '../api/client';
import { Dialog, FormActions, StoredAction } from '../components/dialog';
import { ErrorNotice } from '../components/feedback';
import { SecretReveal } from '../components/secret';
import { ScopePicker } from '../keys/scope-picker';
import type { CatalogScope } from '../keys/scopes';
import { CreatePersonalTokenMutation } from './documents';

const DAY_MS = 24 * 3600 * 1000;
/** The server refuses anything later (DESIGN.md section 15). */
export const MAX_TOKEN_DAYS = 366;

type TokenExpiry = '7' | '30' | '90' | '366' | 'date';

function isoDay(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The expiry to send: a number of days from now, or the end of a chosen day in the person's time zone. */
export function tokenExpiresAt(choice: TokenExpiry, date: string, now = Date.now()): string | null {
  if (choice !== 'date') return new Date(now + Number(choice) * DAY_MS).toISOString();
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 23, 59, 59).toISOString();
}

const TOKEN_WARNING = (
  <>
    <strong>Copy this token now.</strong> It is shown only this once: Latchkey stores only a hash of it. It acts as you
    in its projects, so keep it like a password: in a secret manager or your CLI’s config, never in source code.
  </>
);

export function CreateTokenDialog({
  catalog,
  projects,
  onClose,
  onCreated,
}: {
  catalog: readonly CatalogScope[];
  projects: readonly { id: string; name: string }[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  const [allProjects, setAllProjects] = useState(true);
  const [projectIds, setProjectIds] = useState<Set<string>>(new Set());
  const [expiry, setExpiry] = useState<TokenExpiry>('30');
  const [date, setDate] = useState('');
  const [missing, setMissing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const dateId = useId();
  const missingId = useId();
  const held = new Set(catalog.map((scope) => scope.name));
  const tomorrow = isoDay(new Date(Date.now() + DAY_MS));
  const latest = isoDay(new Date(Date.now() + (MAX_TOKEN_DAYS - 1) * DAY_MS));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (scopes.size === 0) return setMissing('Choose at least one scope.');
    if (!allProjects && projectIds.size === 0) return setMissing('Choose at least one project, or all projects.');
    const expiresAt = tokenExpiresAt(expiry, date);
    if (!expiresAt) return setMissing('Choose the day the token expires.');
    setMissing(undefined);
    setBusy(true);
    setError(undefined);
    try {
      const { createPersonalToken } = await execute(CreatePersonalTokenMutation, {
        input: { name: name.trim(), scopes: [...scopes], projectIds: allProjects ? [] : [...projectIds], expiresAt },
      });
      setCreated({ name: createPersonalToken.token.name, secret: createPersonalToken.secret });
      onCreated();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Dialog title={`Token “${created.name}” created`} onClose={onClose}>
        <SecretReveal secret={created.secret} label="Your new personal access token" warning={TOKEN_WARNING} />
        <p className="hint">
          Use it as <code>Authorization: Bearer &lt;token&gt;</code>, or run <code>latchkey login</code> and paste it.
        </p>
        <StoredAction onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title="Create a personal access token" onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <label>
          Name
          <input
            required
            maxLength={64}
            value={name}
            placeholder="e.g. laptop CLI, CI pipeline"
            onChange={(event) => setName(event.target.value)}
            data-autofocus
          />
        </label>
        <ScopePicker catalog={catalog} held={held} value={scopes} onChange={setScopes} />
        <p className="hint">In each project the token may do only what both these scopes and your role there allow.</p>
        <fieldset className="token-projects">
          <legend>Projects</legend>
          <label className="checkbox">
            <input type="checkbox" checked={allProjects} onChange={(event) => setAllProjects(event.target.checked)} />
            All my projects (including ones I join later)
          </label>
          {!allProjects &&
            (projects.length === 0 ? (
              <p className="hint">You are not a member of any project yet.</p>
            ) : (
              projects.map((project) => (
                <label key={project.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="project"
                    value={project.id}
                    checked={projectIds.has(project.id)}
                    onChange={() => {
                      const next = new Set(projectIds);
                      if (next.has(project.id)) next.delete(project.id);
                      else next.add(project.id);
                      setProjectIds(next);
                    }}
                  />
                  {project.name}
                </label>
              ))
            ))}
        </fieldset>
        <fieldset className="expiry">
          <legend>Expiry</legend>
          <select aria-label="Expiry" value={expiry} onChange={(event) => setExpiry(event.target.value as TokenExpiry)}>
            <option value="7">In 7 days</option>
            <option value="30">In 30 days</option>
            <option value="90">In 90 days</option>
            <option value="366">In 366 days (the longest allowed)</option>
            <option value="date">On a date…</option>
          </select>
          {expiry === 'date' && (
            <label htmlFor={dateId} className="inline-label">
              Expires at the end of
              <input
                id={dateId}
                type="date"
                required
                min={tomorrow}
                max={latest}
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            </label>
          )}
        </fieldset>
        <p className="hint">Every token expires: at most {MAX_TOKEN_DAYS} days from now.</p>
        {missing && (
          <p id={missingId} className="field-error" role="alert">
            {missing}
          </p>
        )}
        <ErrorNotice error={error} />
        <FormActions label="Create token" busyLabel="Creating…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
