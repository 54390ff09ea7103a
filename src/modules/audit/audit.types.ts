import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { createConnection } from '../../shared/graphql-types.js';
import type { ActorObject } from '../api-keys/api-keys.types.js';
import type { AuditEvent } from './audit.entity.js';

@ObjectType('AuditEvent', { description: 'One change, recorded append-only. Never holds a secret.' })
export class AuditEventObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'What happened: `key.created`, `key.rotated`, `member.added`, …' })
  action!: string;

  @Field(() => String, {
    description:
      'Kind of thing changed: `project`, `api_key`, `member`, `invitation`, `user`, `session`, `webhook_endpoint`.',
  })
  targetType!: string;

  @Field(() => ID, { description: 'Id of the thing changed.' })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'Readable name of the thing changed, at the time.' })
  targetLabel!: string | null;

  @Field(() => JSONObjectResolver, { description: 'Before/after values of what changed.' })
  summary!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Client address of the request.' })
  clientAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'User agent of the request.' })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'Request id, as in the server log.' })
  requestId!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it happened.' })
  createdAt!: Date;
}

export function actorOf(event: AuditEvent): ActorObject {
  return { type: event.actorType, id: event.actorId ?? null, label: event.actorLabel };
}

export const AuditEventConnection = createConnection(
  'AuditEvent',
  AuditEventObject,
  'A page of audit events, newest first.',
);

@InputType({ description: 'Filters for audit events.' })
export class AuditEventFilter {
  @Field(() => [String], { nullable: true, description: 'Only these actions.' })
  actions?: string[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only events at or after this time.' })
  since?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only events before this time.' })
  until?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this target.' })
  targetId?: string | null;
}
