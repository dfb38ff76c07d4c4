import { describe, expect, it } from 'vitest';
import { toQuery } from '../../state';
import { data, html, start } from '../test-kit';
import { PrintLine } from './PrintLine';

describe('print line', () => {
  it('names the date, the version and the public address of this estimate', () => {
    const query = toQuery(data, start);
    const markup = html(<PrintLine version={data.version} date="1 December 2026" link={`https://www.example.org/savings-calculator/?${query}`} />);
    expect(markup).toContain('Estimate made on <span data-print="date">1 December 2026</span>');
    expect(markup).toContain(`(version ${data.version})`);
    expect(markup).toContain(`<span data-print="link">https://www.example.org/savings-calculator/?${query.replace(/&/g, '&amp;')}</span>`);
  });
});
