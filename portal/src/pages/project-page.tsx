import { useMemo } from 'react';
import { useQuery } from '../api/use-query';
import { Badge, ErrorNotice, Loading } from '../components/feedback';
import { formatNumber } from '../format';
import type { KeyContext } from '../keys/key-dialogs';
import { KeysPanel } from '../keys/keys-panel';
import { LeakedKeyBanner } from '../keys/leak-banner';
import { expandScopes } from '../keys/scopes';
import { PermissionsPanel } from '../permissions/permissions-panel';
import { ProjectAuditPanel } from '../project/audit-panel';
import { ProjectOverviewQuery } from '../project/documents';
import { MembersPanel } from '../project/members-panel';
import { ProjectSettingsPanel } from '../project/settings-panel';
import { Link } from '../router';
import { ProjectUsagePanel } from '../usage/project-usage-panel';
import { WebhooksPanel } from '../webhooks/webhooks-panel';

export type ProjectTab = 'keys' | 'permissions' | 'usage' | 'members' | 'audit' | 'webhooks' | 'settings';

const TABS: { id: ProjectTab; label: string; path: string }[] = [
  { id: 'keys', label: 'API keys', path: '' },
  { id: 'permissions', label: 'Permissions', path: '/permissions' },
  { id: 'usage', label: 'Usage', path: '/usage' },
  { id: 'members', label: 'Members', path: '/members' },
  { id: 'audit', label: 'Audit log', path: '/audit' },
  { id: 'webhooks', label: 'Webhooks', path: '/webhooks' },
  { id: 'settings', label: 'Settings', path: '/settings' },
];

/** The project, the person's own scopes in it, and the scope catalog: what every tab needs. */
export function useProjectOverview(projectId: string) {
  const overview = useQuery(ProjectOverviewQuery, { id: projectId });
  const data = overview.data;
  const context = useMemo<KeyContext | undefined>(() => {
    if (!data?.project) return undefined;
    const me = data.project.members?.find((member) => member.user && member.user.id === data.viewer.user?.id);
    return {
      projectId,
      catalog: data.scopes,
      held: expandScopes(data.scopes, me?.scopes ?? []),
    };
  }, [data, projectId]);
  return { overview, project: data?.project ?? undefined, context };
}

export function ProjectHeader({
  project,
}: {
  project: {
    id: string;
    name: string;
    plan: string;
    viewerRole?: string | null;
    limits: { maxKeys?: number | null; perMinute?: number | null; perDay?: number | null };
  };
}) {
  return (
    <div className="page-header">
      <div>
        <p className="breadcrumb">
          <Link to="/projects">Projects</Link> /
        </p>
        <h1>{project.name}</h1>
      </div>
      <div className="project-meta">
        <Badge tone="blue">{project.plan}</Badge>
        {project.viewerRole && <Badge>you: {project.viewerRole.toLowerCase()}</Badge>}
        <span className="muted">
          {project.limits.maxKeys == null ? 'unlimited keys' : `up to ${project.limits.maxKeys} keys`}
          {project.limits.perMinute != null && ` · ${formatNumber(project.limits.perMinute)}/min`}
          {project.limits.perDay != null && ` · ${formatNumber(project.limits.perDay)}/day per key`}
        </span>
      </div>
    </div>
  );
}

export function ProjectPage({ projectId, tab }: { projectId: string; tab: ProjectTab }) {
  const { overview, project, context } = useProjectOverview(projectId);
  if (overview.error) return <ErrorNotice error={overview.error} onRetry={overview.reload} />;
  if (!project || !context) return <Loading label="Loading the project…" />;
  return (
    <section className="page">
      <ProjectHeader project={project} />
      {(project.leakedKeys ?? []).map((leaked) => (
        <LeakedKeyBanner
          key={leaked.id}
          apiKey={leaked}
          leaks={leaked.leaks ?? []}
          canRotate={context.held.has('keys:write')}
          onRotated={overview.reload}
          projectId={projectId}
          linkToKey
        />
      ))}
      <nav className="tabs" aria-label="Project sections">
        {TABS.map((entry) => (
          <Link
            key={entry.id}
            to={`/projects/${projectId}${entry.path}`}
            aria-current={entry.id === tab ? 'page' : undefined}
            className="tab"
          >
            {entry.label}
          </Link>
        ))}
      </nav>
      {tab === 'keys' && <KeysPanel context={context} />}
      {tab === 'permissions' && <PermissionsPanel context={context} />}
      {tab === 'usage' && <ProjectUsagePanel projectId={projectId} />}
      {tab === 'members' && <MembersPanel context={context} onChanged={overview.reload} />}
      {tab === 'audit' && <ProjectAuditPanel projectId={projectId} />}
      {tab === 'webhooks' && <WebhooksPanel context={context} />}
      {tab === 'settings' && <ProjectSettingsPanel project={project} />}
    </section>
  );
}
