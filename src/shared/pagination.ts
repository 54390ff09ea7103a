import { badUserInput } from './errors.js';
import { isUuid } from './ids.js';

/** List fields take `first` ≤ 100 (DESIGN.md section 7). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** Cursors are opaque to clients; inside they hold the id of the last row (ids are UUIDv7). */
export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const decoded = cursor.length <= 64 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const id = decoded.startsWith('c:') ? decoded.slice(2) : '';
  if (!isUuid(id)) throw badUserInput('after', 'after is not a cursor this API returned.');
  return id;
}

/** Builds a page from `size + 1` fetched rows (the extra one only tells whether more exist). */
export function toPage<T extends { id: string }>(rows: T[], size: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last.id) : null, totalCount };
}

/** An edge of a connection; its cursor is encoded only if a client asks for it (most lists do not). */
class PageEdge<T extends { id: string }> {
  constructor(readonly node: T) {}

  get cursor(): string {
    return encodeCursor(this.node.id);
  }
}

/** A page as a Relay-style connection. */
export function toConnection<T extends { id: string }>(page: Page<T>) {
  return {
    edges: page.nodes.map((node) => new PageEdge(node)),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
