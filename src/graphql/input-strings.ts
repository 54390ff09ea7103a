/**
 * Strings PostgreSQL cannot store, refused before any resolver runs (DESIGN.md section 11): a NUL
 * character (PostgreSQL's text types reject the 0x00 byte, and the driver answers it with a
 * protocol error) or a lone UTF-16 surrogate (not valid UTF-8 once encoded). Both come through
 * JSON escapes (`"\u0000"`, `"\ud800"`) in the variables; NUL also through GraphQL string
 * literals (graphql-js already refuses lone surrogates there as a syntax error).
 *
 * The answer is HTTP 400 BAD_USER_INPUT, `extensions.field` naming the innermost input field (or
 * argument, or variable) that holds the string.
 */
import { type ASTNode, type DocumentNode, Kind, visit } from 'graphql';
import { refusedInput } from '../shared/errors.js';
import type { RequestHooks } from './request-hooks.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one
// (`String.prototype.isWellFormed` is ES2024; the project's lib is ES2023).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for a string that holds a NUL character or a lone surrogate. */
export function isUnstorableString(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

function refusal(field: string) {
  return refusedInput(field, `${field} must not contain NUL characters or invalid UTF-8 (a lone surrogate).`);
}

/**
 * The field of the first unstorable string in a variables object, or null. Iterative, so a
 * deeply nested value (an unknown variable holding 100,000 nested lists) cannot exhaust the stack.
 */
export function unstorableVariable(variables: Record<string, unknown>): string | null {
  const pending: { value: unknown; field: string }[] = [];
  for (const [name, value] of Object.entries(variables)) pending.push({ value, field: name });
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, field } = next;
    if (typeof value === 'string') {
      if (isUnstorableString(value)) return field;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push({ value: item, field });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isUnstorableString(key)) return field;
        pending.push({ value: item, field: key });
      }
    }
  }
  return null;
}

/** The argument or input field a literal is the value of: its nearest named ancestor (parent last). */
function fieldOfLiteral(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const ancestor = ancestors[index];
    if (ancestor && !Array.isArray(ancestor)) {
      const node = ancestor as ASTNode;
      if (node.kind === Kind.OBJECT_FIELD || node.kind === Kind.ARGUMENT) return node.name.value;
      if (node.kind === Kind.VARIABLE_DEFINITION) return node.variable.name.value;
    }
  }
  return 'query';
}

/** Per parsed document (Apollo reuses the DocumentNode of a query it has seen): its answer. */
const literalVerdicts = new WeakMap<DocumentNode, string | null>();

/** The field of the first unstorable string literal in a document, or null. */
export function unstorableLiteral(document: DocumentNode): string | null {
  const known = literalVerdicts.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found === null && isUnstorableString(node.value)) found = fieldOfLiteral([...ancestors, parent ?? []]);
    },
  });
  literalVerdicts.set(document, found);
  return found;
}

/** Refuses an operation whose variables or literals hold an unstorable string, before execution. */
export const inputStrings: RequestHooks<object> = {
  didResolveOperation({ document, request }) {
    const field = unstorableVariable(request.variables ?? {}) ?? unstorableLiteral(document);
    if (field !== null) throw refusal(field);
  },
};
