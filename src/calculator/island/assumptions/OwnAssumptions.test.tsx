import { describe, expect, it } from 'vitest';
import { formFromInputs } from '../../state';
import { data, html, start } from '../test-kit';
import { OwnAssumptions } from './OwnAssumptions';
import { OwnSummary } from './OwnSummary';

describe('the visitor\'s own assumptions', () => {
  it('offers a field for each, with our figure and its source', () => {
    const markup = html(<OwnAssumptions data={data} form={formFromInputs(start)} kit={{ errors: [], show: () => {} }} update={() => {}} />);
    expect(markup.match(/<input /g)).toHaveLength(data.own.length);
    expect(markup).toContain('Our figure: 30% (London Borough of Havering');
    expect(markup).not.toContain(' open');
  });
  it('marks each changed figure as the visitor\'s own, beside ours', () => {
    const markup = html(<OwnSummary data={data} own={{ management: 20, 'keep.tendered-customer': 70 }} />);
    expect(markup).toContain('Saving on senior management: <strong>20%</strong> <span class="calc-tag calc-tag--inline">your figure</span> (ours: 30%)');
    expect(markup.match(/your figure/g)).toHaveLength(2);
    expect(html(<OwnSummary data={data} />)).toBe('');
  });
});
