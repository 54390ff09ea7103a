import { type FormEvent, useId, useRef, useState } from 'react';
import { execute } from '../api/client';
import { ApiError } from '../api/errors';
import { useSubmit } from '../api/use-submit';
import { Dialog, FormActions } from '../components/dialog';
import { ErrorNotice } from '../components/feedback';
import { formatNumber } from '../format';
import type { PermissionFieldsFragment } from '../gql/graphql';
import { automaticImplication, impliedByOne, permissionNameProblem } from './catalog';
import { CreatePermissionMutation, DeletePermissionMutation, UpdatePermissionMutation } from './documents';

/**
 * Checkboxes for what a permission implies. `<r>:write` implies `<r>:read` by itself: that one is
 * shown ticked and locked, with the reason. The full closure is said below the boxes.
 */
function ImpliesPicker({
  name,
  catalog,
  value,
  onChange,
}: {
  /** The permission being edited (or created): it cannot imply itself. */
  name: string;
  catalog: readonly PermissionFieldsFragment[];
  value: ReadonlySet<string>;
  onChange: (value: Set<string>) => void;
}) {
  const others = catalog.filter((entry) => entry.name !== name);
  const automatic = automaticImplication(name, new Set(catalog.map((entry) => entry.name)));
  // The closure as it would be after saving, computed with this permission's new `implies`.
  const preview = [...catalog.filter((entry) => entry.name !== name), { name, description: null, implies: [...value] }];
  const closure = impliedByOne(preview, name);
  return (
    <fieldset className="scopes">
      <legend>Implies</legend>
      {others.length === 0 ? (
        <p className="hint">No other permission yet: once there are more, a permission can imply others.</p>
      ) : (
        <div className="scope-grid">
          {others.map((entry) => {
            const isAutomatic = entry.name === automatic;
            return (
              <label key={entry.name} className="scope-option">
                <input
                  type="checkbox"
                  name="implies"
                  value={entry.name}
                  checked={isAutomatic || value.has(entry.name)}
                  disabled={isAutomatic}
                  onChange={() => {
                    const next = new Set(value);
                    if (next.has(entry.name)) next.delete(entry.name);
                    else next.add(entry.name);
                    onChange(next);
                  }}
                />
                <span>
                  <code>{entry.name}</code>
                  <span className="scope-description">
                    {entry.description}
                    {isAutomatic && <em className="implied-note"> (always: every :write implies its :read)</em>}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      )}
      {name && (
        <p className="hint" data-testid="implies-closure">
          {closure.length === 0 ? (
            <>A key holding {name} gets nothing more.</>
          ) : (
            <>
              A key holding {name} also gets {closure.join(', ')}.
            </>
          )}
        </p>
      )}
    </fieldset>
  );
}

export function CreatePermissionDialog({
  projectId,
  catalog,
  onClose,
  onCreated,
}: {
  projectId: string;
  catalog: readonly PermissionFieldsFragment[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [implies, setImplies] = useState<Set<string>>(new Set());
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const problemId = useId();
  const hintId = useId();
  const { busy, error, run } = useSubmit();
  const cleanName = name.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = permissionNameProblem(cleanName, catalog);
    setNameProblem(problem);
    if (problem) {
      nameRef.current?.focus();
      return;
    }
    void run(async () => {
      await execute(CreatePermissionMutation, {
        input: {
          projectId,
          name: cleanName,
          description: description.trim() || null,
          implies: [...implies],
        },
      });
      onCreated();
      onClose();
    });
  };

  return (
    <Dialog title="Add a permission" onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <label>
          Name
          <input
            ref={nameRef}
            required
            maxLength={81}
            value={name}
            placeholder="bots:read"
            spellCheck={false}
            autoCapitalize="none"
            onChange={(event) => setName(event.target.value)}
            onBlur={() => setNameProblem(cleanName ? permissionNameProblem(cleanName, catalog) : null)}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? `${hintId} ${problemId}` : hintId}
            data-autofocus
          />
        </label>
        <p id={hintId} className="hint">
          <code>resource:action</code> in lowercase, such as <code>bots:read</code> or <code>invoke:agents</code>. It
          cannot be renamed later: keys hold it by name.
        </p>
        {nameProblem && (
          <p id={problemId} className="field-error">
            {nameProblem}
          </p>
        )}
        <label>
          <span>
            Description <span className="muted">(optional)</span>
          </span>
          <textarea
            maxLength={500}
            rows={2}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <ImpliesPicker name={cleanName} catalog={catalog} value={implies} onChange={setImplies} />
        <ErrorNotice error={error} />
        <FormActions label="Add permission" busyLabel="Adding…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function EditPermissionDialog({
  permission,
  catalog,
  onClose,
  onSaved,
}: {
  permission: PermissionFieldsFragment;
  catalog: readonly PermissionFieldsFragment[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [description, setDescription] = useState(permission.description ?? '');
  const [implies, setImplies] = useState<Set<string>>(new Set(permission.implies));
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await execute(UpdatePermissionMutation, {
        input: { id: permission.id, description: description.trim() || null, implies: [...implies] },
      });
      onSaved();
      onClose();
    });
  };

  return (
    <Dialog title={`Edit ${permission.name}`} onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <label>
          Description
          <textarea
            maxLength={500}
            rows={2}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            data-autofocus
          />
        </label>
        <ImpliesPicker name={permission.name} catalog={catalog} value={implies} onChange={setImplies} />
        <p className="hint">
          Keys holding {permission.name} ({formatNumber(permission.keyCount)}) get the change on their next request.
        </p>
        <ErrorNotice error={error} />
        <FormActions label="Save changes" busyLabel="Saving…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

const keysText = (count: number) => `${formatNumber(count)} key${count === 1 ? '' : 's'}`;

/**
 * Deletes a permission. While keys hold it the server refuses (CONFLICT) unless `force` takes it
 * from them; the dialog says how many do, and asks for an explicit confirmation before forcing.
 */
export function DeletePermissionDialog({
  permission,
  onClose,
  onDeleted,
  returnFocus,
}: {
  permission: PermissionFieldsFragment;
  onClose: () => void;
  onDeleted: () => void;
  returnFocus?: () => HTMLElement | null;
}) {
  const deleted = useRef(false);
  // The count may have grown since the list was read: a CONFLICT asks for the confirmation too.
  const [held, setHeld] = useState(permission.keyCount > 0);
  const [confirmed, setConfirmed] = useState(false);
  const [missingConfirmation, setMissingConfirmation] = useState(false);
  const confirmRef = useRef<HTMLInputElement>(null);
  const confirmMessageId = useId();
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (held && !confirmed) {
      setMissingConfirmation(true);
      confirmRef.current?.focus();
      return;
    }
    void run(async () => {
      try {
        await execute(DeletePermissionMutation, { input: { id: permission.id, force: held ? true : null } });
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'CONFLICT') setHeld(true);
        throw failure;
      }
      deleted.current = true;
      onDeleted();
      onClose();
    });
  };

  return (
    <Dialog
      title={`Delete ${permission.name}?`}
      onClose={onClose}
      returnFocus={() => (deleted.current ? (returnFocus?.() ?? null) : null)}
    >
      <form className="form" onSubmit={submit}>
        {permission.keyCount > 0 ? (
          <p data-testid="delete-permission-held">
            <strong>
              {keysText(permission.keyCount)} {permission.keyCount === 1 ? 'holds' : 'hold'} it.
            </strong>{' '}
            Deleting it takes it from them: from their next request on, your backends’ verifyApiKey refuses them
            wherever {permission.name} (or a permission only it gave them) is required.
          </p>
        ) : (
          <p>No key holds {permission.name}. Your backends’ checks requiring it will refuse every key.</p>
        )}
        {held && (
          <>
            <label className="checkbox">
              <input
                ref={confirmRef}
                type="checkbox"
                checked={confirmed}
                onChange={(event) => {
                  setConfirmed(event.target.checked);
                  if (event.target.checked) setMissingConfirmation(false);
                }}
                aria-describedby={missingConfirmation ? confirmMessageId : undefined}
                data-autofocus
              />
              Also remove it from the {permission.keyCount > 0 ? keysText(permission.keyCount) : 'keys'} holding it
            </label>
            {missingConfirmation && (
              <p id={confirmMessageId} className="field-error" role="alert">
                Check this to confirm: keys hold the permission.
              </p>
            )}
          </>
        )}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? 'Deleting…' : held ? 'Delete and remove from keys' : 'Delete permission'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
