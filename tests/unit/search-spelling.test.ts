/** The search page's close-spelling offer: which words it swaps, and for what. */
import { describe, it, expect } from 'vitest';
import { closeSpelling, slips } from '../../src/components/search/search-page';

const KNOWN = ['pensions', 'administration', 'payroll', 'elections', 'benefits', 'rates', 'council'];

describe('close spelling', () => {
  it('counts a swapped pair of letters as 1 slip, as a typist makes them', () => {
    expect(slips('pensoins', 'pensions', 2)).toBe(1);
    expect(slips('payrll', 'payroll', 2)).toBe(1);
    expect(slips('benifits', 'benefits', 2)).toBe(1);
    expect(slips('qwxzvb', 'payroll', 2)).toBeGreaterThan(2);
  });

  it('swaps only the words the site does not use, keeping the rest as typed', () => {
    expect(closeSpelling('pensoins administraton', KNOWN)).toBe('pensions administration');
    expect(closeSpelling('HR benifits', KNOWN)).toBe('HR benefits');
  });

  it('offers nothing when every word is known, short, or unlike any the site uses', () => {
    expect(closeSpelling('payroll', KNOWN)).toBeUndefined();
    expect(closeSpelling('IT', KNOWN)).toBeUndefined();
    expect(closeSpelling('qwxzvb', KNOWN)).toBeUndefined();
  });

  it('allows 1 slip in a short word and 2 in a long one', () => {
    expect(closeSpelling('rxtys', KNOWN)).toBeUndefined();
    expect(closeSpelling('ratse', KNOWN)).toBe('rates');
    expect(closeSpelling('eleciotns', KNOWN)).toBe('elections');
  });
});
