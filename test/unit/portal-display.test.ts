/** Pure display helpers of the portal: client addresses as people write them, chart labels apart. */
import { describe, expect, it } from 'vitest';
import { formatAddress } from '../../portal/src/format.js';
import { axisLabels, LABEL_GAP } from '../../portal/src/usage/axis-labels.js';

describe('formatAddress', () => {
  it('shows an IPv4-mapped IPv6 address as the IPv4 address it is', () => {
    expect(formatAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(formatAddress('::FFFF:203.0.113.9')).toBe('203.0.113.9');
  });

  it('leaves other addresses alone, and shows a dash for none', () => {
    expect(formatAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(formatAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(formatAddress('::1')).toBe('::1');
    expect(formatAddress('::ffff:7f00:1')).toBe('::ffff:7f00:1');
    expect(formatAddress(null)).toBe('—');
  });
});

describe('axisLabels', () => {
  // Every character 7 px wide: "12 Dec, 16:00" is 91 px.
  const measure = (text: string) => text.length * 7;

  for (const [bars, width] of [
    [24, 320],
    [24, 1200],
    [168, 390],
    [168, 1280],
    [90, 700],
    [2, 300],
  ] as const) {
    it(`keeps ${bars} bars' labels apart and inside a ${width} px chart`, () => {
      const left = 48;
      const slot = (width - left - 8) / bars;
      const texts = Array.from({ length: bars }, (_, index) => `12 Dec, ${String(index % 24).padStart(2, '0')}:00`);
      const labels = axisLabels(texts, (index) => left + index * slot + slot / 2, slot, width, measure);
      expect(labels.length).toBeGreaterThan(0);
      for (const [position, label] of labels.entries()) {
        const half = measure(label.text) / 2;
        expect(label.x - half).toBeGreaterThanOrEqual(0);
        expect(label.x + half).toBeLessThanOrEqual(width);
        const next = labels[position + 1];
        if (next) expect(next.x - measure(next.text) / 2).toBeGreaterThanOrEqual(label.x + half + LABEL_GAP);
      }
    });
  }
});
