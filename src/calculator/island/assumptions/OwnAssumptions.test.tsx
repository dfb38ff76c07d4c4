import { describe, expect, it } from 'vitest';
import { formFromInputs } from '../../state';
import { data, html, start } from '../test-kit';
import { OwnAssumptions, OwnFields, ownOpen } from './OwnAssumptions';
import { OwnSummary } from './OwnSummary';

describe('the visitor\'s own assumptions', () => {
  it('starts closed, with its fields kept out of the page until it opens', () => {
    const closed = html(<OwnAssumptions data={data} form={formFromInputs(start)} kit={{ errors: [] }} panel={{ open: false, toggled: () => {} }} reset={() => {}} />);
    expect(closed).not.toContain('<input ');
    expect(closed).toContain('<details class="calc-details">');
    expect(closed).toContain('Change the assumptions');
    expect(ownOpen(formFromInputs(start), { errors: [] }, null)).toBe(false);
  });
  it('opens, with a field for each and our figure beside it, when a link carries the visitor\'s own figures or one has a problem', () => {
    const form = formFromInputs({ ...start, own: { management: 20 } });
    expect(ownOpen(form, { errors: [] }, null)).toBe(true);
    expect(ownOpen(formFromInputs(start), { errors: [{ field: 'own-management', message: 'x' }] }, null)).toBe(true);
    // The visitor's own choice wins, until a figure has a problem.
    expect(ownOpen(form, { errors: [] }, false)).toBe(false);
    const open = html(<OwnAssumptions data={data} form={form} kit={{ errors: [] }} panel={{ open: true, toggled: () => {} }} reset={() => {}} />);
    expect(open).toContain('Change the assumptions (1 changed)');
    expect(open).toContain('<details class="calc-details" open>');
    expect(open.match(/<input /g)).toHaveLength(data.own.length);
    const fields = html(<OwnFields data={data} form={form} kit={{ errors: [] }} />);
    expect(fields.match(/<input /g)).toHaveLength(data.own.length);
    expect(fields).toContain('Our figure: 30% (London Borough of Havering');
    expect(fields).toMatch(/id="own-management"[^>]*value="20"/);
  });
  it('marks each changed figure as the visitor\'s own, beside ours', () => {
    const markup = html(<OwnSummary data={data} own={{ management: 20, 'keep.tendered-customer': 70 }} />);
    expect(markup).toContain('Saving on senior management: <strong>20%</strong> <span class="calc-tag calc-tag--inline">your figure</span> (ours: 30%)');
    expect(markup.match(/your figure/g)).toHaveLength(2);
    expect(html(<OwnSummary data={data} />)).toBe('');
  });
});
