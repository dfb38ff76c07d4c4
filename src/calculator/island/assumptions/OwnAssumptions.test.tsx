import { describe, expect, it } from 'vitest';
import { formFromInputs } from '../../state';
import { data, html, start } from '../test-kit';
import { OwnAssumptions } from './OwnAssumptions';
import { OwnSummary } from './OwnSummary';

describe('the visitor\'s own assumptions', () => {
  it('starts closed and empty, and opens with a field for each when a link carries the visitor\'s own figures', () => {
    const closed = html(<OwnAssumptions data={data} form={formFromInputs(start)} kit={{ errors: [], show: () => {} }} update={() => {}} />);
    expect(closed).not.toContain('<input ');
    expect(closed).toContain('Change the assumptions');
    const markup = html(<OwnAssumptions data={data} form={formFromInputs({ ...start, own: { management: 20 } })} kit={{ errors: [], show: () => {} }} update={() => {}} />);
    expect(markup).toContain('<details class="calc-details" open');
    expect(markup.match(/<input /g)).toHaveLength(data.own.length);
    expect(markup).toContain('Our figure: 30% (London Borough of Havering');
    expect(markup).toContain('Change the assumptions (1 changed)');
  });
  it('marks each changed figure as the visitor\'s own, beside ours', () => {
    const markup = html(<OwnSummary data={data} own={{ management: 20, 'keep.tendered-customer': 70 }} />);
    expect(markup).toContain('Saving on senior management: <strong>20%</strong> <span class="calc-tag calc-tag--inline">your figure</span> (ours: 30%)');
    expect(markup.match(/your figure/g)).toHaveLength(2);
    expect(html(<OwnSummary data={data} />)).toBe('');
  });
});
