import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { CursorPager, type CursorStack } from '../components/cursor-pager';
import { EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { formatDateTime, formatNumber, formatRelative } from '../format';
import { KeyDetailQuery } from '../keys/detail-documents';
import { KeyActions } from '../keys/key-actions';
import { EnvironmentBadge, PermissionBadges, ScopeBadges, StatusBadge } from '../keys/key-badges';
import { KeyUsageHelp } from '../keys/key-usage-help';
import { LeakedKeyBanner } from '../keys/leak-banner';
import { usePermissionCatalog } from '../permissions/use-permission-catalog';
import { AuditEventTable } from '../project/audit-list';
import { Link, navigate } from '../router';
import { KeyUsageSection } from '../usage/key-usage-section';
import { ProjectHeader, useProjectOverview } from './project-page';

const AUDIT_PAGE = 20;
const NO_SCOPES: ReadonlySet<string> = new Set();

export function KeyDetailPage({ projectId, keyId }: { projectId: string; keyId: string }) {
  const { overview, project, context } = useProjectOverview(projectId);
  const [auditCursors, setAuditCursors] = useState<CursorStack>([null]);
  const permissionCatalog = usePermissionCatalog(projectId, context?.held ?? NO_SCOPES);
  const detail = useQuery(KeyDetailQuery, {
    id: keyId,
    auditFirst: AUDIT_PAGE,
    auditAfter: auditCursors[auditCursors.length - 1] ?? null,
  });

  if (overview.error) return <ErrorNotice error={overview.error} onRetry={overview.reload} />;
  if (detail.error && !detail.data) return <ErrorNotice error={detail.error} onRetry={detail.reload} />;
  if (!project || !context || !detail.data) return <Loading label="Loading the key…" />;
  const apiKey = detail.data.apiKey;
  if (!apiKey) {
    return (
      <EmptyState title="Key not found">
        <p>
          It may have been deleted. <Link to={`/projects/${projectId}`}>Back to the keys</Link>
        </p>
      </EmptyState>
    );
  }
  // Null when the person lacks audit:read.
  const audit = apiKey.auditEvents;
  const limit = apiKey.rateLimit;
  return (
    <section className="page">
      <ProjectHeader project={project} />
      <p className="breadcrumb">
        <Link to={`/projects/${projectId}`}>API keys</Link> / {apiKey.name}
      </p>
      {apiKey.status === 'LEAKED' && (
        <LeakedKeyBanner
          apiKey={apiKey}
          leaks={apiKey.leaks ?? []}
          canRotate={context.held.has('keys:write')}
          onRotated={() => {
            detail.reload();
            overview.reload();
          }}
          projectId={projectId}
        />
      )}
      <div className="card key-summary">
        <div className="key-title">
          <h2>{apiKey.name}</h2>
          <StatusBadge apiKey={apiKey} />
          <EnvironmentBadge environment={apiKey.environment} />
          {apiKey.isDefault && <span className="muted">default key</span>}
        </div>
        {apiKey.description && <p>{apiKey.description}</p>}
        <dl className="facts">
          <div>
            <dt>Key</dt>
            <dd>
              <code className="preview">{apiKey.preview}</code>
            </dd>
          </div>
          <div>
            <dt>Scopes</dt>
            <dd>
              <ScopeBadges scopes={apiKey.scopes} />
            </dd>
          </div>
          <div>
            <dt>Permissions</dt>
            <dd data-testid="key-permissions">
              <PermissionBadges granted={apiKey.permissions} catalog={permissionCatalog.catalog} />
            </dd>
          </div>
          <div>
            <dt>External id</dt>
            <dd data-testid="key-external-id">
              {apiKey.externalId ? <code>{apiKey.externalId}</code> : <span className="muted">none</span>}
            </dd>
          </div>
          <div>
            <dt>Credits</dt>
            <dd data-testid="key-credits">
              {apiKey.credits ? (
                <>
                  {formatNumber(apiKey.credits.remaining)} remaining
                  {apiKey.credits.refill ? (
                    <span className="muted">
                      {' '}
                      (refilled to {formatNumber(apiKey.credits.refill.amount)}{' '}
                      {apiKey.credits.refill.interval === 'DAY' ? 'every day' : 'every month'}
                      {apiKey.credits.refillAt && `, next ${formatDateTime(apiKey.credits.refillAt)}`})
                    </span>
                  ) : (
                    <span className="muted"> (no refill)</span>
                  )}
                </>
              ) : (
                <span className="muted">unlimited</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Allowed addresses</dt>
            <dd data-testid="key-allowed-cidrs">
              {apiKey.allowedCidrs.length === 0 ? (
                <span className="muted">anywhere</span>
              ) : (
                <span className="badge-list">
                  {apiKey.allowedCidrs.map((cidr) => (
                    <code key={cidr} className="cidr">
                      {cidr}
                    </code>
                  ))}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>
              {formatDateTime(apiKey.createdAt)}
              {apiKey.createdBy && ` by ${apiKey.createdBy.label}`}
            </dd>
          </div>
          <div>
            <dt>Last used</dt>
            <dd>{apiKey.lastUsedAt ? formatRelative(apiKey.lastUsedAt) : 'never'}</dd>
          </div>
          <div>
            <dt>Requests</dt>
            <dd>{formatNumber(apiKey.usageCount)}</dd>
          </div>
          <div>
            <dt>Expires</dt>
            <dd>{apiKey.expiresAt ? formatDateTime(apiKey.expiresAt) : 'never'}</dd>
          </div>
          <div>
            <dt>Rate limit</dt>
            <dd>
              {limit.perMinute == null ? 'unlimited' : `${formatNumber(limit.perMinute)}/min`}
              {limit.perDay != null && `, ${formatNumber(limit.perDay)}/day`}
              <span className="muted"> ({limit.source === 'KEY' ? 'set for this key' : 'from the plan'})</span>
            </dd>
          </div>
          {apiKey.graceEndsAt && (
            <div>
              <dt>Refused from</dt>
              <dd>{formatDateTime(apiKey.graceEndsAt)}</dd>
            </div>
          )}
          {apiKey.replacedBy && (
            <div>
              <dt>Replaced by</dt>
              <dd>
                <Link to={`/projects/${projectId}/keys/${apiKey.replacedBy.id}`}>
                  <code>{apiKey.replacedBy.preview}</code>
                </Link>
              </dd>
            </div>
          )}
          {apiKey.rotatedFrom && (
            <div>
              <dt>Replaces</dt>
              <dd>
                <Link to={`/projects/${projectId}/keys/${apiKey.rotatedFrom.id}`}>
                  <code>{apiKey.rotatedFrom.preview}</code>
                </Link>
              </dd>
            </div>
          )}
        </dl>
        {apiKey.meta && (
          <div className="key-meta">
            <h3 id="key-meta-heading">Metadata</h3>
            <pre className="snippet-code" data-testid="key-meta">
              {JSON.stringify(apiKey.meta, null, 2)}
            </pre>
          </div>
        )}
        {context.held.has('keys:write') && (
          <KeyActions
            apiKey={apiKey}
            context={context}
            onChanged={detail.reload}
            onDeleted={() => navigate(`/projects/${projectId}`)}
          />
        )}
      </div>

      <section aria-labelledby="key-usage-help-heading" className="card usage-help-card">
        <h2 id="key-usage-help-heading">How to use this key</h2>
        <p className="hint">
          The secret is shown only once, when the key is created or rotated: here <code>$LATCHKEY_KEY</code> stands for
          it.
        </p>
        <KeyUsageHelp apiKey={apiKey} />
      </section>

      <KeyUsageSection keyId={apiKey.id} />

      {audit ? (
        <section aria-labelledby="key-audit-heading">
          <h2 id="key-audit-heading">
            Audit trail <span className="muted count">{formatNumber(audit.totalCount)}</span>
          </h2>
          {audit.edges.length === 0 ? (
            <EmptyState title="No events yet" />
          ) : (
            <AuditEventTable events={audit.edges.map((edge) => edge.node)} />
          )}
          <CursorPager
            label="Pages of the audit trail"
            cursors={auditCursors}
            setCursors={setAuditCursors}
            pageInfo={audit.pageInfo}
            previousLabel="Newer"
            nextLabel="Older"
          />
        </section>
      ) : (
        <p className="muted">The audit trail needs the audit:read permission.</p>
      )}
    </section>
  );
}
