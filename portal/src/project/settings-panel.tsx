import { type FormEvent, useId, useState } from 'react';
import { execute } from '../api/client';
import { useSubmit } from '../api/use-submit';
import { Dialog, FormActions } from '../components/dialog';
import { ErrorNotice } from '../components/feedback';
import { formatDateTime } from '../format';
import { navigate } from '../router';
import { DeleteProjectMutation } from './documents';

/** The project's Settings tab: for now, its danger zone (docs/leaked-keys.md#deleting-a-project). */
export function ProjectSettingsPanel({
  project,
}: {
  project: { id: string; name: string; viewerRole?: string | null };
}) {
  const [deleting, setDeleting] = useState(false);
  const owner = project.viewerRole === 'OWNER';
  return (
    <section aria-labelledby="danger-zone-heading" className="card danger-zone">
      <h2 id="danger-zone-heading">Danger zone</h2>
      <div className="danger-zone-row">
        <div>
          <h3>Delete this project</h3>
          <p>
            Every key of the project is refused at once and its webhooks stop. Its owners can still read its audit log
            and usage for 30 days; then everything is removed for good.
          </p>
          {!owner && <p className="muted">Only an owner of the project can delete it.</p>}
        </div>
        {owner && (
          <button type="button" className="button button-danger-outline" onClick={() => setDeleting(true)}>
            Delete project…
          </button>
        )}
      </div>
      {deleting && <DeleteProjectDialog project={project} onClose={() => setDeleting(false)} />}
    </section>
  );
}

/** Deleting needs the project's name typed again, exactly (the server checks it too). */
function DeleteProjectDialog({ project, onClose }: { project: { id: string; name: string }; onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const [purgeAt, setPurgeAt] = useState<string>();
  const { busy, error, run } = useSubmit();
  const inputId = useId();
  const hintId = useId();
  const matches = typed === project.name;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    void run(async () => {
      const { deleteProject } = await execute(DeleteProjectMutation, {
        input: { id: project.id, confirmName: typed },
      });
      setPurgeAt(deleteProject.purgeAt);
    });
  };
  if (purgeAt) {
    return (
      <Dialog title={`“${project.name}” deleted`} onClose={() => navigate('/projects')}>
        <p>
          Its keys are refused from now on. Its audit log and usage stay readable to its owners until{' '}
          {formatDateTime(purgeAt)}.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={() => navigate('/projects')}>
            Back to my projects
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={`Delete “${project.name}”?`} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p>
          This refuses every key of the project at once, on every server, and cannot be undone. Applications using its
          keys stop working now.
        </p>
        <label htmlFor={inputId}>
          Type <strong className="confirm-name">{project.name}</strong> to confirm
        </label>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-describedby={hintId}
          aria-invalid={typed.length > 0 && !matches ? true : undefined}
          data-autofocus
        />
        <p id={hintId} className="hint">
          {typed.length > 0 && !matches ? 'That is not the project’s name yet.' : 'The name, exactly as it is spelled.'}
        </p>
        <ErrorNotice error={error} />
        <FormActions
          label="Delete project"
          busyLabel="Deleting…"
          busy={busy}
          onCancel={onClose}
          danger
          disabled={!matches}
        />
      </form>
    </Dialog>
  );
}
