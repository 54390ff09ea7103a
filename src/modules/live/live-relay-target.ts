/**
 * The subscriptions' relay target: every relayed batch of audit events is published on the live
 * `events` channel after the relay's commit (at most once: live views, not records), for the
 * subscriptions of every API process (live-feed.ts).
 */
import { LivePublisher } from '../../shared/live-bus.js';
import type { RelayTarget, RelayTargetDependencies } from '../events/event-relay.js';

/** Events per message: keeps one message small when the relay catches up on a backlog. */
const EVENTS_PER_MESSAGE = 100;

export function liveRelayTarget(deps: RelayTargetDependencies): RelayTarget {
  const connection = deps.redis.open('publisher');
  const publisher = new LivePublisher(connection, deps.redisPrefix);
  return {
    name: 'subscriptions',
    async afterCommit(events) {
      for (let start = 0; start < events.length; start += EVENTS_PER_MESSAGE) {
        await publisher.publish('events', { events: events.slice(start, start + EVENTS_PER_MESSAGE) });
      }
    },
    close() {
      connection.disconnect();
    },
  };
}
