/**
 * The words the calculator page and the methodology page use for each
 * assumption, and the link contract additions the methodology page lists,
 * which must be exactly what the calculator reads.
 */
import { describe, it, expect } from 'vitest';
import { valueText, routeCostsText, leadMonths } from '~/calculator/describe';
import { readCalculatorContent, readModelData } from '~/calculator/content-fs';
import { defaultInputs, OWN_PARAMS, parseQuery } from '~/calculator/state';
import { midSentence } from '~/calculator/format';
import { linkParams } from '~/calculator/methodology/link-params';

describe('describing assumptions', () => {
  it('writes each unit as a reader says it', () => {
    expect(valueText(30, 'percent')).toBe('30%');
    expect(valueText(18100, 'pounds')).toBe('£18,100');
    expect(valueText(25000, 'pounds', true)).toBe('£25,000 a year');
    expect(valueText(6, 'months')).toBe('6 months');
    expect(valueText(12, 'months')).toBe('1 year');
    expect(valueText(5, 'years')).toBe('5 years');
    expect(valueText(3, 'times')).toBe('3 times');
    expect(valueText(2, 'percent-of-baseline')).toBe('2% of the annual cost');
    expect(valueText(1, 'percent-of-baseline', true)).toBe('1% of the annual cost, each year');
    expect(valueText([100], 'percent')).toBe('From year 1: 100%');
    expect(valueText([70, 100], 'percent')).toBe('Year 1: 70%, year 2 on: 100%');
  });

  it('has words for every unit a parameter uses', () => {
    for (const p of readCalculatorContent().parameters) expect(valueText(p.value, p.unit), p.id).toMatch(/\d/);
  });

  it("lists a route's costs and adds up its lead time", () => {
    const routes = readCalculatorContent().routes;
    const tendered = routes.find((r) => r.id === 'tendered-customer')!;
    expect(leadMonths(tendered)).toBe(12);
    expect(routeCostsText(tendered, 'oneOff')).toContain('Running the tender: £8,000');
    expect(routeCostsText(tendered, 'oneOff')).toContain('Moving systems and data: 1% of the annual cost');
    expect(routeCostsText(tendered, 'running')).toContain('Managing the contract: 1% of the annual cost, each year');
  });

  it('puts labels mid-sentence without losing proper nouns or acronyms', () => {
    expect(midSentence('District council')).toBe('district council');
    expect(midSentence('London borough')).toBe('London borough');
    expect(midSentence('ICT services')).toBe('ICT services');
  });
});

describe('the link contract additions on the methodology page', () => {
  const data = readModelData();
  const start = defaultInputs(data);
  const rows = linkParams(data, start);

  it('lists costs, every own-assumption parameter and v', () => {
    expect(rows.map((r) => r.param)).toEqual(['costs', ...Object.values(OWN_PARAMS), 'v']);
    for (const r of rows) expect(r.example, r.param).not.toBe('');
  });

  it('gives examples the calculator reads back without complaint', () => {
    for (const r of rows) {
      const q = `${r.param}=${r.example}${r.param === 'costs' ? '&services=hr,payroll' : ''}`;
      const { ignored, stale } = parseQuery(data, q);
      expect(ignored, q).toEqual([]);
      expect(stale, q).toBe(false);
    }
    expect(rows.find((r) => r.param === 'lead')!.example).toMatch(/^[a-z-]+:\d+,[a-z-]+:\d+$/);
    expect(rows.find((r) => r.param === 'mgmt')!.example).toMatch(/^\d+$/);
  });

  it('keeps every meaning to a sentence or two of plain words', () => {
    for (const r of rows) for (const sentence of r.meaning.split(/(?<=\.) /)) expect(sentence.split(' ').length, r.param).toBeLessThanOrEqual(25);
  });
});
