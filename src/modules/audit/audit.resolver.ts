import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ActorObject } from '../api-keys/api-keys.types.js';
import type { AuditEvent } from './audit.entity.js';
import { AuditEventObject, actorOf } from './audit.types.js';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  @FieldResolver(() => ActorObject, { description: 'Who made the change.' })
  actor(@Root() event: AuditEvent): ActorObject {
    return actorOf(event);
  }
}
