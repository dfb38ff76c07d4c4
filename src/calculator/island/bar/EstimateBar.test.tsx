import { describe, expect, it } from 'vitest';
import { spread } from '../../model';
import { figures, html, payroll, run, start } from '../test-kit';
import { EstimateBar } from './EstimateBar';

describe('the estimate bar', () => {
  it('carries the headline figure with its range, and no live region of its own', () => {
    const chosen = run(start).routes.find((r) => r.id === start.method)!;
    const markup = html(<EstimateBar chosen={chosen} behind={false} />);
    const [lo, mid, hi] = spread(chosen, (e) => e.annualSavings).map((n) => String(Math.round(n)));
    expect(figures(markup)).toEqual([{ 'data-figure': 'annual-savings', 'data-method': chosen.id, 'data-value': mid, 'data-low': lo, 'data-high': hi, 'data-scope': 'bar' }]);
    expect(markup).toMatch(/most likely £[\d.]+m a year<\/span> \(£[\d.]+m to £[\d.]+m\)\./);
    expect(markup).not.toContain('aria-live');
  });
  it('says when a route is closed, and when the figures are for earlier answers', () => {
    const closed = run(payroll).routes.find((r) => r.id === 'full-partner')!;
    const markup = html(<EstimateBar chosen={closed} behind />);
    expect(markup).toContain('not open to you.');
    expect(markup).toContain('For your last complete answers.');
    expect(figures(markup)).toEqual([]);
  });
});
