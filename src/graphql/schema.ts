import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { RuleMap } from '../modules/module.js';
import { MODULES } from '../modules.js';
import { forbidden } from '../shared/errors.js';
import { applyMiddleware, deny, shield } from '../shared/shield.js';

/** Merges the per-domain rule maps; a type or field named twice is a mistake, so it throws. */
export function mergeRules(...maps: RuleMap[]): RuleMap {
  const merged: RuleMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] ??= {};
      for (const [field, rule] of Object.entries(fields)) {
        if (field in merged[type]) throw new Error(`Permission for ${type}.${field} is declared twice.`);
        merged[type][field] = rule;
      }
    }
  }
  return merged;
}

export const permissionRules = mergeRules(...MODULES.map((module) => module.rules ?? {}));

const UNUSED_PUBSUB = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('Subscriptions subscribe through their own functions (src/modules/live).');
  },
};

/** The type-graphql schema, without permissions: what `schema/schema.graphql` is emitted from. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  const resolvers = (await Promise.all(MODULES.map((module) => module.resolvers?.() ?? []))).flat();
  const schema = await buildSchema({
    resolvers: resolvers as unknown as Parameters<typeof buildSchema>[0]['resolvers'],
    validate: false,
    // Every subscription brings its own `subscribe` (src/modules/live/live.service.ts, fed by Redis
    // pub/sub across processes); type-graphql's topic PubSub is required but never used.
    pubSub: UNUSED_PUBSUB,
  });
  // type-graphql cannot describe the root types; the playground shows these as the API's front page.
  const query = schema.getQueryType();
  if (query) query.description = 'Read the caller, projects, keys and the scope catalog.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Sign up and in, manage projects, members and API keys, and verify keys.';
  const subscription = schema.getSubscriptionType();
  if (subscription)
    subscription.description =
      'Live events over WebSocket (graphql-transport-ws on /graphql): audit events, usage and key changes.';
  return schema;
}

/**
 * The served schema: deny by default. Every type and field needs a rule; real errors from
 * resolvers pass through untouched (`allowExternalErrors`), and a denied field answers FORBIDDEN.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const permissions = shield(permissionRules as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => forbidden('You are not allowed to read this field.'),
  });
  return applyMiddleware(await buildBareSchema(), permissions);
}
