import { describe, expect, it } from 'vitest';
import { spread } from '../../model';
import { figures, housing, html, run } from '../test-kit';
import { Comparison } from './Comparison';

describe('side-by-side comparison', () => {
  const e = run(housing);
  const markup = html(<Comparison est={e} chosen="tendered-customer" years={e.inputs.years} />);

  it('shows every open route with its range, and closed ones as closed', () => {
    for (const r of e.routes) {
      const npv = figures(markup).find((f) => f['data-figure'] === 'npv' && f['data-method'] === r.id);
      if (!r.eligible) expect(npv).toBeUndefined();
      else {
        const [lo, mid, hi] = spread(r, (x) => x.npv).map((n) => String(Math.round(n) + 0));
        expect(npv).toMatchObject({ 'data-low': lo, 'data-value': mid, 'data-high': hi });
      }
    }
    expect(markup).toContain('Not open to you');
  });
});
