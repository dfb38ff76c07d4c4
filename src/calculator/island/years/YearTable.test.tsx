import { describe, expect, it } from 'vitest';
import { figures, html, run, start } from '../test-kit';
import { YearTable } from './YearTable';

describe('year by year', () => {
  it('has a row for every year, with the net range beside the most likely figures', () => {
    const r = run({ ...start, years: 7 }).routes[0];
    const markup = html(<YearTable route={r} />);
    expect(figures(markup).filter((f) => f['data-figure'] === 'year-net')).toHaveLength(7);
    expect(markup).toContain('Net, low to high');
  });
});
