import { type FormEvent, useState } from 'react';
import { execute } from '../api/client';
import { useQuery } from '../api/use-query';
import { Dialog } from '../components/dialog';
import { Badge, EmptyState, ErrorNotice, Loading } from '../components/feedback';
import { SecretReveal } from '../components/secret';
import { formatDate, formatNumber } from '../format';
import { graphql } from '../gql';
import type { Plan } from '../gql/graphql';
import { InvitationsNotice } from '../project/invitations-notice';
import { Link, navigate } from '../router';

const ProjectsQuery = graphql(`
  query Projects {
    viewer {
      isAdministrator
    }
    projects {
      id
      name
      plan
      viewerRole
      createdAt
      limits {
        maxKeys
      }
      apiKeys(first: 1) {
        totalCount
      }
    }
  }
`);

const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
        name
      }
      defaultKey {
        id
        name
        preview
      }
      secret
    }
  }
`);

export const PLANS: { value: Plan; label: string }[] = [
  { value: 'FREE', label: 'Free: 2 keys, 100 requests/min per key' },
  { value: 'PRO', label: 'Pro: 10 keys, 300 requests/min per key' },
  { value: 'TEAM', label: 'Team: 50 keys, 1,000 requests/min per key' },
  { value: 'ENTERPRISE', label: 'Enterprise: unlimited keys, limits set per key' },
];

interface Created {
  projectId: string;
  projectName: string;
  keyName: string;
  secret: string;
}

export function ProjectsPage() {
  const projects = useQuery(ProjectsQuery, {});
  const [name, setName] = useState('');
  const [plan, setPlan] = useState<Plan>('FREE');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<Created>();
  const isAdministrator = projects.data?.viewer.isAdministrator ?? false;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // Plans are chosen by instance administrators only; everyone else gets the default plan.
      const input = isAdministrator ? { name: name.trim(), plan } : { name: name.trim() };
      const { createProject } = await execute(CreateProjectMutation, { input });
      setCreated({
        projectId: createProject.project.id,
        projectName: createProject.project.name,
        keyName: createProject.defaultKey.name,
        secret: createProject.secret,
      });
      setName('');
      projects.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const list = projects.data?.projects;
  return (
    <section className="page">
      <div className="page-header">
        <h1>Projects</h1>
      </div>
      <div className="columns">
        <div className="column-main">
          <InvitationsNotice onAccepted={projects.reload} />
          {projects.error ? <ErrorNotice error={projects.error} onRetry={projects.reload} /> : null}
          {!list && projects.loading && <Loading label="Loading projects…" />}
          {list && list.length === 0 && (
            <EmptyState title="No projects yet">
              <p>A project holds API keys, members, usage and an audit log. Create your first one.</p>
            </EmptyState>
          )}
          {list && list.length > 0 && (
            <ul className="project-list">
              {list.map((project) => (
                <li key={project.id} className="card project-card">
                  <Link to={`/projects/${project.id}`} className="project-name">
                    {project.name}
                  </Link>
                  <div className="project-meta">
                    <Badge tone="blue">{project.plan}</Badge>
                    {project.viewerRole && <Badge>{project.viewerRole.toLowerCase()}</Badge>}
                    {project.apiKeys && (
                      <span>
                        {formatNumber(project.apiKeys.totalCount)} key{project.apiKeys.totalCount === 1 ? '' : 's'}
                        {project.limits.maxKeys != null && ` of ${project.limits.maxKeys}`}
                      </span>
                    )}
                    <span className="muted">created {formatDate(project.createdAt)}</span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
        <form className="card form column-side" onSubmit={create} aria-labelledby="new-project">
          <h2 id="new-project">New project</h2>
          <label>
            Name
            <input required maxLength={64} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          {isAdministrator ? (
            <label>
              Plan
              <select value={plan} onChange={(event) => setPlan(event.target.value as Plan)}>
                {PLANS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="hint">New projects start on the instance’s default plan; its administrators change plans.</p>
          )}
          <p className="hint">The project gets a default key holding every scope; its secret is shown once.</p>
          <ErrorNotice error={error} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create project'}
          </button>
        </form>
      </div>
      {created && (
        <Dialog title={`Project “${created.projectName}” created`} onClose={() => setCreated(undefined)}>
          <p>
            Its default key <code>{created.keyName}</code> holds every scope of the project.
          </p>
          <SecretReveal secret={created.secret} label="Default key" />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setCreated(undefined)}>
              Close
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => navigate(`/projects/${created.projectId}`)}
            >
              Open the project
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
