import { useEffect, useId, useState } from 'react';
import { useQuery } from '../api/use-query';
import { CursorPager, type CursorStack } from '../components/cursor-pager';
import { EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { formatDate, formatDateTime, formatNumber, formatRelative } from '../format';
import type { ApiKeyEnvironment, ApiKeyFilter, ApiKeyStatus } from '../gql/graphql';
import { Link } from '../router';
import { ProjectKeysQuery } from './documents';
import { KeyActions } from './key-actions';
import { EnvironmentBadge, ScopeBadges, StatusBadge } from './key-badges';
import { CreateKeyDialog, type KeyContext } from './key-dialogs';

const PAGE_SIZE = 20;

/** Debounces a fast-changing value (typing in the search box). */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function KeysPanel({ context }: { context: KeyContext }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ApiKeyStatus | ''>('');
  const [environment, setEnvironment] = useState<ApiKeyEnvironment | ''>('');
  const [scope, setScope] = useState('');
  const [externalId, setExternalId] = useState('');
  // Cursors of the pages visited so far; the last one is the current page.
  const [cursors, setCursors] = useState<CursorStack>([null]);
  const [creating, setCreating] = useState(false);
  const debouncedSearch = useDebounced(search.trim(), 250);
  const debouncedExternalId = useDebounced(externalId.trim(), 250);

  const filter: ApiKeyFilter = {
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    ...(status ? { status } : {}),
    ...(environment ? { environment } : {}),
    ...(scope ? { scope } : {}),
    ...(debouncedExternalId ? { externalId: debouncedExternalId } : {}),
  };
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts again from the first page.
  useEffect(() => setCursors([null]), [filterKey]);

  const keys = useQuery(ProjectKeysQuery, {
    projectId: context.projectId,
    first: PAGE_SIZE,
    after: cursors[cursors.length - 1] ?? null,
    filter,
  });
  const project = keys.data?.project;
  const connection = project?.apiKeys;
  const filtered = Object.keys(filter).length > 0;
  const canWrite = context.held.has('keys:write');
  // The plan's key limit, shown before anyone tries to pass it.
  const maxKeys = project?.limits.maxKeys ?? null;
  const atLimit = project != null && maxKeys != null && project.keyCount >= maxKeys;
  const limitId = useId();
  const focusKeysHeading = () => document.getElementById('keys-heading');

  return (
    <section aria-labelledby="keys-heading">
      <div className="section-header">
        <h2 id="keys-heading" tabIndex={-1}>
          API keys{' '}
          {connection && (
            <span className="muted count" data-testid="key-count">
              {formatNumber(connection.totalCount)}
            </span>
          )}
        </h2>
        <div className="section-actions">
          {project && maxKeys != null && (
            <p id={limitId} className={atLimit ? 'limit-note limit-reached' : 'limit-note'} data-testid="key-limit">
              {atLimit
                ? `${formatNumber(project.keyCount)} of ${formatNumber(maxKeys)} keys: upgrade the plan or delete one to create another.`
                : `${formatNumber(project.keyCount)} of ${formatNumber(maxKeys)} keys on the ${project.plan.toLowerCase()} plan`}
            </p>
          )}
          {canWrite && (
            // aria-disabled rather than disabled: the button stays reachable and reads its reason.
            <button
              type="button"
              className="button button-primary"
              aria-disabled={atLimit || undefined}
              aria-describedby={project && maxKeys != null ? limitId : undefined}
              onClick={() => {
                if (!atLimit) setCreating(true);
              }}
            >
              Create key
            </button>
          )}
        </div>
      </div>
      <search className="filters">
        <label>
          Search
          <input
            type="search"
            placeholder="Key name"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as ApiKeyStatus | '')}>
            <option value="">Any</option>
            <option value="ACTIVE">Active</option>
            <option value="DEACTIVATED">Deactivated</option>
            <option value="EXPIRED">Expired</option>
            <option value="LEAKED">Leaked</option>
          </select>
        </label>
        <label>
          Environment
          <select
            value={environment}
            onChange={(event) => setEnvironment(event.target.value as ApiKeyEnvironment | '')}
          >
            <option value="">Any</option>
            <option value="LIVE">Live</option>
            <option value="TEST">Test</option>
          </select>
        </label>
        <label>
          Scope
          <select value={scope} onChange={(event) => setScope(event.target.value)}>
            <option value="">Any</option>
            {context.catalog.map((entry) => (
              <option key={entry.name} value={entry.name}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          External id
          <input
            type="search"
            placeholder="Exact, e.g. tenant_42"
            value={externalId}
            spellCheck={false}
            onChange={(event) => setExternalId(event.target.value)}
          />
        </label>
        {keys.loading && connection && <span className="spinner" role="status" aria-label="Updating" />}
      </search>
      {keys.error ? <ErrorNotice error={keys.error} onRetry={keys.reload} /> : null}
      {!connection && keys.loading && <Loading label="Loading keys…" />}
      {connection && connection.edges.length === 0 && (
        <EmptyState title={filtered ? 'No keys match these filters' : 'This project has no keys'}>
          {filtered ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSearch('');
                setStatus('');
                setEnvironment('');
                setScope('');
                setExternalId('');
              }}
            >
              Clear filters
            </button>
          ) : (
            canWrite && <p>Create a key to call the API from your application.</p>
          )}
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && (
        <div className="table-wrap">
          <table className="table keys-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Key</th>
                <th scope="col">Env.</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col" className="numeric">
                  Requests
                </th>
                <th scope="col">Expires</th>
                {canWrite && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id} data-key-name={node.name} data-key-preview={node.preview}>
                  <th scope="row">
                    <Link to={`/projects/${context.projectId}/keys/${node.id}`}>{node.name}</Link>
                    {node.isDefault && <span className="muted small"> default</span>}
                    {node.description && <div className="muted small clamp">{node.description}</div>}
                    {node.externalId && (
                      <div className="muted small clamp" title={`External id: ${node.externalId}`}>
                        for <code>{node.externalId}</code>
                      </div>
                    )}
                  </th>
                  <td data-label="Status">
                    <StatusBadge apiKey={node} />
                  </td>
                  <td data-label="Key">
                    <code className="preview">{node.preview}</code>
                  </td>
                  <td data-label="Environment">
                    <EnvironmentBadge environment={node.environment} />
                  </td>
                  <td data-label="Scopes">
                    <ScopeBadges scopes={node.scopes} />
                  </td>
                  <td data-label="Created">
                    <div className="clamp" title={node.createdBy?.label}>
                      {node.createdBy?.label ?? '—'}
                    </div>
                    <div className="muted small" title={formatDateTime(node.createdAt)}>
                      {formatDate(node.createdAt)}
                    </div>
                  </td>
                  <td data-label="Last used" title={formatDateTime(node.lastUsedAt)}>
                    {node.lastUsedAt ? formatRelative(node.lastUsedAt) : 'never'}
                  </td>
                  <td data-label="Requests" className="numeric">
                    {formatNumber(node.usageCount)}
                  </td>
                  <td data-label="Expires" title={formatDateTime(node.graceEndsAt ?? node.expiresAt)}>
                    {node.graceEndsAt
                      ? formatRelative(node.graceEndsAt)
                      : node.expiresAt
                        ? formatDate(node.expiresAt)
                        : 'never'}
                  </td>
                  {canWrite && (
                    <td data-label="Actions">
                      <KeyActions
                        apiKey={node}
                        context={context}
                        graceAllowed={!atLimit}
                        onChanged={keys.reload}
                        focusAfterDelete={focusKeysHeading}
                        compact
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection && (
        <CursorPager label="Pages of keys" cursors={cursors} setCursors={setCursors} pageInfo={connection.pageInfo} />
      )}
      {creating && <CreateKeyDialog context={context} onClose={() => setCreating(false)} onCreated={keys.reload} />}
    </section>
  );
}
