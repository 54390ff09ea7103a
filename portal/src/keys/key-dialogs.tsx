import { type FormEvent, useId, useRef, useState } from 'react';
import { execute } from '../api/client';
import { useSubmit } from '../api/use-submit';
import { Dialog, FormActions, PeriodChoice, type PeriodOption, StoredAction } from '../components/dialog';
import { ErrorNotice } from '../components/feedback';
import { SecretReveal } from '../components/secret';
import { formatDateTime } from '../format';
import type { ApiKeyEnvironment, KeyFieldsFragment } from '../gql/graphql';
import { usePermissionCatalog } from '../permissions/use-permission-catalog';
import { CreateApiKeyMutation, DeleteApiKeyMutation, RotateApiKeyMutation, UpdateApiKeyMutation } from './documents';
import { ExpiryPicker, type ExpiryValue, expiresAtOf } from './expiry';
import { KeyUsageHelp } from './key-usage-help';
import { PermissionPicker } from './permission-picker';
import { NO_RESTRICTIONS, RestrictionFields, type RestrictionsValue, useRestrictions } from './restriction-fields';
import { creditsFormOf, metaText } from './restrictions';
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

interface CreatedKey {
  id: string;
  name: string;
  preview: string;
  permissions: string[];
}

/** "How to use this key" under a secret shown once: the only place its snippets carry the secret. */
function UsageHelpSection({ apiKey, secret }: { apiKey: CreatedKey; secret: string }) {
  return (
    <section className="usage-help" aria-labelledby="usage-help-heading">
      <h3 id="usage-help-heading">How to use this key</h3>
      <KeyUsageHelp apiKey={apiKey} secret={secret} headingLevel={4} />
    </section>
  );
}

