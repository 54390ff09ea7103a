import { type CatalogScope, impliedBy } from './scopes';

interface ScopePickerProps {
  catalog: readonly CatalogScope[];
  /** Scopes the person holds in the project: nobody grants a scope they do not hold. */
  held: ReadonlySet<string>;
  /** The scopes chosen explicitly (what is sent to the server). */
  value: ReadonlySet<string>;
  onChange: (value: Set<string>) => void;
}

/**
 * Scope checkboxes from the catalog. Choosing a scope checks what it implies (keys:write checks
 * keys:read, admin checks everything); those are shown checked and locked while their source is chosen.
 */
export function ScopePicker({ catalog, held, value, onChange }: ScopePickerProps) {
  const implied = impliedBy(catalog, value);
  const toggle = (name: string) => {
    const next = new Set(value);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    // A scope implied by another chosen one need not be sent on its own.
    const nextImplied = impliedBy(catalog, next);
    for (const scope of [...next]) if (nextImplied.has(scope)) next.delete(scope);
    onChange(next);
  };
  return (
    <fieldset className="scopes">
      <legend>Scopes</legend>
      <div className="scope-grid">
        {catalog.map((scope) => {
          const source = implied.get(scope.name);
          const explicit = value.has(scope.name);
          const allowed = held.has(scope.name);
          return (
            <label key={scope.name} className={`scope-option${allowed ? '' : ' scope-disabled'}`}>
              <input
                type="checkbox"
                name="scope"
                value={scope.name}
                checked={explicit || source !== undefined}
                disabled={!allowed || (source !== undefined && !explicit)}
                onChange={() => toggle(scope.name)}
              />
              <span>
                <code>{scope.name}</code>
                <span className="scope-description">
                  {scope.description}
                  {source && !explicit && <em> Included by {source}.</em>}
                  {!allowed && <em> Your role does not hold it.</em>}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
