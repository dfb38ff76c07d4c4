import { describe, expect, it } from 'vitest';
import { warnings } from '../../model';
import { data, figures, html, payroll, run, start } from '../test-kit';
import { Headline } from './Headline';

const draw = (e: ReturnType<typeof run>, method = e.inputs.method) => {
  const chosen = e.routes.find((r) => r.id === method)!;
  return html(<Headline data={data} est={e} chosen={chosen} orgLabel="district council" warn={warnings(data, e, e.baseline)} />);
};

describe('headline', () => {
  it('gives the range in words and keeps low ≤ most likely ≤ high on every figure', () => {
    const markup = draw(run(start));
    expect(markup).toMatch(/Savings of £[\d.]+m to £[\d.]+m a year at full run, most likely £[\d.]+m\./);
    const ranged = figures(markup).filter((f) => f['data-low'] !== undefined);
    expect(ranged.map((f) => f['data-figure'])).toEqual(['annual-savings', 'one-off-costs', 'net-total', 'npv', 'payback', 'discounted-payback']);
    for (const f of ranged.filter((x) => x['data-high'] !== 'none')) {
      expect(+f['data-low']).toBeLessThanOrEqual(+f['data-value']);
      expect(+f['data-value']).toBeLessThanOrEqual(+f['data-high']);
    }
    expect(markup).toMatch(/Savings could fall \d+% short of the most likely figure/);
  });

  it('says why full partnership is closed to one payroll team', () => {
    expect(draw(run(payroll), 'full-partner')).toContain('Not open to you.</strong> This route needs all or most of your services');
  });
});
