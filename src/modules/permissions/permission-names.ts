/**
 * Permission names and their closure (DESIGN.md section 13): `resource:action`, lowercase;
 * `<r>:write` implies `<r>:read` when both exist; `implies` adds more.
 */

export const PERMISSION_NAME = /^[a-z][a-z0-9_.-]{0,39}:[a-z][a-z0-9_.-]{0,39}$/;

export function isPermissionName(value: string): boolean {
  return PERMISSION_NAME.test(value);
}

/** One permission of a catalog: its name and what it implies directly. */
export interface CatalogEntry {
  readonly name: string;
  readonly implies: readonly string[];
}

/** What each permission implies directly: its `implies`, and `<r>:read` for `<r>:write`. */
function directImplications(catalog: readonly CatalogEntry[]): Map<string, string[]> {
  const names = new Set(catalog.map((entry) => entry.name));
  const direct = new Map<string, string[]>();
  for (const entry of catalog) {
    const implied = entry.implies.filter((name) => names.has(name));
    if (entry.name.endsWith(':write')) {
      const read = `${entry.name.slice(0, -':write'.length)}:read`;
      if (names.has(read)) implied.push(read);
    }
    direct.set(entry.name, implied);
  }
  return direct;
}

/** `granted` and everything they imply in `catalog`; names the catalog does not hold are dropped. */
export function permissionClosure(catalog: readonly CatalogEntry[], granted: Iterable<string>): Set<string> {
  const direct = directImplications(catalog);
  const result = new Set<string>();
  const pending = [...granted];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const implied = direct.get(name);
    if (!implied || result.has(name)) continue;
    result.add(name);
    pending.push(...implied);
  }
  return result;
}
