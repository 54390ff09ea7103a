import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, type Page, type PageArgs, pageSize, toPage } from '../../shared/pagination.js';
import { auditReads } from '../usage/usage-snapshot.js';
import { AuditEvent } from './audit.entity.js';

export interface AuditEntry {
  projectId: string | null;
  /** `project.created`, `key.rotated`, ... */
  action: string;
  targetType:
    | 'project'
    | 'api_key'
    | 'member'
    | 'invitation'
    | 'user'
    | 'session'
    | 'permission'
    | 'webhook_endpoint'
    | 'personal_token';
  targetId: string;
  targetLabel?: string | null;
  /** Before/after values of what changed. Never a secret, a hash or a password. */
  summary?: Record<string, unknown>;
  /** Who acted, when it is not the caller (a user who has just signed up, a worker). */
  actor?: { type: 'USER' | 'API_KEY' | 'SYSTEM'; id: string | null; label: string };
}

/** Queues an audit event on the request's EntityManager; it is written in the same flush. */
export function recordAudit(ctx: Pick<Context, 'caller' | 'meta' | 'em'>, entry: AuditEntry): void {
  const { caller, meta } = ctx;
  const actor = entry.actor
    ? { actorType: entry.actor.type, actorId: entry.actor.id, actorLabel: entry.actor.label }
    : caller.kind === 'user'
      ? { actorType: 'USER' as const, actorId: caller.user.id, actorLabel: caller.user.email }
      : caller.kind === 'token'
        ? // The user acts, and the token they acted through is named (DESIGN.md section 15).
          {
            actorType: 'USER' as const,
            actorId: caller.user.id,
            actorLabel: `${caller.user.email} (token ${caller.token.name}, ${caller.token.preview})`,
          }
        : caller.kind === 'key'
          ? {
              actorType: 'API_KEY' as const,
              actorId: caller.key.id,
              actorLabel: `${caller.key.name} (${caller.key.preview})`,
            }
          : { actorType: 'SYSTEM' as const, actorId: null, actorLabel: 'system' };
  ctx.em.create(AuditEvent, {
    project: entry.projectId,
    action: entry.action,
    ...actor,
    targetType: entry.targetType,
    targetId: entry.targetId,
    targetLabel: entry.targetLabel ?? null,
    summary:
      caller.kind === 'token' && !entry.actor
        ? { ...entry.summary, personalToken: { id: caller.token.id, name: caller.token.name } }
        : (entry.summary ?? {}),
    clientAddress: meta.clientAddress,
    userAgent: meta.userAgent,
    requestId: meta.requestId,
  });
}

export interface AuditQuery extends PageArgs {
  projectId: string;
  filter?: {
    actions?: string[] | null;
    since?: Date | null;
    until?: Date | null;
    targetId?: string | null;
  } | null;
}

/** A page of a project's audit events, newest first. */
export async function listAuditEvents(ctx: Context, query: AuditQuery): Promise<Page<AuditEvent>> {
  const size = pageSize(query.first);
  const afterId = decodeCursor(query.after);
  const filter = query.filter ?? {};
  const conditions: FilterQuery<AuditEvent>[] = [{ project: query.projectId }];
  if (filter.actions?.length) conditions.push({ action: { $in: filter.actions.slice(0, 50) } });
  if (filter.since) conditions.push({ createdAt: { $gte: filter.since } });
  if (filter.until) conditions.push({ createdAt: { $lt: filter.until } });
  if (filter.targetId) conditions.push({ targetId: filter.targetId });
  const pageConditions = afterId ? [...conditions, { id: { $lt: afterId } }] : conditions;
  // On a read replica when there are some (and this is no mutation): usage-snapshot.ts.
  const em = await auditReads(ctx);
  const [rows, totalCount] = await Promise.all([
    em.find(AuditEvent, { $and: pageConditions }, { orderBy: { id: 'desc' }, limit: size + 1 }),
    em.count(AuditEvent, { $and: conditions }),
  ]);
  return toPage(rows, size, totalCount);
}
