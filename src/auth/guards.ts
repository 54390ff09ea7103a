import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.js';
import type { ScopeName } from '../modules/scopes/scopes.catalog.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { rule } from '../shared/shield.js';

let ruleCount = 0;

type Check = (parent: unknown, args: Record<string, unknown>, ctx: Context) => Promise<void> | void;

/**
 * A guard's answer given without waiting: true, or the error its rule would answer; undefined
 * when only the rule can tell (it has to read something first).
 */
export type AnswerAtOnce = (parent: unknown, args: Record<string, unknown>, ctx: Context) => true | Error | undefined;

const answersAtOnce = new WeakMap<object, AnswerAtOnce>();

/**
 * The synchronous answer of a guard that has one (`projectScope`'s). The served schema asks it
 * first on every field of that guard, and runs graphql-shield's rule only when it says undefined
 * (src/graphql/schema.ts): a page's nested guards then cost no promise per node.
 */
export function answerAtOnceOf(rule: unknown): AnswerAtOnce | undefined {
  return typeof rule === 'object' && rule !== null ? answersAtOnce.get(rule) : undefined;
}

/**
 * A graphql-shield rule from a check that throws a coded error. graphql-shield turns a thrown
 * error into its fallback "Not Authorised!", so the error is returned instead: the client sees
 * UNAUTHENTICATED, NOT_FOUND or FORBIDDEN with its real message. Every guard requires a caller
 * first, so an anonymous request is told to authenticate rather than that something is missing.
 */
export function guard(name: string, check: Check) {
  return rule(`guard:${name}:${++ruleCount}`, { cache: 'no_cache' })(async (parent, args, ctx: Context) => {
    try {
      if (ctx.caller.kind === 'anonymous') throw unauthenticated('MISSING');
      await check(parent, args, ctx);
      return true;
    } catch (error) {
      return ruleErrorOf(error);
    }
  });
}

/** What a guard answers for a thrown `error`: the error itself, so the client sees its code. */
function ruleErrorOf(error: unknown): Error {
  return error instanceof Error ? error : new GraphQLError(String(error));
}

/**
 * A guard whose check reads nothing (the caller and the arguments only): its rule, and the same
 * answer given at once (`answerAtOnceOf`), so the served schema never waits on it.
 */
export function immediateGuard(name: string, check: (...args: Parameters<Check>) => void) {
  const immediateRule = guard(name, check);
  answersAtOnce.set(immediateRule, (parent, args, ctx) => {
    if (ctx.caller.kind === 'anonymous') return unauthenticated('MISSING');
    try {
      check(parent, args, ctx);
      return true;
    } catch (error) {
      return ruleErrorOf(error);
    }
  });
  return immediateRule;
}

/** Any authenticated caller: a user session or an API key. Reads only the context. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.caller.kind === 'anonymous' ? unauthenticated('MISSING') : true,
);

/**
 * A user session; API keys act only inside their project and cannot do organization-wide things,
 * and personal tokens cannot touch the account (tokens, sessions, password, deletion) or create projects.
 */
export const isUserSession = rule('isUserSession', { cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (ctx.caller.kind === 'anonymous') return unauthenticated('MISSING');
  if (ctx.caller.kind === 'key') return forbidden('This operation needs a user session, not an API key.');
  if (ctx.caller.kind === 'token')
    return forbidden('This operation needs a user session, not a personal access token.');
  return true;
});

/** A user, through a session or a personal access token (which sees only its own projects). */
export const actsAsUser = rule('actsAsUser', { cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (ctx.caller.kind === 'anonymous') return unauthenticated('MISSING');
  if (ctx.caller.kind === 'key') return forbidden('This operation needs a user session or a personal access token.');
  return true;
});

/** The caller holds `scope` in the project `projectIdOf` names (NOT_FOUND when it is not theirs). */
export function projectScope(
  scope: ScopeName,
  projectIdOf: (parent: unknown, args: Record<string, unknown>) => string,
  what = 'Project',
) {
  const projectRule = guard(`projectScope:${scope}:${what}`, async (parent, args, ctx) => {
    await ctx.access.require(projectIdOf(parent, args), scope, what);
  });
  // The same answer as the rule's, when the caller's scopes in the project are already known.
  answersAtOnce.set(projectRule, (parent, args, ctx) =>
    ctx.access.requireKnown(projectIdOf(parent, args), scope, what),
  );
  return projectRule;
}

export function inputField(field: string): (parent: unknown, args: Record<string, unknown>) => string {
  return (_parent, args) => String((args.input as Record<string, unknown> | undefined)?.[field] ?? '');
}

export const argument =
  (name: string) =>
  (_parent: unknown, args: Record<string, unknown>): string =>
    String(args[name] ?? '');
