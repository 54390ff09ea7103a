import { useState } from 'react';
import { Badge, EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { formatNumber } from '../format';
import type { PermissionFieldsFragment } from '../gql/graphql';
import type { KeyContext } from '../keys/key-dialogs';
import { automaticImplication, impliedByOne } from './catalog';
import { CreatePermissionDialog, DeletePermissionDialog, EditPermissionDialog } from './permission-dialogs';
import { usePermissionCatalog } from './use-permission-catalog';

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'delete'; permission: PermissionFieldsFragment } | null;

/**
 * The permissions of the project's own API (DESIGN.md section 13): what keys carry and your
 * backends check with verifyApiKey, with what each implies and how many keys hold it.
 */
export function PermissionsPanel({ context }: { context: KeyContext }) {
  const permissions = usePermissionCatalog(context.projectId, context.held);
  const [open, setOpen] = useState<OpenDialog>(null);
  const canWrite = context.held.has('permissions:write');
  const catalog = permissions.catalog;
  const names = new Set(catalog.map((entry) => entry.name));
  const focusHeading = () => document.getElementById('permissions-heading');

  return (
    <section aria-labelledby="permissions-heading">
      <div className="section-header">
        <h2 id="permissions-heading" tabIndex={-1}>
          Permissions{' '}
          {permissions.readable && permissions.loaded && !permissions.error && (
            <span className="muted count" data-testid="permission-count">
              {formatNumber(catalog.length)}
            </span>
          )}
        </h2>
        {canWrite && (
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
            Add permission
          </button>
        )}
      </div>
      <p className="hint section-hint">
        The permissions of <strong>your own</strong> API, such as <code>bots:read</code> or <code>invoke:agents</code>.
        Keys carry them beside Latchkey’s scopes; your backends check them with verifyApiKey’s{' '}
        <code>requiredPermissions</code> (or the <code>@latchkey/sdk</code> middleware). <code>&lt;r&gt;:write</code>{' '}
        implies <code>&lt;r&gt;:read</code>.
      </p>
      {!permissions.readable && (
        <p className="notice" role="note">
          Your role cannot read the project’s permissions: that needs permissions:read. An owner or admin can grant it.
        </p>
      )}
      {permissions.error ? <ErrorNotice error={permissions.error} onRetry={permissions.reload} /> : null}
      {!permissions.loaded && <Loading label="Loading permissions…" />}
      {permissions.readable && permissions.loaded && !permissions.error && catalog.length === 0 && (
        <EmptyState title="No permissions yet">
          <p>
            {canWrite
              ? 'Add the first, then grant it to keys in the key dialogs.'
              : 'A member who may change permissions can add them.'}
          </p>
        </EmptyState>
      )}
      {catalog.length > 0 && (
        <div className="table-wrap">
          <table className="table permission-table stack-on-phone" aria-labelledby="permissions-heading">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Description</th>
                <th scope="col">Implies</th>
                <th scope="col" className="numeric">
                  Keys holding it
                </th>
                {canWrite && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {catalog.map((permission) => {
                const automatic = automaticImplication(permission.name, names);
                const direct = [...permission.implies, ...(automatic ? [automatic] : [])];
                const closure = impliedByOne(catalog, permission.name);
                const indirect = closure.filter((name) => !direct.includes(name));
                return (
                  <tr key={permission.id} data-permission={permission.name}>
                    <th scope="row">
                      <code>{permission.name}</code>
                    </th>
                    <td data-label="Description">
                      {permission.description ?? <span className="muted">no description</span>}
                    </td>
                    <td data-label="Implies" data-testid="permission-implies">
                      {closure.length === 0 ? (
                        <span className="muted">nothing</span>
                      ) : (
                        <span className="badge-list">
                          {direct.map((name) => (
                            <Badge key={name}>{name}</Badge>
                          ))}
                          {indirect.length > 0 && (
                            <span className="muted small"> and through them {indirect.join(', ')}</span>
                          )}
                        </span>
                      )}
                    </td>
                    <td data-label="Keys holding it" className="numeric" data-testid="permission-key-count">
                      {formatNumber(permission.keyCount)}
                    </td>
                    {canWrite && (
                      <td data-label="Actions">
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={`Edit ${permission.name}`}
                            onClick={() => setOpen({ kind: 'edit', permission })}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={`Delete ${permission.name}`}
                            onClick={() => setOpen({ kind: 'delete', permission })}
                          >
                            Delete
                          </button>
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === 'create' && (
        <CreatePermissionDialog
          projectId={context.projectId}
          catalog={catalog}
          onClose={() => setOpen(null)}
          onCreated={permissions.reload}
        />
      )}
      {open?.kind === 'edit' && (
        <EditPermissionDialog
          permission={open.permission}
          catalog={catalog}
          onClose={() => setOpen(null)}
          onSaved={permissions.reload}
        />
      )}
      {open?.kind === 'delete' && (
        <DeletePermissionDialog
          permission={open.permission}
          onClose={() => setOpen(null)}
          onDeleted={permissions.reload}
          returnFocus={focusHeading}
        />
      )}
    </section>
  );
}
