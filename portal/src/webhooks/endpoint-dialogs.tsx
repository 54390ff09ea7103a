import { type FormEvent, useId, useRef, useState } from 'react';
import { execute } from '../api/client';
import { useSubmit } from '../api/use-submit';
import { Dialog, FormActions, PeriodChoice, type PeriodOption, StoredAction } from '../components/dialog';
import { ErrorNotice } from '../components/feedback';
import { SecretReveal } from '../components/secret';
import { formatDateTime } from '../format';
import type { WebhookEndpointFieldsFragment } from '../gql/graphql';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  RotateWebhookSecretMutation,
  UpdateWebhookEndpointMutation,
} from './documents';

export interface WebhookEventType {
  name: string;
  description: string;
}

/** `webhook.test` is sent by "Send test event" whatever the filter: it is not chosen. */
export const selectableEvents = (types: readonly WebhookEventType[]) =>
  types.filter((type) => type.name !== 'webhook.test');

const SECRET_WARNING = (
  <>
    <strong>Copy this signing secret now.</strong> It is shown only this once. Your endpoint uses it to verify the{' '}
    <code>webhook-signature</code> header of every delivery (Standard Webhooks); keep it in a secret manager.
  </>
);

/**
 * Which events an endpoint receives: every event (new kinds included), or the ones checked. Choosing
 * "only these" with none checked is refused here, with the reason, before anything is sent.
 */
function EventPicker({
  types,
  all,
  onAllChange,
  chosen,
  onChosenChange,
  missing,
}: {
  types: readonly WebhookEventType[];
  all: boolean;
  onAllChange: (all: boolean) => void;
  chosen: ReadonlySet<string>;
  onChosenChange: (chosen: Set<string>) => void;
  missing: boolean;
}) {
  const messageId = useId();
  const toggle = (name: string) => {
    const next = new Set(chosen);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    onChosenChange(next);
  };
  return (
    <fieldset className="scopes event-picker" aria-describedby={missing ? messageId : undefined}>
      <legend>Events</legend>
      <div className="radio-list">
        <label>
          <input type="radio" name="event-choice" checked={all} onChange={() => onAllChange(true)} />
          Every event, including kinds added later
        </label>
        <label>
          <input type="radio" name="event-choice" checked={!all} onChange={() => onAllChange(false)} />
          Only the events checked below
        </label>
      </div>
      {!all && (
        <div className="scope-grid">
          {types.map((type) => (
            <label key={type.name} className="scope-option">
              <input
                type="checkbox"
                name="event"
                value={type.name}
                checked={chosen.has(type.name)}
                onChange={() => toggle(type.name)}
              />
              <span>
                <code>{type.name}</code>
                <span className="scope-description">{type.description}</span>
              </span>
            </label>
          ))}
        </div>
      )}
      {missing && (
        <p id={messageId} className="field-error" role="alert">
          Check at least one event, or choose every event.
        </p>
      )}
    </fieldset>
  );
}

