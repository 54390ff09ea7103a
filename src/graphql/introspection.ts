/**
 * `LATCHKEY_INTROSPECTION` (DESIGN.md section 3), read by config.ts:
 * - `public`: anyone may introspect, and errors suggest field names ("Did you mean …?");
 * - `authenticated`: introspection (`__schema`, `__type`) only for a caller with a key or a
 *   session; an anonymous one gets 401 UNAUTHENTICATED before anything runs; no suggestions;
 * - `off`: introspection refused for everyone (Apollo's rule, 400 GRAPHQL_VALIDATION_FAILED); no
 *   suggestions.
 * `__typename` is not introspection: it names a type the caller already asked for.
 */
import type { ApolloServerOptions } from '@apollo/server';
import { type DocumentNode, type GraphQLFormattedError, visit } from 'graphql';
import type { IntrospectionPolicy } from '../shared/config.js';
import { introspectionUnauthenticated } from '../shared/errors.js';
import type { Context } from './context.js';
import type { RequestHooks } from './request-hooks.js';

/** What Apollo is told: introspection on unless `off`, schema details hidden unless `public`. */
export function apolloIntrospectionOptions(
  policy: IntrospectionPolicy,
): Pick<ApolloServerOptions<Context>, 'introspection' | 'hideSchemaDetailsFromClientErrors'> {
  return { introspection: policy !== 'off', hideSchemaDetailsFromClientErrors: policy !== 'public' };
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Per parsed document (Apollo reuses the DocumentNode of a query it has seen): its answer. */
const introspectingDocuments = new WeakMap<DocumentNode, boolean>();

/** True when any operation or fragment of the document selects `__schema` or `__type`. */
export function introspects(document: DocumentNode): boolean {
  const known = introspectingDocuments.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found = true;
    },
  });
  introspectingDocuments.set(document, found);
  return found;
}

/** Refuses introspection by anonymous callers when the policy is `authenticated`. */
export function introspectionHooks(policy: IntrospectionPolicy): RequestHooks<Context> {
  if (policy !== 'authenticated') return {};
  return {
    didResolveOperation({ document, contextValue }) {
      if (contextValue.caller.kind === 'anonymous' && introspects(document)) throw introspectionUnauthenticated();
    },
  };
}

// graphql-js and Apollo phrase suggestions as a last sentence: "Did you mean "name"?", "Did you
// mean the enum value "LIVE"?", "Did you mean "a", "b", or "c"?".
const SUGGESTION = / ?Did you mean .*\?$/s;

/**
 * An error without its "Did you mean …?" sentence. Apollo's `hideSchemaDetailsFromClientErrors`
 * strips it from validation errors only; variable coercion errors (an unknown input field or enum
 * value in the variables) carry one too.
 */
export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return SUGGESTION.test(error.message) ? { ...error, message: error.message.replace(SUGGESTION, '') } : error;
}
