import { describe, expect, it } from 'vitest';
import { money, paybackOf } from '../format';
import { rangeWords } from './words';

describe('a range in words', () => {
  it('reads the second end mid-sentence', () => {
    const pay = (m: number) => paybackOf(m, 5);
    expect(rangeWords(15, 26, pay)).toBe('Year 2, month 3 to year 3, month 2');
    expect(rangeWords(7_000_000, 10_800_000, money)).toBe('£7m to £10.8m');
  });
  it('says an end that never pays back as an alternative, not as a point to reach', () => {
    expect(rangeWords(15, Infinity, (m) => paybackOf(m, 5))).toBe('Year 2, month 3, or not within 5 years');
  });
  it('gives no range when both ends read the same', () => {
    expect(rangeWords(Infinity, Infinity, (m) => paybackOf(m, 5))).toBe('');
    expect(rangeWords(9_950_000, 9_960_000, money)).toBe('');
  });
});
