import { type FormEvent, useId, useRef, useState } from 'react';
import { execute } from '../api/client';
import { Dialog } from '../components/dialog';
import { ErrorNotice } from '../components/feedback';
import { SecretReveal } from '../components/secret';
import { formatDateTime } from '../format';
import type { ApiKeyEnvironment, KeyFieldsFragment } from '../gql/graphql';
import { CreateApiKeyMutation, DeleteApiKeyMutation, RotateApiKeyMutation, UpdateApiKeyMutation } from './documents';
import { ExpiryPicker, type ExpiryValue, expiresAtOf } from './expiry';
import { ScopePicker } from './scope-picker';
import type { CatalogScope } from './scopes';

export interface KeyContext {
  projectId: string;
  catalog: readonly CatalogScope[];
  /** The person's own scopes in the project (expanded). */
  held: ReadonlySet<string>;
}

function sameSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((name) => a.has(name));
}

/** Runs `action`, keeping a busy flag and the error to show. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/**
 * A key must hold at least one scope, unless the person says on purpose that it holds none (a key
 * for a partner, which reads only itself). Until then the form does not submit, whatever submits
 * it (Enter in a text field included), and says what is missing.
 */
function useScopeRequirement(scopes: ReadonlySet<string>) {
  const [noScopes, setNoScopes] = useState(false);
  const [missing, setMissing] = useState(false);
  const fieldsetRef = useRef<HTMLDivElement>(null);
  const complete = scopes.size > 0 || noScopes;
  return {
    noScopes: noScopes && scopes.size === 0,
    setNoScopes: (value: boolean) => {
      setNoScopes(value);
      if (value) setMissing(false);
    },
    /** True when the form may be sent; otherwise shows the message and moves focus to the scopes. */
    check(): boolean {
      if (complete) return true;
      setMissing(true);
      fieldsetRef.current?.querySelector<HTMLElement>('input:not([disabled])')?.focus();
      return false;
    },
    missing: missing && !complete,
    fieldsetRef,
  };
}

function NoScopesChoice({ requirement }: { requirement: ReturnType<typeof useScopeRequirement> }) {
  const messageId = useId();
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={requirement.noScopes}
          onChange={(event) => requirement.setNoScopes(event.target.checked)}
          aria-describedby={requirement.missing ? messageId : undefined}
        />
        No scopes: a partner’s key, which can read only itself (its own usage and limits)
      </label>
      {requirement.missing && (
        <p id={messageId} className="field-error" role="alert">
          Choose at least one scope, or check “No scopes” for a key that reads only itself.
        </p>
      )}
    </>
  );
}