/** What changed between a key's restrictions and the form's, as UpdateApiKeyInput fields. */
function changedRestrictions(apiKey: KeyFieldsFragment, next: RestrictionsValue) {
  const changes: {
    externalId?: string | null;
    meta?: Record<string, unknown> | null;
    allowedCidrs?: string[];
    credits?: RestrictionsValue['credits'];
  } = {};
  if ((apiKey.externalId ?? null) !== next.externalId) changes.externalId = next.externalId;
  if (JSON.stringify(apiKey.meta ?? null) !== JSON.stringify(next.meta)) changes.meta = next.meta;
  if (!sameSet(new Set(apiKey.allowedCidrs), next.allowedCidrs)) changes.allowedCidrs = next.allowedCidrs;
  const before = apiKey.credits
    ? { remaining: apiKey.credits.remaining, refill: apiKey.credits.refill ? { ...apiKey.credits.refill } : null }
    : null;
  // Setting credits starts a fresh count: only send them when they changed.
  if (JSON.stringify(before) !== JSON.stringify(next.credits)) changes.credits = next.credits;
  return changes;
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
  const [permissions, setPermissions] = useState<Set<string>>(new Set());
  const permissionCatalog = usePermissionCatalog(context.projectId, context.held);
  const restrictions = useRestrictions(NO_RESTRICTIONS);
  const [created, setCreated] = useState<{ apiKey: CreatedKey; secret: string }>();
  const { busy, error, run } = useSubmit();
  const requirement = useScopeRequirement(scopes);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!requirement.check()) return;
    const restricted = restrictions.validate();
    if (!restricted) return;
    void run(async () => {
      const { createApiKey } = await execute(CreateApiKeyMutation, {
        input: {
          projectId: context.projectId,
          name: name.trim(),
          description: description.trim() || null,
          environment,
          scopes: [...scopes],
          expiresAt: expiresAtOf(expiry) ?? null,
          permissions: [...permissions],
          ...(restricted.externalId ? { externalId: restricted.externalId } : {}),
          ...(restricted.meta ? { meta: restricted.meta } : {}),
          ...(restricted.allowedCidrs.length > 0 ? { allowedCidrs: restricted.allowedCidrs } : {}),
          ...(restricted.credits ? { credits: restricted.credits } : {}),
        },
      });
      setCreated({ apiKey: createApiKey.apiKey, secret: createApiKey.secret });
      onCreated();
    });
  };

  if (created) {
    return (
      <Dialog title={`Key “${created.apiKey.name}” created`} onClose={onClose} wide>
        <SecretReveal secret={created.secret} />
        <UsageHelpSection apiKey={created.apiKey} secret={created.secret} />
        <StoredAction onClose={onClose} />
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
        <PermissionPicker
          projectId={context.projectId}
          catalog={permissionCatalog.catalog}
          readable={permissionCatalog.readable}
          value={permissions}
          onChange={setPermissions}
        />
        <ExpiryPicker value={expiry} onChange={setExpiry} />
        <RestrictionFields restrictions={restrictions} />
        <ErrorNotice error={error} />
        <FormActions label="Create key" busyLabel="Creating…" busy={busy} onCancel={onClose} />
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
  const [permissions, setPermissions] = useState<Set<string>>(new Set(apiKey.permissions));
  const permissionCatalog = usePermissionCatalog(context.projectId, context.held);
  const restrictions = useRestrictions({
    externalId: apiKey.externalId ?? '',
    meta: metaText(apiKey.meta),
    cidrs: apiKey.allowedCidrs.join('\n'),
    credits: creditsFormOf(apiKey.credits),
  });
  const { busy, error, run } = useSubmit();
  const requirement = useScopeRequirement(scopes);
  // A key that already holds no scopes may keep holding none; taking its last one away needs the choice.
  const hadNoScopes = apiKey.scopes.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hadNoScopes && !requirement.check()) return;
    const restricted = restrictions.validate();
    if (!restricted) return;
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
          // The same for permissions: a key may edit another only with the permissions it holds.
          permissions: sameSet(permissions, apiKey.permissions) ? undefined : [...permissions],
          ...changedRestrictions(apiKey, restricted),
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
        <PermissionPicker
          projectId={context.projectId}
          catalog={permissionCatalog.catalog}
          readable={permissionCatalog.readable}
          value={permissions}
          onChange={setPermissions}
        />
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
        <RestrictionFields restrictions={restrictions} />
        <p className="hint">Changes apply from the key’s next request on. Changing the credits starts a fresh count.</p>
        <ErrorNotice error={error} />
        <FormActions label="Save changes" busyLabel="Saving…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

const GRACE_PERIODS: readonly PeriodOption[] = [
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
  const [rotated, setRotated] = useState<{ apiKey: CreatedKey; secret: string; graceEndsAt: string | null }>();
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { rotateApiKey } = await execute(RotateApiKeyMutation, {
        input: { id: apiKey.id, gracePeriodSeconds: grace },
      });
      setRotated({
        apiKey: rotateApiKey.apiKey,
        secret: rotateApiKey.secret,
        graceEndsAt: rotateApiKey.previous.graceEndsAt,
      });
      onRotated();
    });
  };

  if (rotated) {
    return (
      <Dialog title={`“${apiKey.name}” rotated`} onClose={onClose} wide>
        <p>
          {rotated.graceEndsAt && new Date(rotated.graceEndsAt).getTime() > Date.now()
            ? `The old key (${apiKey.preview}) keeps working until ${formatDateTime(rotated.graceEndsAt)}. Replace it everywhere before then.`
            : `The old key (${apiKey.preview}) is refused from now on.`}
        </p>
        <SecretReveal secret={rotated.secret} label="The replacement key" />
        <UsageHelpSection apiKey={rotated.apiKey} secret={rotated.secret} />
        <StoredAction onClose={onClose} />
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
          <PeriodChoice
            legend="Grace period"
            name="grace"
            options={GRACE_PERIODS}
            value={grace}
            onChange={setGrace}
            allows={(seconds) => graceAllowed || seconds === 0}
            hint={
              graceAllowed
                ? undefined
                : 'The project is at its plan’s key limit, and a key in its grace period still counts toward it: the old key can only stop at once.'
            }
          />
        )}
        <ErrorNotice error={error} />
        <FormActions label="Rotate key" busyLabel="Rotating…" busy={busy} onCancel={onClose} />
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
        <FormActions label="Delete key" busyLabel="Deleting…" busy={busy} onCancel={onClose} danger />
      </form>
    </Dialog>
  );
}
