import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids.js';
import { Project } from '../projects/projects.entity.js';

export const ACTOR_TYPES = ['USER', 'API_KEY', 'SYSTEM'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * Append-only: a trigger refuses UPDATE and DELETE, so not even a bug in this codebase can
 * rewrite history; only the events of a project deleted more than 30 days ago may be deleted (the
 * purge worker, src/modules/projects/project-purge.worker.ts). Summaries hold before/after values without secrets.
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_events',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    project: () => p.manyToOne(Project).mapToPk().nullable(),
    action: p.string().length(64),
    actorType: p.enum(ACTOR_TYPES),
    actorId: p.uuid().nullable(),
    actorLabel: p.string().length(320),
    targetType: p.string().length(32),
    targetId: p.string().length(64),
    targetLabel: p.string().length(320).nullable(),
    summary: p.json<Record<string, unknown>>().default('{}'),
    clientAddress: p.string().length(64).nullable(),
    userAgent: p.string().length(512).nullable(),
    requestId: p.string().length(64).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /**
     * The id of the transaction that wrote the event, set by PostgreSQL. The event relay
     * (src/modules/events) reads events in (txId, id) order and only below the oldest transaction
     * still running, so an event that commits late is never skipped (docs/webhooks.md).
     */
    txId: p.string().columnType('xid8').defaultRaw('pg_current_xact_id()').lazy(),
  },
  indexes: [
    { properties: ['project', 'createdAt'] },
    { properties: ['targetType', 'targetId', 'createdAt'] },
    { properties: ['txId', 'id'] },
  ],
  triggers: [
    {
      name: 'audit_events_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      // The one exception: the rows of a project deleted 30+ days ago, which the purge removes.
      body: "if TG_OP = 'DELETE' and OLD.project_id is not null and exists (select 1 from projects p where p.id = OLD.project_id and p.deleted_at <= now() - interval '30 days') then return OLD; end if; raise exception 'audit events are append-only' using errcode = 'insufficient_privilege';",
    },
  ],
});
export type AuditEvent = InferEntity<typeof AuditEvent>;
