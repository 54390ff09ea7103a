/**
 * The project's permission catalog on the client (DESIGN.md section 13), computed from the
 * server's `Project.permissions`, never a copy of it: names are `resource:action` in lowercase,
 * `<r>:write` implies `<r>:read` when both exist, and `implies` adds more (transitively).
 */

export interface CatalogPermission {
  name: string;
  description?: string | null;
  implies: readonly string[];
}

/** The server's rule for a permission name (src/modules/permissions/permission-names.ts). */
export const PERMISSION_NAME = /^[a-z][a-z0-9_.-]{0,39}:[a-z][a-z0-9_.-]{0,39}$/;

/** Why `name` cannot be a new permission of the catalog, in words; null when it can. */
export function permissionNameProblem(name: string, catalog: readonly CatalogPermission[]): string | null {
  if (name === '') return 'Enter a name such as bots:read.';
  if (!name.includes(':')) return 'A permission is resource:action, e.g. bots:read: add the colon.';
  if (name !== name.toLowerCase()) return 'Use lowercase letters only, e.g. bots:read.';
  if (!PERMISSION_NAME.test(name)) {
    return 'Each side of the colon starts with a letter, then up to 39 letters, digits, “_”, “.” or “-”.';
  }
  if (catalog.some((entry) => entry.name === name)) return `The project already has ${name}.`;
  return null;
}

/** The `<r>:read` a `<r>:write` implies of itself, when the catalog holds it. */
export function automaticImplication(name: string, names: ReadonlySet<string>): string | null {
  if (!name.endsWith(':write')) return null;
  const read = `${name.slice(0, -':write'.length)}:read`;
  return names.has(read) ? read : null;
}

/** What each permission implies directly: its `implies` within the catalog, and `<r>:read` for `<r>:write`. */
export function directImplications(catalog: readonly CatalogPermission[]): Map<string, string[]> {
  const names = new Set(catalog.map((entry) => entry.name));
  const direct = new Map<string, string[]>();
  for (const entry of catalog) {
    const implied = entry.implies.filter((name) => names.has(name) && name !== entry.name);
    const read = automaticImplication(entry.name, names);
    if (read && !implied.includes(read)) implied.push(read);
    direct.set(entry.name, implied);
  }
  return direct;
}

/** `granted` and everything they imply, transitively; names the catalog does not hold are dropped. */
export function permissionClosure(catalog: readonly CatalogPermission[], granted: Iterable<string>): Set<string> {
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

/** What one permission implies, transitively, without itself, sorted. */
export function impliedByOne(catalog: readonly CatalogPermission[], name: string): string[] {
  const closure = permissionClosure(catalog, [name]);
  closure.delete(name);
  return [...closure].sort();
}

/**
 * For each permission implied by a chosen one, the chosen permissions that imply it (sorted), so
 * the picker can tick it and say why: "implied by bots:write".
 */
export function impliedBy(catalog: readonly CatalogPermission[], chosen: ReadonlySet<string>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const name of [...chosen].sort()) {
    for (const implied of impliedByOne(catalog, name)) {
      if (implied === name) continue;
      const sources = result.get(implied) ?? [];
      sources.push(name);
      result.set(implied, sources);
    }
  }
  return result;
}

/** "implied by bots:write", "implied by bots:write and admin:write", "implied by a, b and c". */
export function impliedByText(sources: readonly string[]): string {
  if (sources.length <= 1) return `implied by ${sources[0] ?? ''}`.trim();
  return `implied by ${sources.slice(0, -1).join(', ')} and ${sources[sources.length - 1]}`;
}

/**
 * The chosen permissions without those another chosen one already implies: what is sent as the
 * key's `permissions` (the server lists granted permissions, not implied ones).
 */
export function withoutImplied(catalog: readonly CatalogPermission[], chosen: ReadonlySet<string>): Set<string> {
  const implied = impliedBy(catalog, chosen);
  const result = new Set<string>();
  for (const name of chosen) {
    // Two permissions implying each other: keep the first of them, so the grant survives.
    const sources = implied.get(name) ?? [];
    if (sources.some((source) => !permissionClosure(catalog, [name]).has(source) || source < name)) continue;
    result.add(name);
  }
  return result;
}
