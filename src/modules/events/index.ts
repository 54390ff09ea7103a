import { Migration20261202192142_event_relay } from '../../migrations/Migration20261202192142_event_relay.js';
import type { DomainModule } from '../module.js';
import { startEventRelay } from './event-relay.worker.js';
import { EventRelayCursor } from './relay-cursor.entity.js';

/**
 * The outbox relay: committed audit events handed to every module's `relayTargets` (webhook
 * deliveries now; pub/sub for subscriptions later), each once, in transaction order.
 */
export const eventsModule: DomainModule = {
  name: 'events',
  entities: [EventRelayCursor],
  migrations: [Migration20261202192142_event_relay],
  workers: [startEventRelay],
};
