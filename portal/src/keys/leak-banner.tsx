import { useState } from 'react';
import { formatDateTime } from '../format';
import type { KeyFieldsFragment } from '../gql/graphql';
import { Link } from '../router';
import { RotateKeyDialog } from './key-dialogs';

export interface LeakReportView {
  id: string;
  reporter: string;
  url?: string | null;
  reportedAt: string;
}

/** Where a leak was reported: a link to it (never followed with the portal as referrer), or who said so. */
function LeakSource({ leak }: { leak: LeakReportView }) {
  const who = leak.reporter === 'GITHUB' ? 'GitHub secret scanning' : 'a leak report';
  if (!leak.url) return <>by {who}</>;
  return (
    <>
      at{' '}
      <a href={leak.url} target="_blank" rel="noopener noreferrer nofollow" className="leak-url">
        {leak.url}
      </a>{' '}
      (reported by {who})
    </>
  );
}

/**
 * The warning on a leaked key (docs/leaked-keys.md): where it was found, that it is refused, and
 * "Rotate now". `canRotate` is false for people without keys:write, who are told whom to ask.
 */
export function LeakedKeyBanner({
  apiKey,
  leaks,
  canRotate,
  onRotated,
  projectId,
  linkToKey,
}: {
  apiKey: KeyFieldsFragment;
  leaks: readonly LeakReportView[];
  canRotate: boolean;
  onRotated: () => void;
  projectId: string;
  /** On the project page: the key's name links to its page. */
  linkToKey?: boolean;
}) {
  const [rotating, setRotating] = useState(false);
  const latest = leaks[0];
  const retired = apiKey.rotatedAt != null;
  const name = linkToKey ? <Link to={`/projects/${projectId}/keys/${apiKey.id}`}>{apiKey.name}</Link> : apiKey.name;
  return (
    <section className="notice notice-error leak-banner" aria-label={`Leaked key ${apiKey.name}`}>
      <div>
        <p>
          <strong>
            {name} (<code>{apiKey.preview}</code>) was reported leaked
          </strong>
          {latest && (
            <>
              {' '}
              on {formatDateTime(latest.reportedAt)} <LeakSource leak={latest} />
            </>
          )}
          . It is refused from now on and cannot be reactivated.
          {leaks.length > 1 && ` ${leaks.length} reports in all.`}
        </p>
        <p>
          {retired
            ? 'It has been rotated already: make sure its replacement is in use everywhere.'
            : canRotate
              ? 'Rotate it to issue a replacement with the same name, scopes and limits, then update whatever used it.'
              : 'Ask someone with the keys:write permission to rotate it.'}
        </p>
      </div>
      {canRotate && !retired && (
        <button type="button" className="button button-danger" onClick={() => setRotating(true)}>
          Rotate now
        </button>
      )}
      {rotating && <RotateKeyDialog apiKey={apiKey} onClose={() => setRotating(false)} onRotated={onRotated} />}
    </section>
  );
}
