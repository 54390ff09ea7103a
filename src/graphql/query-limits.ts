/**
 * Limits on what one GraphQL document may ask for (DESIGN.md section 7), for every caller:
 * tokens (checked while parsing), depth, aliases and directives (validation rules from
 * graphql-armor) and a computed cost (graphql-query-complexity, with the request's variables).
 *
 * Every refusal is an HTTP 400 with `extensions.code` GRAPHQL_VALIDATION_FAILED and
 * `extensions.limit` naming the limit (`tokens`, `depth`, `aliases`, `directives`, `cost`), before
 * any resolver runs. Page sizes (`first` ≤ 100) stay the resolvers' job (BAD_USER_INPUT from
 * pagination.ts): the cost counts a page as at most 100 items, so `first: 1000` is answered by
 * that clearer error rather than by the cost limit.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type GraphQLError,
  GraphQLError as GraphQLErrorClass,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
// The CommonJS build: its ESM build imports `graphql/index.mjs`, a second copy of graphql whose
// classes differ from the ones the schema was built with ("another module or realm").
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity/cjs';
import { QUERY_LIMIT_VARIABLES, type QueryLimitSettings } from '../shared/config.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination.js';
import type { RequestHooks } from './request-hooks.js';

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened). */
  maxDepth: number;
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Lexical tokens per document; the parser stops at this count. */
  maxTokens: number;
  /** Computed cost per operation (see `fieldCost`). */
  maxCost: number;
}

/** The defaults, documented in docs/api.md (Query limits). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 5000,
};

/** Environment variable → limit and default; config.ts reads and checks the variables. */
export const QUERY_LIMIT_ENV = {
  maxDepth: [QUERY_LIMIT_VARIABLES.maxDepth, DEFAULT_QUERY_LIMITS.maxDepth],
  maxAliases: [QUERY_LIMIT_VARIABLES.maxAliases, DEFAULT_QUERY_LIMITS.maxAliases],
  maxDirectives: [QUERY_LIMIT_VARIABLES.maxDirectives, DEFAULT_QUERY_LIMITS.maxDirectives],
  maxTokens: [QUERY_LIMIT_VARIABLES.maxTokens, DEFAULT_QUERY_LIMITS.maxTokens],
  maxCost: [QUERY_LIMIT_VARIABLES.maxCost, DEFAULT_QUERY_LIMITS.maxCost],
} as const satisfies Record<keyof QueryLimits, readonly [string, number]>;

/** The limits: the defaults, then what the configuration sets (`config.queryLimits`). */
export function loadQueryLimits(settings: QueryLimitSettings = {}): QueryLimits {
  return { ...DEFAULT_QUERY_LIMITS, ...settings };
}

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost';

function limitError(limit: LimitName, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  // Apollo turns a validation-rule error into GRAPHQL_VALIDATION_FAILED with HTTP 400; the cost
  // check runs after validation, so it sets both itself.
  return new GraphQLErrorClass(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, ...extensions, http: { status: 400 } },
  });
}

/** graphql-armor reports "found N" in its message; the number is also useful as data. */
function foundIn(message: string): number | undefined {
  const match = /found (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

function reporter(limit: Exclude<LimitName, 'tokens' | 'cost'>, max: number, what: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = foundIn(error.message);
    context?.reportError(
      limitError(limit, `The operation has ${found ?? 'too many'} ${what}; the limit is ${max}.`, { max, found }),
    );
  };
}

/** Validation rules for depth, aliases and directives (graphql-armor's, with our error shape). */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      // Introspection stays bounded by graphql-js's own MaxIntrospectionDepthRule.
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [reporter('depth', limits.maxDepth, 'levels of nesting')],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reporter('aliases', limits.maxAliases, 'aliases')],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reporter('directives', limits.maxDirectives, 'directives')],
    },
    // Tokens are counted by graphql's parser (`parseOptions.maxTokens`), cost by queryCostHooks,
    // and suggestions hidden per LATCHKEY_INTROSPECTION (introspection.ts).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}

/** Unpaged object lists (a key's scopes, a project's members) are counted as this many items. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * The cost of one field, roughly the number of objects the operation can return: an object field
 * costs 1 plus its children's cost times the number of items it can return; scalars and enums cost
 * nothing (they come with their object, and the token limit bounds how many are asked for).
 * A field with a `first` argument returns up to `first` items (default 20, counted as at most 100);
 * the `edges` of a connection are already counted by that multiplier; other lists of objects
 * count as 10 items. Introspection meta fields cost nothing (graphql-js bounds their nesting).
 */
