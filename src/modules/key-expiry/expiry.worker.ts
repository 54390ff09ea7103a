/**
 * The expiry worker, on a BullMQ Job Scheduler (every `expiryEveryMs`): marks keys past
 * `expiresAt` as EXPIRED and audits `key.expired`, and audits `key.expiring` 7 days and 1 day
 * before. Keys past their expiry are already refused on every request (src/auth/admission.ts); this job makes
 * the status and the audit trail say so.
 *
 * Safe with several workers and retries: a key is marked by a conditional UPDATE ... RETURNING,
 * so exactly one run sees it change; a notice is claimed by an INSERT into `key_expiry_notices`
 * (unique per key, notice and expiry), so each is recorded once. The audit events are written in
 * the same transaction as the change that justifies them.
 */
import type { Context } from '../../graphql/context.js';
import type { EntityManager } from '../../shared/orm.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RunningWorker, WorkerDependencies } from '../module.js';
import { startScheduledWorker } from '../scheduled-worker.js';
import type { ExpiryNotice } from './key-expiry.entity.js';

export const EXPIRY_QUEUE = 'key-expiry';
export const EXPIRY_JOB = 'expire-keys';
const EXPIRY_SCHEDULER = 'key-expiry';

const DAY_MS = 86_400_000;
const SYSTEM_ACTOR = { type: 'SYSTEM', id: null, label: 'expiry worker' } as const;

/** [notice, expiring after now + from, up to now + to]: a key inside 1 day gets only the 1-day notice. */
const NOTICES: readonly [ExpiryNotice, number, number][] = [
  ['7d', DAY_MS, 7 * DAY_MS],
  ['1d', 0, DAY_MS],
];

interface KeyRow {
  id: string;
  project_id: string;
  name: string;
  preview: string;
  expires_at: Date | string;
  key_hash: string;
}

export interface ExpiryRun {
  expired: string[];
  /** Hashes of the expired keys, for the revocation point (src/auth/revocation.ts). */
  expiredHashes: string[];
  notices: { keyId: string; notice: ExpiryNotice }[];
}

function systemContext(em: EntityManager, runId: string): Pick<Context, 'caller' | 'meta' | 'em'> {
  return {
    em,
    caller: { kind: 'anonymous' },
    meta: { requestId: runId.slice(0, 64), clientAddress: null, userAgent: 'latchkey expiry worker' },
  };
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * One expiry pass; returns what it changed (nothing when another worker got there first).
 * `projectIds` limits the pass to some projects (null: all).
 */
export async function runExpiry(
  em: EntityManager,
  runId: string,
  now = new Date(),
  projectIds: readonly string[] | null = null,
): Promise<ExpiryRun> {
  const inProjects = (column: string) =>
    projectIds ? ` and ${column} in (${projectIds.map(() => '?').join(', ') || 'null'})` : '';
  const projectParams = projectIds ?? [];
  return em.transactional(async (tx) => {
    const ctx = systemContext(tx, runId);
    // 1. expire: only this transaction sees these rows change from ACTIVE
    const expired = await tx.execute<KeyRow[]>(
      `update api_keys set status = 'EXPIRED', updated_at = ?
       where status = 'ACTIVE' and deleted_at is null and expires_at is not null and expires_at <= ?${inProjects('project_id')}
       returning id, project_id, name, preview, expires_at, key_hash`,
      [now, now, ...projectParams],
    );
    for (const key of expired) {
      recordAudit(ctx, {
        projectId: key.project_id,
        action: 'key.expired',
        targetType: 'api_key',
        targetId: key.id,
        targetLabel: key.name,
        summary: { before: { status: 'ACTIVE' }, after: { status: 'EXPIRED' }, expiresAt: iso(key.expires_at) },
        actor: SYSTEM_ACTOR,
      });
    }

    // 2. notices: claimed by a unique marker, so each is recorded once per key and expiry
    const notices: ExpiryRun['notices'] = [];
    for (const [notice, from, to] of NOTICES) {
      const claimed = await tx.execute<KeyRow[]>(
        `with claimed as (
           insert into key_expiry_notices (id, api_key_id, notice, expires_at, created_at)
           select gen_random_uuid(), k.id, ?, k.expires_at, ?
           from api_keys k
           where k.status = 'ACTIVE' and k.deleted_at is null and k.rotated_at is null
             and k.expires_at > ? and k.expires_at <= ?${inProjects('k.project_id')}
           order by k.id
           on conflict (api_key_id, notice, expires_at) do nothing
           returning api_key_id
         )
         select k.id, k.project_id, k.name, k.preview, k.expires_at
         from claimed join api_keys k on k.id = claimed.api_key_id`,
        [notice, now, new Date(now.getTime() + from), new Date(now.getTime() + to), ...projectParams],
      );
      for (const key of claimed) {
        notices.push({ keyId: key.id, notice });
        recordAudit(ctx, {
          projectId: key.project_id,
          action: 'key.expiring',
          targetType: 'api_key',
          targetId: key.id,
          targetLabel: key.name,
          summary: { expiresAt: iso(key.expires_at), notice: notice === '7d' ? '7 days' : '1 day' },
          actor: SYSTEM_ACTOR,
        });
      }
    }
    return { expired: expired.map((key) => key.id), expiredHashes: expired.map((key) => key.key_hash), notices };
  });
}

export function startExpiryWorker(deps: WorkerDependencies): Promise<RunningWorker> {
  const { logger, orm, options } = deps;
  return startScheduledWorker(deps, {
    queue: EXPIRY_QUEUE,
    scheduler: EXPIRY_SCHEDULER,
    job: EXPIRY_JOB,
    everyMs: options.expiryEveryMs,
    label: 'expiry',
    async run(runId) {
      const run = await runExpiry(orm.em.fork(), runId, new Date(), options.expiryProjectIds);
      await deps.revocation.changed(run.expiredHashes);
      if (run.expired.length > 0 || run.notices.length > 0) {
        logger.info({ expired: run.expired.length, notices: run.notices.length }, 'expiry run');
      }
      return { expired: run.expired.length, notices: run.notices.length };
    },
  });
}
