import { describe, expect, it } from 'vitest';
import { toQuery } from '../../state';
import { data, html, start } from '../test-kit';
import { KeepAndShare } from './KeepAndShare';

describe('keep and share', () => {
  it('links to the estimate with its version, and to contact with the same answers', () => {
    const query = toQuery(data, start);
    const markup = html(<KeepAndShare query={query} />);
    expect(query).toContain(`v=${data.version}`);
    expect(markup).toContain(`href="?${query.replace(/&/g, '&amp;')}"`);
    expect(markup).toContain(`href="/contact/?${query.replace(/&/g, '&amp;')}"`);
  });
  it('hides every button until the browser runs it, and says what to do without JavaScript', () => {
    const markup = html(<KeepAndShare query={toQuery(data, start)} />);
    const buttons = markup.match(/<button[^>]*>/g) ?? [];
    expect(buttons).toHaveLength(3);
    for (const b of buttons) expect(b).toMatch(/ hidden/);
    const ready = html(<KeepAndShare query={toQuery(data, start)} on={{ copy: () => {}, download: () => {}, print: () => {}, copied: '' }} />);
    for (const b of ready.match(/<button[^>]*>/g) ?? []) expect(b).not.toMatch(/ hidden/);
    expect(markup).toContain('<noscript>The spreadsheet download needs JavaScript.</noscript>');
  });
});
