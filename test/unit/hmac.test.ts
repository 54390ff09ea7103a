import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacHex } from '../../src/shared/hmac.js';

describe('hmacHex', () => {
  it('is HMAC-SHA-256 of the text under the secret as UTF-8, for every secret in turn', () => {
    const secrets = ['benchmark-secret-for-latchkey-0123456789abcdef', 'ü-secret-€', 'x'.repeat(100)];
    for (let round = 0; round < 2; round += 1) {
      for (const secret of secrets) {
        for (const text of ['lk_live_abc', 'session:lks_é', '']) {
          expect(hmacHex(secret, text)).toBe(createHmac('sha256', secret).update(text, 'utf8').digest('hex'));
        }
      }
    }
  });

  it('keeps answering once more secrets than it keeps key objects for were used', () => {
    const secrets = Array.from({ length: 40 }, (_, i) => `secret-${i}`);
    for (const secret of [...secrets, ...secrets.reverse()]) {
      expect(hmacHex(secret, 't')).toBe(createHmac('sha256', secret).update('t', 'utf8').digest('hex'));
    }
  });
});
