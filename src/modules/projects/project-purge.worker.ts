/**
 * The purge of deleted projects, on a BullMQ Job Scheduler (every `purgeEveryMs`): a project
 * deleted more than 30 days ago (RETENTION_DAYS) loses its audit log, usage, keys, reports,
 * webhooks, permissions and memberships, then its row; one instance-level audit event
 * (`project.purged`, no project) records it.
 *
 * The audit trigger lets exactly these events be deleted (Migration20261203061100); the project row
 * is removed last, after its events, since its foreign key would otherwise rewrite them. Each
 * project is purged in its own transaction under a lock on its row, so two workers or a retried
 * job purge it once, and a failure leaves it whole for the next run.
 */
import type { Context } from '../../graphql/context.js';
import type { EntityManager } from '../../shared/orm.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RunningWorker, WorkerDependencies } from '../module.js';
import { startScheduledWorker } from '../scheduled-worker.js';
import { RETENTION_MS } from './project-deletion.service.js';

export const PURGE_QUEUE = 'project-purge';
export const PURGE_JOB = 'purge-projects';
const PURGE_SCHEDULER = 'project-purge';
/** Projects purged per run; the next run takes the rest. */
const PURGE_BATCH = 20;

/**
 * What a project leaves, in the order that satisfies the foreign keys. A table added later with a
 * `project_id` (or an `api_key_id`) belongs here too.
 */
const PURGE_STATEMENTS = [
  'delete from audit_events where project_id = ?',
  'delete from usage_stats where project_id = ?',
  'delete from usage_activity where project_id = ?',
  'delete from usage_notices where api_key_id in (select id from api_keys where project_id = ?)',
  'delete from key_expiry_notices where api_key_id in (select id from api_keys where project_id = ?)',
  'delete from key_leaks where project_id = ?',
  'delete from webhook_deliveries where project_id = ?',
  'delete from webhook_endpoints where project_id = ?',
  'delete from permissions where project_id = ?',
  'delete from memberships where project_id = ?',
  // Personal tokens name projects without a foreign key. A token that named only this project is
  // revoked (an empty list would mean "all the user's projects"); the others forget it.
  'update personal_tokens set revoked_at = coalesce(revoked_at, now()) where project_ids = array[?::text]',
  `with gone as (select ?::text as id) update personal_tokens t set project_ids = array_remove(t.project_ids, gone.id)
     from gone where gone.id = any(t.project_ids)`,
  'delete from api_keys where project_id = ?',
  'delete from projects where id = ?',
] as const;

export interface PurgeRun {
  purged: { id: string; name: string }[];
}

function systemContext(em: EntityManager, runId: string): Pick<Context, 'caller' | 'meta' | 'em'> {
  return {
    em,
    caller: { kind: 'anonymous' },
    meta: { requestId: runId.slice(0, 64), clientAddress: null, userAgent: 'latchkey purge worker' },
  };
}

/** One purge pass. `projectIds` limits it to some projects (null: all), for tests sharing a database. */
export async function runPurge(
  em: EntityManager,
  runId: string,
  now = new Date(),
  projectIds: readonly string[] | null = null,
): Promise<PurgeRun> {
  const cutoff = new Date(now.getTime() - RETENTION_MS);
  const only = projectIds ? ` and id in (${projectIds.map(() => '?').join(', ') || 'null'})` : '';
  const due = await em.execute<{ id: string }[]>(
    `select id from projects where deleted_at is not null and deleted_at <= ?${only} order by deleted_at limit ${PURGE_BATCH}`,
    [cutoff, ...(projectIds ?? [])],
  );
  const purged: PurgeRun['purged'] = [];
  for (const { id } of due) {
    const done = await em.fork().transactional(async (tx) => {
      // Locked and checked again: another worker may have purged it since the select.
      const [project] = await tx.execute<{ id: string; name: string; deleted_at: Date }[]>(
        'select id, name, deleted_at from projects where id = ? and deleted_at is not null and deleted_at <= ? for update skip locked',
        [id, cutoff],
      );
      if (!project) return null;
      const counts: Record<string, number> = {};
      for (const statement of PURGE_STATEMENTS) {
        const result = await tx.execute(statement, [id], 'run');
        counts[statement.split(' ')[2] as string] = (result as { affectedRows?: number }).affectedRows ?? 0;
      }
      recordAudit(systemContext(tx, runId), {
        projectId: null,
        action: 'project.purged',
        targetType: 'project',
        targetId: project.id,
        targetLabel: project.name,
        summary: {
          deletedAt: new Date(project.deleted_at).toISOString(),
          removed: { auditEvents: counts.audit_events ?? 0, apiKeys: counts.api_keys ?? 0 },
        },
        actor: { type: 'SYSTEM', id: null, label: 'purge worker' },
      });
      await tx.flush();
      return { id: project.id, name: project.name };
    });
    if (done) purged.push(done);
  }
  return { purged };
}

export function startPurgeWorker(deps: WorkerDependencies): Promise<RunningWorker> {
  const { logger, orm, options } = deps;
  return startScheduledWorker(deps, {
    queue: PURGE_QUEUE,
    scheduler: PURGE_SCHEDULER,
    job: PURGE_JOB,
    everyMs: options.purgeEveryMs,
    label: 'purge',
    async run(runId) {
      const run = await runPurge(orm.em.fork(), runId, new Date(), options.expiryProjectIds);
      if (run.purged.length > 0)
        logger.info({ purged: run.purged.map((project) => project.id) }, 'purged deleted projects');
      return { purged: run.purged.length };
    },
  });
}
