import { badUserInput } from './errors.js';

// Control characters, line/paragraph separators and bidi overrides are refused in names.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

// Descriptions may span lines: tab, newline and carriage return are the only controls allowed.
const CONTROL_EXCEPT_WHITESPACE = /(?![\t\n\r])\p{Cc}/u;

export interface TextRule {
  min?: number;
  max: number;
  /** Refuse control and format characters (names); descriptions may hold newlines. */
  printable?: boolean;
}

/** Trims and checks a text input; BAD_USER_INPUT names the field on failure. */
export function cleanText(field: string, value: string, rule: TextRule): string {
  const trimmed = value.normalize('NFC').trim();
  const length = [...trimmed].length;
  const min = rule.min ?? 0;
  if (length < min) {
    throw badUserInput(field, min === 1 ? `${field} must not be empty.` : `${field} needs at least ${min} characters.`);
  }
  if (length > rule.max) throw badUserInput(field, `${field} must be at most ${rule.max} characters.`);
  if (rule.printable && UNPRINTABLE.test(trimmed)) {
    throw badUserInput(field, `${field} must contain only printable characters.`);
  }
  if (!rule.printable && CONTROL_EXCEPT_WHITESPACE.test(trimmed)) {
    throw badUserInput(field, `${field} must not contain control characters.`);
  }
  return trimmed;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function cleanEmail(field: string, value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email) || UNPRINTABLE.test(email)) {
    throw badUserInput(field, 'email must be a valid email address.');
  }
  return email;
}

export function cleanPassword(field: string, value: string): string {
  if (value.length < 10) throw badUserInput(field, 'password needs at least 10 characters.');
  if (value.length > 256) throw badUserInput(field, 'password must be at most 256 characters.');
  return value;
}
