/** Scope closure on the client, computed from the server's catalog (the `scopes` query), never a copy of it. */

export interface CatalogScope {
  name: string;
  description: string;
  implies: readonly string[];
}

/** `names` and everything they imply, transitively. */
export function expandScopes(catalog: readonly CatalogScope[], names: Iterable<string>): Set<string> {
  const byName = new Map(catalog.map((scope) => [scope.name, scope]));
  const result = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (result.has(name)) continue;
    result.add(name);
    pending.push(...(byName.get(name)?.implies ?? []));
  }
  return result;
}

/** For each scope implied by another chosen one, the first chosen scope that implies it. */
export function impliedBy(catalog: readonly CatalogScope[], chosen: ReadonlySet<string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const name of chosen) {
    for (const implied of expandScopes(catalog, [name])) {
      if (implied !== name && !result.has(implied)) result.set(implied, name);
    }
  }
  return result;
}
