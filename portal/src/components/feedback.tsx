import type { ReactNode } from 'react';
import { ApiError, describeError } from '../api/errors';
import { Link } from '../router';

/** An error as a sentence, announced to screen readers. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <span>
        {describeError(error)}
        {error instanceof ApiError && (error.reason === 'SESSION_EXPIRED' || error.reason === 'MISSING') && (
          <>
            {' '}
            <Link to={`/login?next=${encodeURIComponent(window.location.pathname)}`}>Log in</Link>
          </>
        )}
      </span>
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

export type BadgeTone = 'green' | 'red' | 'amber' | 'grey' | 'blue' | 'purple';

export function Badge({ tone = 'grey', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
