import type { DomainModule } from '../module.js';
import { liveRules } from './live.rules.js';
import { liveRelayTarget } from './live-relay-target.js';

/**
 * Live subscriptions over WebSocket (DESIGN.md section 14, docs/subscriptions.md): the
 * Subscription type, `ApiKey.liveConnections`, and the relay target that publishes committed
 * audit events to every API process. The WebSocket server itself is src/http/live-connections.ts.
 */
export const liveModule: DomainModule = {
  name: 'live',
  resolvers: async () => {
    const { ApiKeyLiveResolver, LiveResolver } = await import('./live.resolver.js');
    return [LiveResolver, ApiKeyLiveResolver];
  },
  rules: liveRules,
  relayTargets: [liveRelayTarget],
};