/** Adds an endpoint (then shows its secret, once), or edits one. */
export function EndpointDialog({
  projectId,
  endpoint,
  types,
  onClose,
  onSaved,
}: {
  projectId: string;
  /** The endpoint to edit; none to add one. */
  endpoint?: WebhookEndpointFieldsFragment;
  types: readonly WebhookEventType[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [all, setAll] = useState(endpoint ? endpoint.events.length === 0 : true);
  const [chosen, setChosen] = useState<Set<string>>(new Set(endpoint?.events ?? []));
  const [missing, setMissing] = useState(false);
  const [created, setCreated] = useState<{ url: string; secret: string }>();
  const pickerRef = useRef<HTMLDivElement>(null);
  const urlHintId = useId();
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!all && chosen.size === 0) {
      setMissing(true);
      pickerRef.current?.querySelector<HTMLElement>('input[name="event"]')?.focus();
      return;
    }
    setMissing(false);
    const events = all ? [] : [...chosen];
    void run(async () => {
      if (endpoint) {
        await execute(UpdateWebhookEndpointMutation, {
          input: { id: endpoint.id, url: url.trim(), description: description.trim(), events },
        });
        onSaved();
        onClose();
        return;
      }
      const { createWebhookEndpoint } = await execute(CreateWebhookEndpointMutation, {
        input: { projectId, url: url.trim(), description: description.trim() || null, events },
      });
      setCreated({ url: createWebhookEndpoint.endpoint.url, secret: createWebhookEndpoint.secret });
      onSaved();
    });
  };

  if (created) {
    return (
      <Dialog title="Endpoint added" onClose={onClose}>
        <p>
          Events now go to <code>{created.url}</code>. Send a test event from its page to check that it verifies them.
        </p>
        <SecretReveal secret={created.secret} label="Signing secret" warning={SECRET_WARNING} />
        <StoredAction onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title={endpoint ? 'Edit the endpoint' : 'Add a webhook endpoint'} onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <label>
          URL
          <input
            type="url"
            required
            maxLength={2048}
            placeholder="https://example.com/webhooks/latchkey"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-describedby={urlHintId}
            data-autofocus
          />
        </label>
        <p className="hint" id={urlHintId}>
          An https address on the public internet. Latchkey POSTs each event there, signed; redirects are not followed.
        </p>
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
        <div ref={pickerRef}>
          <EventPicker
            types={selectableEvents(types)}
            all={all}
            onAllChange={(value) => {
              setAll(value);
              if (value) setMissing(false);
            }}
            chosen={chosen}
            onChosenChange={(value) => {
              setChosen(value);
              if (value.size > 0) setMissing(false);
            }}
            missing={missing}
          />
        </div>
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {endpoint ? (busy ? 'Saving…' : 'Save changes') : busy ? 'Adding…' : 'Add endpoint'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const OVERLAPS: readonly PeriodOption[] = [
  { seconds: 0, label: 'None: only the new secret signs from now on' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 24 * 3600, label: '24 hours' },
  { seconds: 7 * 24 * 3600, label: '7 days' },
];

/** Replaces the signing secret; during the overlap every delivery carries a signature by each. */
export function RotateSecretDialog({
  endpoint,
  onClose,
  onRotated,
}: {
  endpoint: WebhookEndpointFieldsFragment;
  onClose: () => void;
  onRotated: () => void;
}) {
  const [overlap, setOverlap] = useState(24 * 3600);
  const [rotated, setRotated] = useState<{ secret: string; until: string | null }>();
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { rotateWebhookSecret } = await execute(RotateWebhookSecretMutation, {
        input: { id: endpoint.id, overlapSeconds: overlap },
      });
      setRotated({
        secret: rotateWebhookSecret.secret,
        until: rotateWebhookSecret.endpoint.previousSecretExpiresAt ?? null,
      });
      onRotated();
    });
  };

  if (rotated) {
    return (
      <Dialog title="Signing secret rotated" onClose={onClose}>
        <p>
          {rotated.until
            ? `Until ${formatDateTime(rotated.until)} every delivery is signed with both the old and the new secret: switch your endpoint to the new one before then.`
            : 'Deliveries are signed with the new secret only, from now on.'}
        </p>
        <SecretReveal secret={rotated.secret} label="New signing secret" warning={SECRET_WARNING} />
        <StoredAction onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title="Rotate the signing secret" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p>
          A new secret replaces <code>{endpoint.secretPreview}</code>. Choose how long the current one keeps signing
          too, so your endpoint can switch without missing a delivery:
        </p>
        <PeriodChoice legend="Overlap" name="overlap" options={OVERLAPS} value={overlap} onChange={setOverlap} />
        <ErrorNotice error={error} />
        <FormActions label="Rotate secret" busyLabel="Rotating…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function DeleteEndpointDialog({
  endpoint,
  onClose,
  onDeleted,
}: {
  endpoint: WebhookEndpointFieldsFragment;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { busy, error, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await execute(DeleteWebhookEndpointMutation, { id: endpoint.id });
      onDeleted();
    });
  };
  return (
    <Dialog title="Delete this endpoint?" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p>
          No more events go to <code>{endpoint.url}</code>, and its delivery log is deleted with it. To stop it only for
          a while, disable it instead.
        </p>
        <ErrorNotice error={error} />
        <FormActions label="Delete endpoint" busyLabel="Deleting…" busy={busy} onCancel={onClose} danger />
      </form>
    </Dialog>
  );
}
