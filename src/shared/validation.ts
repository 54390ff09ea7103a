import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
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

/** Password rules (DESIGN.md section 6): length in code points, and zxcvbn's score at least this. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_MIN_SCORE = 3;

const ONLY_BLANK_OR_CONTROL = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Z}]+$/u;

let estimator: ZxcvbnFactory | undefined;

/** zxcvbn-ts with its common and English dictionaries, built on first use (it takes a moment and some memory). */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: zxcvbnEn.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    // Scoring cost grows with length; the first 100 characters say enough about guessability.
    maxLength: 100,
  });
  return estimator;
}

/** Words of the account the password must not lean on: the email, its parts and the name. */
function accountWords(userInputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    const value = input.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    for (const part of value.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/**
 * Checks a new password: 12 to 256 characters, not only spaces or control characters, and not
 * common or guessable (zxcvbn score of 3 or more, with the account's email and name counted as
 * known words). BAD_USER_INPUT names `field` and says why, with zxcvbn's advice when it has some.
 * The password is returned unchanged: it is hashed as typed.
 */
export function cleanPassword(field: string, value: string, userInputs: readonly string[] = []): string {
  const length = [...value].length;
  if (ONLY_BLANK_OR_CONTROL.test(value)) {
    throw badUserInput(field, `${field} must contain more than spaces and control characters.`);
  }
  if (length < PASSWORD_MIN_LENGTH) {
    throw badUserInput(field, `${field} needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw badUserInput(field, `${field} must be at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
  const estimate = strengthEstimator().check(value, accountWords(userInputs));
  if (estimate.score < PASSWORD_MIN_SCORE) {
    const advice = [estimate.feedback.warning, ...estimate.feedback.suggestions].filter(Boolean).join(' ');
    throw badUserInput(
      field,
      `${field} is too easy to guess. ${advice || 'Use a longer phrase of several uncommon words.'}`.trim(),
    );
  }
  return value;
}
