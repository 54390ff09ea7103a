import { useRef, useState } from 'react';
import { execute } from '../api/client';
import { ActionMenu } from '../components/action-menu';
import { ErrorNotice } from '../components/feedback';
import type { KeyFieldsFragment } from '../gql/graphql';
import { DeactivateApiKeyMutation, ReactivateApiKeyMutation } from './documents';
import { DeleteKeyDialog, EditKeyDialog, type KeyContext, RotateKeyDialog } from './key-dialogs';

type OpenDialog = 'edit' | 'rotate' | 'delete' | null;

/**
 * Edit, rotate, deactivate/reactivate and delete for one key. The default key can be rotated but
 * not deactivated or deleted; a key already rotated away cannot be rotated again.
 */
export function KeyActions({
  apiKey,
  context,
  onChanged,
  onDeleted,
  compact,
  focusAfterDelete,
  graceAllowed,
}: {
  apiKey: KeyFieldsFragment;
  context: KeyContext;
  onChanged: () => void;
  onDeleted?: () => void;
  /** In table rows: the actions fold into a small menu so the row stays narrow. */
  compact?: boolean;
  /** Where focus goes after the key is deleted (its row, and so its menu, disappear). */
  focusAfterDelete?: () => HTMLElement | null;
  /** False at the plan's key limit: a rotation cannot keep the old key in a grace period. */
  graceAllowed?: boolean;
}) {
  const [open, setOpen] = useState<OpenDialog>(null);
  const menu = useRef<HTMLDivElement>(null);
  const closeMenu = () => {
    if (menu.current?.matches(':popover-open')) menu.current.hidePopover();
  };
  /** Opens a dialog, closing the row menu first (the dialog lives outside it). */
  const choose = (dialog: OpenDialog) => {
    closeMenu();
    setOpen(dialog);
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const label = `“${apiKey.name}” (${apiKey.preview})`;

  const toggleActive = async () => {
    closeMenu();
    setBusy(true);
    setError(undefined);
    try {
      if (apiKey.status === 'DEACTIVATED') await execute(ReactivateApiKeyMutation, { id: apiKey.id });
      else await execute(DeactivateApiKeyMutation, { id: apiKey.id });
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const retired = apiKey.rotatedAt !== null;
  const buttons = (
    <>
      <button type="button" className="button button-small" onClick={() => choose('edit')} aria-label={`Edit ${label}`}>
        Edit
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => choose('rotate')}
        disabled={retired || apiKey.status === 'DEACTIVATED'}
        title={retired ? 'Already rotated: rotate its replacement' : undefined}
        aria-label={`Rotate ${label}`}
      >
        Rotate
      </button>
      {!apiKey.isDefault && apiKey.status !== 'EXPIRED' && apiKey.status !== 'LEAKED' && (
        <button
          type="button"
          className="button button-small"
          onClick={toggleActive}
          disabled={busy}
          aria-label={`${apiKey.status === 'DEACTIVATED' ? 'Reactivate' : 'Deactivate'} ${label}`}
        >
          {apiKey.status === 'DEACTIVATED' ? 'Reactivate' : 'Deactivate'}
        </button>
      )}
      {!apiKey.isDefault && (
        <button
          type="button"
          className="button button-small button-danger-outline"
          onClick={() => choose('delete')}
          aria-label={`Delete ${label}`}
        >
          Delete
        </button>
      )}
    </>
  );
  return (
    <div className="key-actions">
      {compact ? (
        <ActionMenu label={label} panelRef={menu}>
          {buttons}
        </ActionMenu>
      ) : (
        <div className="button-row">{buttons}</div>
      )}
      <ErrorNotice error={error} />
      {open === 'edit' && (
        <EditKeyDialog apiKey={apiKey} context={context} onClose={() => setOpen(null)} onSaved={onChanged} />
      )}
      {open === 'rotate' && (
        <RotateKeyDialog
          apiKey={apiKey}
          onClose={() => setOpen(null)}
          onRotated={onChanged}
          graceAllowed={graceAllowed}
        />
      )}
      {open === 'delete' && (
        <DeleteKeyDialog
          apiKey={apiKey}
          onClose={() => setOpen(null)}
          onDeleted={onDeleted ?? onChanged}
          returnFocus={focusAfterDelete}
        />
      )}
    </div>
  );
}
