import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cleanPassword } from '../../src/shared/validation.js';

/** The BAD_USER_INPUT a password gets, or null when it is accepted. */
function refusalOf(password: string, userInputs: string[] = []): { field: unknown; message: string } | null {
  try {
    cleanPassword('password', password, userInputs);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    return { field: error.extensions.field, message: error.message };
  }
}

describe('password policy', () => {
  it('refuses the reproduced passwords: "1234567890", ten spaces, ten NUL characters', () => {
    for (const password of ['1234567890', ' '.repeat(10), '\u0000'.repeat(10)]) {
      const refusal = refusalOf(password);
      expect(refusal, JSON.stringify(password)).not.toBeNull();
      expect(refusal?.field).toBe('password');
    }
    expect(refusalOf('1234567890')?.message).toBe('password needs at least 12 characters.');
    expect(refusalOf(' '.repeat(10))?.message).toBe('password must contain more than spaces and control characters.');
  });

  it('refuses passwords of only spaces or control characters, whatever their length', () => {
    for (const password of [' '.repeat(20), '\u0000'.repeat(20), '\t\n\r '.repeat(5), '\u00a0\u2003\u200b'.repeat(6)]) {
      expect(refusalOf(password)?.message, JSON.stringify(password)).toBe(
        'password must contain more than spaces and control characters.',
      );
    }
  });

  it('refuses common or guessable passwords with zxcvbn’s advice', () => {
    for (const password of ['123456789012', 'passwordpassword', 'qwertyuiopasdf', 'aaaaaaaaaaaaaaaa']) {
      const refusal = refusalOf(password);
      expect(refusal?.message, password).toMatch(/^password is too easy to guess\. \S/);
    }
    expect(refusalOf('123456789012')?.message).toContain('This is a commonly used password.');
  });

  it('counts the account’s email and name as guessable words', () => {
    const password = 'quillbrook-zeph';
    expect(refusalOf(password)).toBeNull();
    expect(refusalOf(password, ['zeph.quillbrook@example.test', 'Zeph Quillbrook'])?.message).toMatch(
      /^password is too easy to guess\. There should not be any personal/,
    );
  });

  it('accepts long uncommon passphrases and counts length in characters, up to 256', () => {
    expect(refusalOf('correct horse battery staple')).toBeNull();
    expect(refusalOf('zx81-lantern-moss')).toBeNull();
    expect(refusalOf('ğüşçöı-ŝ€ÿ-π')).toBeNull();
    expect(refusalOf('ğüşçöı-ŝ€')?.message).toBe('password needs at least 12 characters.');
    expect(refusalOf(`${'x7Q!'.repeat(64)}z`)?.message).toBe('password must be at most 256 characters.');
  });
});
