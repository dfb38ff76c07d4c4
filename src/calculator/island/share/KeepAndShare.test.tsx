import { describe, expect, it } from 'vitest';
import { toQuery } from '../../state';
import { data, html, run, start } from '../test-kit';
import { KeepAndShare } from './KeepAndShare';

describe('keep and share', () => {
  it('links to the estimate with its version, and to contact with the same answers', () => {
    const query = toQuery(data, start);
    const markup = html(<KeepAndShare data={data} est={run(start)} query={query} />);
    expect(query).toContain(`v=${data.version}`);
    expect(markup).toContain(`href="?${query.replace(/&/g, '&amp;')}"`);
    expect(markup).toContain(`href="/contact/?${query.replace(/&/g, '&amp;')}"`);
    // Before hydration there is no button that would do nothing.
    expect(markup).toContain('The spreadsheet download needs JavaScript.');
  });
});
