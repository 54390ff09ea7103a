import { type FormEvent, useId, useState } from 'react';
import { execute } from '../api/client';
import { Badge, ErrorNotice } from '../components/feedback';
import { formatDateTime, formatNumber, formatRelative } from '../format';
import { graphql } from '../gql';
import type { PartnerKeyQuery } from '../gql/graphql';
import { EnvironmentBadge, StatusBadge } from '../keys/key-badges';
import { PartnerUsageSection } from '../usage/partner-usage-section';

/** A key reading itself: the self view needs no scope (DESIGN.md section 6). */
const PartnerKeyDocument = graphql(`
  query PartnerKey {
    viewer {
      scopes
      apiKey {
        id
        name
        description
        preview
        status
        environment
        createdAt
        expiresAt
        graceEndsAt
        scopes {
          name
          description
        }
        rateLimit {
          perMinute
          perDay
          burstPerMinute
          source
        }
      }
    }
  }
`);

type PartnerKey = NonNullable<PartnerKeyQuery['viewer']['apiKey']>;

/** Days until `iso`, for the expiry warning. */
function daysUntil(iso: string): number {
  return (new Date(iso).getTime() - Date.now()) / (24 * 3600 * 1000);
}

export function MyUsagePage() {
  const inputId = useId();
  const [pasted, setPasted] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<{ key: PartnerKey; scopes: string[]; secret: string }>();

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const secret = pasted.trim();
    setBusy(true);
    setError(undefined);
    try {
      // The key goes only to this server, as a Bearer credential; it is never stored.
      const { viewer } = await execute(PartnerKeyDocument, {}, { apiKey: secret });
      if (!viewer.apiKey) throw new Error('That credential is not an API key.');
      setResult({ key: viewer.apiKey, scopes: viewer.scopes, secret });
    } catch (failure) {
      setResult(undefined);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const key = result?.key;
  return (
    <section className="page">
      <div className="page-header">
        <h1>My key’s usage</h1>
      </div>
      <p>
        Paste the API key you were given to see its limits, expiry and usage. The key is sent only to this server, once,
        and is not stored in the browser.
      </p>
      <form className="card form form-inline" onSubmit={check}>
        <label htmlFor={inputId}>API key</label>
        <div className="secret-row">
          <input
            id={inputId}
            type={shown ? 'text' : 'password'}
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="lk_live_…"
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button type="button" className="button" onClick={() => setShown((value) => !value)} aria-pressed={shown}>
            {shown ? 'Hide' : 'Show'}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Checking…' : 'Check key'}
          </button>
        </div>
      </form>
      <ErrorNotice error={error} />
      {key && result && (
        <div className="partner" data-testid="partner-key">
          <div className="card key-summary">
            <div className="key-title">
              <h2>{key.name}</h2>
              <StatusBadge apiKey={key} />
              <EnvironmentBadge environment={key.environment} />
            </div>
            {key.description && <p>{key.description}</p>}
            {key.expiresAt && daysUntil(key.expiresAt) < 14 && (
              <div className="notice notice-warning" role="note">
                This key expires {formatRelative(key.expiresAt)}. Ask the project’s owners for a replacement.
              </div>
            )}
            <dl className="facts">
              <div>
                <dt>Key</dt>
                <dd>
                  <code className="preview">{key.preview}</code>
                </dd>
              </div>
              <div>
                <dt>Expires</dt>
                <dd>{key.expiresAt ? formatDateTime(key.expiresAt) : 'never'}</dd>
              </div>
              <div>
                <dt>Rate limit</dt>
                <dd>
                  {key.rateLimit.perMinute == null
                    ? 'unlimited'
                    : `${formatNumber(key.rateLimit.perMinute)} requests/min`}
                  {key.rateLimit.burstPerMinute != null &&
                    ` (bursts to ${formatNumber(key.rateLimit.burstPerMinute)}/min for up to 10 s)`}
                </dd>
              </div>
              <div>
                <dt>Daily limit</dt>
                <dd>
                  {key.rateLimit.perDay == null ? 'unlimited' : `${formatNumber(key.rateLimit.perDay)} requests/day`}
                </dd>
              </div>
              <div>
                <dt>Created</dt>
                <dd>{formatDateTime(key.createdAt)}</dd>
              </div>
            </dl>
            <h3>What it may do</h3>
            {key.scopes.length === 0 ? (
              <p className="muted">No scopes: it can read only itself.</p>
            ) : (
              <ul className="scope-list">
                {key.scopes.map((scope) => (
                  <li key={scope.name}>
                    <Badge>{scope.name}</Badge> {scope.description}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <PartnerUsageSection apiKey={result.secret} />
        </div>
      )}
    </section>
  );
}
