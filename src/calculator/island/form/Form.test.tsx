import { describe, expect, it } from 'vitest';
import { formFromInputs } from '../../state';
import { data, html, start } from '../test-kit';
import { Form } from './Form';

const on = { update: () => {}, switchMode: () => {}, show: () => {}, submit: () => {} };
const draw = (errors: { field: string; message: string }[] = []) =>
  html(<Form data={data} form={formFromInputs(start)} kit={{ errors }} on={on} own={{ open: false, toggled: () => {} }} />);

describe('form', () => {
  it('asks every question, with a radio for each organisation and route and a box for each service', () => {
    const markup = draw();
    expect(markup.match(/type="radio" id="org-/g)).toHaveLength(data.orgs.length);
    expect(markup.match(/type="radio" id="method-/g)).toHaveLength(data.routes.length);
    expect(markup.match(/type="checkbox"/g)).toHaveLength(data.services.length);
  });
  it('draws a cost field only for each service chosen, in the page\'s order, when the visitor gives a figure for each', () => {
    const form = { ...formFromInputs(start), mode: 'each' as const, services: ['payroll', 'hr'], costs: { payroll: '400,000' } };
    const markup = html(<Form data={data} form={form} kit={{ errors: [] }} on={on} own={{ open: false, toggled: () => {} }} />);
    expect([...markup.matchAll(/id="(cost-[a-z-]+)"/g)].map((m) => m[1])).toEqual(['cost-hr', 'cost-payroll']);
    expect(markup).toMatch(/id="cost-payroll"[^>]*value="400,000"/);
  });
  it('shows a message at the field, linked to it, as GOV.UK does', () => {
    const markup = draw([{ field: 'years', message: 'Enter the number of years' }]);
    expect(markup).toContain('<p id="years-error" class="calc-error-message"><span class="visually-hidden">Error:</span> Enter the number of years</p>');
    expect(markup).toMatch(/id="years"[^>]*aria-describedby="years-hint years-error"/);
    expect(markup).toMatch(/id="years"[^>]*aria-invalid="true"/);
  });
});
