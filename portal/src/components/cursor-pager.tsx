import type { Dispatch, SetStateAction } from 'react';

/** The cursors of the pages seen so far: `[null]` is the first page, the last entry the current one. */
export type CursorStack = (string | null)[];

interface CursorPagerProps {
  /** What is paged, for screen readers: "Pages of keys". */
  label: string;
  cursors: CursorStack;
  setCursors: Dispatch<SetStateAction<CursorStack>>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  previousLabel?: string;
  nextLabel?: string;
}

/** Back and forth over a Relay connection; hidden while everything fits on one page. */
export function CursorPager({
  label,
  cursors,
  setCursors,
  pageInfo,
  previousLabel = 'Previous',
  nextLabel = 'Next',
}: CursorPagerProps) {
  if (cursors.length <= 1 && !pageInfo.hasNextPage) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button"
        disabled={cursors.length <= 1}
        onClick={() => setCursors((previous) => previous.slice(0, -1))}
      >
        {previousLabel}
      </button>
      <span className="muted">Page {cursors.length}</span>
      <button
        type="button"
        className="button"
        disabled={!pageInfo.hasNextPage}
        onClick={() => setCursors((previous) => [...previous, pageInfo.endCursor ?? null])}
      >
        {nextLabel}
      </button>
    </nav>
  );
}