export const fieldCost: ComplexityEstimator = ({ field, args, childComplexity, type: parentType }) => {
  if (field.name.startsWith('__') || isLeafType(getNamedType(field.type))) return 0;
  if ('first' in args || field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.min(Math.max(first, 1), MAX_PAGE_SIZE) * childComplexity;
  }
  const returns = getNullableType(field.type);
  if (isListType(returns) && isObjectType(getNamedType(returns))) {
    const inConnection = parentType.name.endsWith('Connection');
    return 1 + (inConnection ? 1 : UNPAGED_LIST_ESTIMATE) * childComplexity;
  }
  return 1 + childComplexity;
};

/** What `extensions.cost` of a response holds. */
export interface QueryCost {
  requested: number;
  limit: number;
}

const TOKEN_LIMIT = /Document contains more th\w+ (\d+) tokens/;

/**
 * Costs already computed, per parsed document (Apollo reuses the DocumentNode of a query it has
 * seen) and per operation name + the values of the variables a cost depends on: those given to
 * `first` (fieldCost reads no other argument) and to `@include`/`@skip`. Any other variable (the
 * key given to `verifyApiKey`, a description) neither changes the cost nor is kept. Bounded: a
 * document keeps its last 64 variants.
 */
const costCache = new WeakMap<DocumentNode, { variables: readonly string[]; costs: Map<string, number> }>();
const COST_VARIANTS_PER_DOCUMENT = 64;
/** The arguments whose values a cost depends on: `first`, and `if` of `@include` and `@skip`. */
const COSTED_ARGUMENTS = new Set(['first', 'if']);

/** The variables given to the arguments a cost depends on, in the order they first appear. */
export function costedVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (!COSTED_ARGUMENTS.has(argument.name.value)) return false;
      visit(argument.value, {
        Variable(variable) {
          names.add(variable.name.value);
        },
      });
      return false;
    },
  });
  return [...names];
}

export function costOf(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  let known = costCache.get(document);
  if (!known) {
    known = { variables: costedVariablesOf(document), costs: new Map() };
    costCache.set(document, known);
  }
  // A variable left out (its default applies) is told apart from one given as null.
  let key = operationName ?? '';
  for (const name of known.variables) {
    const value = variables[name];
    key += `\u0000${value === undefined ? '-' : JSON.stringify(value)}`;
  }
  const cached = known.costs.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({ schema, query: document, operationName, variables, estimators: [fieldCost] });
  if (known.costs.size >= COST_VARIANTS_PER_DOCUMENT) known.costs.clear();
  known.costs.set(key, cost);
  return cost;
}

/**
 * Computes each operation's cost with its variables, refuses it above `maxCost`, and reports
 * `extensions.cost` on every response that got that far. It also gives the parser's token-limit
 * error the same code and shape as the other limits.
 */
export function queryCostHooks(limits: QueryLimits): RequestHooks<object> {
  // Per request (Apollo keeps one `request` object from start to response).
  const costs = new WeakMap<object, QueryCost>();
  return {
    didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      let requested: number;
      try {
        requested = costOf(schema, document, operation.name?.value, request.variables ?? {});
      } catch {
        // Variables that do not coerce: execution refuses them before any resolver runs,
        // with the clearer BAD_USER_INPUT message.
        return;
      }
      costs.set(request, { requested, limit: limits.maxCost });
      if (requested > limits.maxCost) {
        throw limitError(
          'cost',
          `The operation costs ${requested}; the limit is ${limits.maxCost}. Ask for fewer items (first) or fewer nested lists.`,
          { max: limits.maxCost, found: requested },
        );
      }
    },
    didEncounterErrors({ errors }) {
      for (const error of errors) {
        const match = TOKEN_LIMIT.exec(error.message);
        if (!match || error.extensions.code !== 'GRAPHQL_PARSE_FAILED') continue;
        // The parser stops at the limit, so the real count is unknown; the error says so.
        error.message = `The document has more than ${match[1]} tokens; the limit is ${limits.maxTokens}.`;
        Object.assign(error.extensions, {
          code: 'GRAPHQL_VALIDATION_FAILED',
          limit: 'tokens',
          max: limits.maxTokens,
        });
      }
    },
    willSendResponse({ request, response }) {
      const cost = costs.get(request);
      if (!cost || response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      result.extensions = { ...result.extensions, cost };
    },
  };
}
