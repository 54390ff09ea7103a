import 'reflect-metadata';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { buildSchema } from 'type-graphql';
import { type AnswerAtOnce, answerAtOnceOf, isAuthenticated } from '../auth/guards.js';
import type { RuleMap } from '../modules/module.js';
import { MODULES } from '../modules.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { allow, applyMiddleware, deny, shield } from '../shared/shield.js';
import type { Context } from './context.js';

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
  const bare = await buildBareSchema();
  return withPlainFieldsUnwrapped(bare, applyMiddleware(bare, permissions));
}

/** The rule graphql-shield applies to `type.field`: the field's own, else the type's `*`, else deny. */
function ruleOf(type: string, field: string): unknown {
  const rules = permissionRules[type];
  return rules?.[field] ?? rules?.['*'] ?? deny;
}

/**
 * graphql-shield wraps every field in an async middleware, so each field of a 100-key page
 * becomes a promise (most of a list's execution time). Fields whose rule is `allow` get their
 * own resolver back, and fields whose rule is `isAuthenticated` (the plain fields of a type
 * reached through a guarded parent) a synchronous check with the same answer: the rule's
 * UNAUTHENTICATED error for an anonymous caller, else the field. Fields whose guard can answer
 * synchronously (`answerAtOnceOf`) take that answer when it has one and graphql-shield's wrapper
 * otherwise. Every other field keeps graphql-shield's wrapper; the rule map is unchanged.
 */
function withPlainFieldsUnwrapped(bare: GraphQLSchema, shielded: GraphQLSchema): GraphQLSchema {
  const subscription = shielded.getSubscriptionType()?.name;
  for (const type of Object.values(shielded.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type) || type.name === subscription) continue;
    const original = bare.getType(type.name);
    if (!isObjectType(original)) continue;
    const originalFields = original.getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      const rule = ruleOf(type.name, name);
      const resolve = originalFields[name]?.resolve;
      if (rule === allow) {
        field.resolve = resolve;
      } else if (rule === isAuthenticated) {
        field.resolve = authenticatedOnly(resolve);
      } else {
        const answerAtOnce = answerAtOnceOf(rule);
        if (answerAtOnce && field.resolve) field.resolve = answeredAtOnce(answerAtOnce, resolve, field.resolve);
      }
    }
  }
  return shielded;
}

/** `resolve` for an authenticated caller; the `isAuthenticated` rule's error for an anonymous one. */
function authenticatedOnly(
  resolve: GraphQLFieldResolver<unknown, Context> | undefined,
): GraphQLFieldResolver<unknown, Context> {
  const field = resolve ?? defaultFieldResolver;
  return (parent, args, ctx, info) =>
    ctx.caller.kind === 'anonymous' ? unauthenticated('MISSING') : field(parent, args, ctx, info);
}

/**
 * The guard's answer without a promise when it has one: `resolve` when it allows, else its error
 * (graphql-shield's wrapper returns a rule's error the same way). Undecided: `shielded`, the rule.
 */
function answeredAtOnce(
  answerAtOnce: AnswerAtOnce,
  resolve: GraphQLFieldResolver<unknown, Context> | undefined,
  shielded: GraphQLFieldResolver<unknown, Context>,
): GraphQLFieldResolver<unknown, Context> {
  const field = resolve ?? defaultFieldResolver;
  return (parent, args, ctx, info) => {
    const answer = answerAtOnce(parent, args, ctx);
    if (answer === undefined) return shielded(parent, args, ctx, info);
    return answer === true ? field(parent, args, ctx, info) : answer;
  };
}
