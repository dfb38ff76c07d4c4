import { describe, expect, it } from 'vitest';
import { figures, html, run, start } from '../test-kit';
import { Chart, ChartTable } from './Chart';

describe('chart', () => {
  const e = run(start);
  it('draws the chosen route\'s range as a band, in each of its three plots', () => {
    expect(html(<Chart routes={e.routes} chosen="full-partner" years={5} />).match(/class="calc-chart__band"/g)).toHaveLength(3);
  });
  it('gives the band\'s figures in its table', () => {
    const f = figures(html(<ChartTable routes={e.routes} chosen="full-partner" years={5} />));
    const fp = e.routes[0];
    expect(f.filter((x) => x['data-figure'] === 'cumulative-net-low').map((x) => x['data-value'])).toEqual(fp.low.years.map((y) => String(Math.round(y.cumulative) + 0)));
    expect(f.filter((x) => x['data-figure'] === 'cumulative-net-high')).toHaveLength(5);
  });
});
