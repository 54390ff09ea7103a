import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * How far a relay has read the audit log (the outbox): the (transaction id, event id) of the last
 * event it relayed. One row per relay; `default` is the deployment's, written by the migration.
 * The relay holds this row's lock while it relays a batch, so two worker processes never relay
 * the same events, and it moves the position in the same transaction as its writes.
 */
export const EventRelayCursor = defineEntity({
  name: 'EventRelayCursor',
  tableName: 'event_relay_cursors',
  properties: {
    name: p.string().length(64).primary(),
    txId: p.string().columnType('xid8'),
    eventId: p.uuid(),
    /** Events relayed so far by this cursor. */
    relayedEvents: p.bigint('number').default(0),
    updatedAt: p.datetime(),
  },
});
export type EventRelayCursor = InferEntity<typeof EventRelayCursor>;
