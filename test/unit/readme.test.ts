/**
 * What the README shows a new user is what they will see: the start-up line's count of migrations
 * (README.md, docs/operations.md) is the number of migrations a new database gets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allMigrations } from '../../src/database.js';

describe('the start-up line in the docs', () => {
  const migrations = allMigrations().length;

  for (const file of ['README.md', 'docs/operations.md']) {
    it(`${file} counts the migrations a new database gets (${migrations})`, () => {
      const shown = /Database "latchkey" created; (\d+) migrations applied\./.exec(readFileSync(file, 'utf8'));
      expect(shown, `${file} shows the start-up line`).not.toBeNull();
      expect(Number(shown?.[1])).toBe(migrations);
    });
  }
});
