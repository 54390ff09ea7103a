import { type CatalogPermission, impliedBy, impliedByText, withoutImplied } from '../permissions/catalog';
import { Link } from '../router';

interface PermissionPickerProps {
  projectId: string;
  /** The project's permission catalog (`Project.permissions`). */
  catalog: readonly CatalogPermission[];
  /** False when the person cannot read the catalog (no permissions:read): the key keeps its permissions. */
  readable?: boolean;
  /** The permissions chosen explicitly (what is sent as the key's `permissions`). */
  value: ReadonlySet<string>;
  onChange: (value: Set<string>) => void;
}

/**
 * Checkboxes for the permissions of the project's own API. Choosing one ticks what it implies
 * (`bots:write` ticks `bots:read`), locked and explained "implied by bots:write" while its source
 * is chosen; an implied permission is not sent on its own.
 */
export function PermissionPicker({ projectId, catalog, readable = true, value, onChange }: PermissionPickerProps) {
  const implied = impliedBy(catalog, value);
  const toggle = (name: string) => {
    const next = new Set(value);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    onChange(withoutImplied(catalog, next));
  };
  return (
    <fieldset className="scopes" data-testid="permission-picker">
      <legend>Permissions of your API</legend>
      {!readable ? (
        <p className="hint">
          Your role cannot read the project’s permissions (that needs permissions:read), so they stay as they are
          {value.size > 0 ? `: ${[...value].sort().join(', ')}` : ''}.
        </p>
      ) : catalog.length === 0 ? (
        <p className="hint">
          The project defines no permissions yet. Add them (such as <code>bots:read</code>) on the{' '}
          <Link to={`/projects/${projectId}/permissions`}>Permissions</Link> tab; your backends check them with
          verifyApiKey.
        </p>
      ) : (
        <div className="scope-grid">
          {catalog.map((permission) => {
            const sources = implied.get(permission.name);
            const explicit = value.has(permission.name);
            const lockedOn = sources !== undefined && !explicit;
            return (
              <label key={permission.name} className="scope-option">
                <input
                  type="checkbox"
                  name="permission"
                  value={permission.name}
                  checked={explicit || sources !== undefined}
                  disabled={lockedOn}
                  onChange={() => toggle(permission.name)}
                />
                <span>
                  <code>{permission.name}</code>
                  <span className="scope-description">
                    {permission.description}
                    {lockedOn && sources && <em className="implied-note"> ({impliedByText(sources)})</em>}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
