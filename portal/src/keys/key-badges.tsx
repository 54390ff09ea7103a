import { Badge } from '../components/feedback';
import { formatDateTime } from '../format';
import type { KeyFieldsFragment } from '../gql/graphql';
import { type CatalogPermission, impliedBy, impliedByText } from '../permissions/catalog';

/** ACTIVE / DEACTIVATED / EXPIRED / LEAKED, and "retiring" while a rotated key's grace period runs. */
export function StatusBadge({ apiKey }: { apiKey: Pick<KeyFieldsFragment, 'status' | 'graceEndsAt'> }) {
  if (apiKey.status === 'ACTIVE' && apiKey.graceEndsAt) {
    return (
      <Badge tone="amber" title={`Rotated; refused from ${formatDateTime(apiKey.graceEndsAt)}`}>
        rotating out
      </Badge>
    );
  }
  if (apiKey.status === 'LEAKED') {
    return (
      <Badge tone="red" title="Reported leaked: refused for good; rotate it">
        leaked
      </Badge>
    );
  }
  const tone = apiKey.status === 'ACTIVE' ? 'green' : apiKey.status === 'DEACTIVATED' ? 'red' : 'grey';
  return <Badge tone={tone}>{apiKey.status.toLowerCase()}</Badge>;
}

export function EnvironmentBadge({ environment }: { environment: string }) {
  return <Badge tone={environment === 'LIVE' ? 'purple' : 'blue'}>{environment.toLowerCase()}</Badge>;
}

/**
 * The scopes granted to a key. `admin` implies every other scope, so it is shown alone; long lists
 * fold into "+N" with the full list in its tooltip.
 */
export function ScopeBadges({ scopes, max = 4 }: { scopes: readonly { name: string }[]; max?: number }) {
  if (scopes.length === 0) return <span className="muted">no scopes</span>;
  const names = scopes.map((scope) => scope.name);
  if (names.includes('admin')) {
    return (
      <Badge tone="amber" title={`admin implies every scope (granted: ${names.join(', ')})`}>
        admin (all scopes)
      </Badge>
    );
  }
  const shown = names.length > max ? names.slice(0, max - 1) : names;
  const hidden = names.slice(shown.length);
  return (
    <span className="badge-list">
      {shown.map((name) => (
        <Badge key={name}>{name}</Badge>
      ))}
      {hidden.length > 0 && <Badge title={hidden.join(', ')}>+{hidden.length} more</Badge>}
    </span>
  );
}

/**
 * The permissions of your API granted to a key, then those they imply (from the catalog), marked
 * as implied and by which.
 */
export function PermissionBadges({
  granted,
  catalog,
}: {
  granted: readonly string[];
  catalog: readonly CatalogPermission[];
}) {
  if (granted.length === 0) return <span className="muted">none</span>;
  const implied = impliedBy(catalog, new Set(granted));
  const extra = [...implied.entries()].filter(([name]) => !granted.includes(name));
  return (
    <span className="badge-list">
      {granted.map((name) => (
        <Badge key={name} tone="blue">
          {name}
        </Badge>
      ))}
      {extra.map(([name, sources]) => (
        <Badge key={name} title={impliedByText(sources)}>
          {name} <span className="small">({impliedByText(sources)})</span>
        </Badge>
      ))}
    </span>
  );
}