export function CreateKeyDialog({
  context,
  onClose,
  onCreated,
}: {
  context: KeyContext;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [environment, setEnvironment] = useState<ApiKeyEnvironment>('LIVE');
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  const [expiry, setExpiry] = useState<ExpiryValue>({ choice: 'never', date: '' });
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const { busy, error, run } = useSubmit();
  const requirement = useScopeRequirement(scopes);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!requirement.check()) return;
    void run(async () => {
      const { createApiKey } = await execute(CreateApiKeyMutation, {
        input: {
          projectId: context.projectId,
          name: name.trim(),
          description: description.trim() || null,
          environment,
          scopes: [...scopes],
          expiresAt: expiresAtOf(expiry) ?? null,
        },
      });
      setCreated({ name: createApiKey.apiKey.name, secret: createApiKey.secret });
      onCreated();
    });
  };

  if (created) {
    return (
      <Dialog title={`Key “${created.name}” created`} onClose={onClose}>
        <SecretReveal secret={created.secret} />
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            I have stored it
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Create an API key" onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <label>
          Name
          <input
            required
            maxLength={64}
            value={name}
            onChange={(event) => setName(event.target.value)}
            data-autofocus
          />
        </label>
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
        <fieldset className="radio-row">
          <legend>Environment</legend>
          <label>
            <input
              type="radio"
              name="environment"
              checked={environment === 'LIVE'}
              onChange={() => setEnvironment('LIVE')}
            />
            Live <span className="muted">(production traffic, lk_live_…)</span>
          </label>
          <label>
            <input
              type="radio"
              name="environment"
              checked={environment === 'TEST'}
              onChange={() => setEnvironment('TEST')}
            />
            Test <span className="muted">(lk_test_…, 10× per-minute limit, not counted as live usage)</span>
          </label>
        </fieldset>
        <div ref={requirement.fieldsetRef}>
          <ScopePicker catalog={context.catalog} held={context.held} value={scopes} onChange={setScopes} />
          <NoScopesChoice requirement={requirement} />
        </div>
        <ExpiryPicker value={expiry} onChange={setExpiry} />
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create key'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function EditKeyDialog({
  apiKey,
  context,
  onClose,
  onSaved,
}: {
  apiKey: KeyFieldsFragment;
  context: KeyContext;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [name, setName] = useState(apiKey.name);
  const [description, setDescription] = useState(apiKey.description ?? '');
  const [scopes, setScopes] = useState<Set<string>>(new Set(apiKey.scopes.map((scope) => scope.name)));
  const [expiry, setExpiry] = useState<ExpiryValue>({ choice: 'keep', date: '' });
  const overridden = apiKey.rateLimit.source === 'KEY';
  const [override, setOverride] = useState(overridden);
  const [perMinute, setPerMinute] = useState(overridden ? String(apiKey.rateLimit.perMinute ?? '') : '');
  const [perDay, setPerDay] = useState(overridden ? String(apiKey.rateLimit.perDay ?? '') : '');
  const { busy, error, run } = useSubmit();
  const requirement = useScopeRequirement(scopes);
  // A key that already holds no scopes may keep holding none; taking its last one away needs the choice.
  const hadNoScopes = apiKey.scopes.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hadNoScopes && !requirement.check()) return;
    void run(async () => {
      const expiresAt = expiresAtOf(expiry);
      const limit = (text: string) => (text.trim() === '' ? null : Number(text));
      await execute(UpdateApiKeyMutation, {
        input: {
          id: apiKey.id,
          name: name.trim() === apiKey.name ? undefined : name.trim(),
          description: description.trim() === (apiKey.description ?? '') ? undefined : description.trim() || null,
          // Unchanged scopes are not re-sent: someone may edit a key holding scopes they do not hold.
          scopes: sameSet(
            scopes,
            apiKey.scopes.map((scope) => scope.name),
          )
            ? undefined
            : [...scopes],
          ...(expiresAt !== undefined ? { expiresAt } : {}),
          // Send the override only when it changed: null goes back to the plan's limits.
          ...(override
            ? { rateLimit: { perMinute: limit(perMinute), perDay: limit(perDay) } }
            : overridden
              ? { rateLimit: null }
              : {}),
        },
      });
      onSaved();
      onClose();
    });
  };

  return (
    <Dialog title={`Edit “${apiKey.name}”`} onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <label>
          Name
          <input
            required
            maxLength={64}
            value={name}
            onChange={(event) => setName(event.target.value)}
            data-autofocus
          />
        </label>
        <label>
          Description
          <textarea
            maxLength={500}
            rows={2}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <div ref={requirement.fieldsetRef}>
          <ScopePicker catalog={context.catalog} held={context.held} value={scopes} onChange={setScopes} />
          {!hadNoScopes && scopes.size === 0 && <NoScopesChoice requirement={requirement} />}
        </div>
        <ExpiryPicker
          value={expiry}
          onChange={setExpiry}
          allowKeep={apiKey.expiresAt ? formatDateTime(apiKey.expiresAt) : 'never'}
        />
        <fieldset>
          <legend>Rate limit</legend>
          <label className="checkbox">
            <input type="checkbox" checked={override} onChange={(event) => setOverride(event.target.checked)} />
            Override the plan’s limits for this key
          </label>
          {override && (
            <div className="field-row">
              <label>
                Requests per minute
                <input
                  type="number"
                  min={1}
                  inputMode="numeric"
                  value={perMinute}
                  onChange={(event) => setPerMinute(event.target.value)}
                />
              </label>
              <label>
                Requests per day
                <input
                  type="number"
                  min={1}
                  inputMode="numeric"
                  value={perDay}
                  onChange={(event) => setPerDay(event.target.value)}
                />
              </label>
            </div>
          )}
        </fieldset>
        <p className="hint">Changes apply from the key’s next request on.</p>
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const GRACE_PERIODS = [
  { seconds: 0, label: 'Now: the old key is refused at once' },
  { seconds: 3600, label: 'In 1 hour' },
  { seconds: 24 * 3600, label: 'In 24 hours' },
  { seconds: 48 * 3600, label: 'In 48 hours' },
  { seconds: 7 * 24 * 3600, label: 'In 7 days' },
];

export function RotateKeyDialog({
  apiKey,
  onClose,
  onRotated,
  graceAllowed = true,
}: {
  apiKey: KeyFieldsFragment;
  onClose: () => void;
  onRotated: () => void;
  /**
   * False at the plan's key limit: a key in its grace period counts toward the limit, so the old
   * key can only stop at once (the server refuses a grace period with PLAN_LIMIT_REACHED).
   */
  graceAllowed?: boolean;
}) {
  // A leaked key is refused already: a grace period would keep nothing working.
  const leaked = apiKey.status === 'LEAKED';
  const [grace, setGrace] = useState(graceAllowed && !leaked ? 24 * 3600 : 0);
  const [rotated, setRotated] = useState<{ secret: string; graceEndsAt: string | null }>();
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { rotateApiKey } = await execute(RotateApiKeyMutation, {
        input: { id: apiKey.id, gracePeriodSeconds: grace },
      });
      setRotated({ secret: rotateApiKey.secret, graceEndsAt: rotateApiKey.previous.graceEndsAt });
      onRotated();
    });
  };

  if (rotated) {
    return (
      <Dialog title={`“${apiKey.name}” rotated`} onClose={onClose}>
        <p>
          {rotated.graceEndsAt && new Date(rotated.graceEndsAt).getTime() > Date.now()
            ? `The old key (${apiKey.preview}) keeps working until ${formatDateTime(rotated.graceEndsAt)}. Replace it everywhere before then.`
            : `The old key (${apiKey.preview}) is refused from now on.`}
        </p>
        <SecretReveal secret={rotated.secret} label="The replacement key" />
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            I have stored it
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={`Rotate “${apiKey.name}”`} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p>
          Rotation issues a new secret with the same name, scopes, limits and expiry. Usage history carries over. Choose
          when the current key ({apiKey.preview}) stops working:
        </p>
        {leaked ? (
          <p className="hint" data-autofocus>
            This key was reported leaked and is already refused: the replacement works at once.
          </p>
        ) : (
          <fieldset className="radio-list" aria-describedby={graceAllowed ? undefined : 'grace-at-limit'}>
            <legend>Grace period</legend>
            {!graceAllowed && (
              <p className="hint" id="grace-at-limit">
                The project is at its plan’s key limit, and a key in its grace period still counts toward it: the old
                key can only stop at once.
              </p>
            )}
            {GRACE_PERIODS.map((period) => (
              <label key={period.seconds}>
                <input
                  type="radio"
                  name="grace"
                  disabled={!graceAllowed && period.seconds > 0}
                  checked={grace === period.seconds}
                  onChange={() => setGrace(period.seconds)}
                  data-autofocus={grace === period.seconds ? true : undefined}
                />
                {period.label}
              </label>
            ))}
          </fieldset>
        )}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Rotating…' : 'Rotate key'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeleteKeyDialog({
  apiKey,
  onClose,
  onDeleted,
  returnFocus,
}: {
  apiKey: KeyFieldsFragment;
  onClose: () => void;
  onDeleted: () => void;
  /** Where focus goes once the key is gone (its row and menu go with it). */
  returnFocus?: () => HTMLElement | null;
}) {
  // Read when the dialog closes: after a deletion focus goes to `returnFocus`, after Cancel back to the menu.
  const deleted = useRef(false);
  const { busy, error, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await execute(DeleteApiKeyMutation, { id: apiKey.id });
      deleted.current = true;
      onDeleted();
      onClose();
    });
  };
  return (
    <Dialog
      title={`Delete “${apiKey.name}”?`}
      onClose={onClose}
      returnFocus={() => (deleted.current ? (returnFocus?.() ?? null) : null)}
    >
      <form className="form" onSubmit={submit}>
        <p>
          The key <code>{apiKey.preview}</code> will be refused from its next request on, and this cannot be undone. Its
          audit trail stays in the project’s audit log. To stop it only for a while, deactivate it instead.
        </p>
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? 'Deleting…' : 'Delete key'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
