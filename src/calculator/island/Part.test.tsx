import { describe, expect, it } from 'vitest';
import { html } from './test-kit';
import { Part, once } from './Part';

describe('a part of the island', () => {
  it('is drawn on the server in full, in a wrapper that has no box of its own', () => {
    expect(html(<Part>{() => <p data-figure="npv">£1m</p>}</Part>)).toBe('<div class="calc-part"><p data-figure="npv">£1m</p></div>');
  });
  it('works out shared figures only when a part first asks, and only once', () => {
    let runs = 0;
    const figures = once(() => ++runs);
    expect(runs).toBe(0);
    expect([figures(), figures()]).toEqual([1, 1]);
    expect(runs).toBe(1);
  });
});
