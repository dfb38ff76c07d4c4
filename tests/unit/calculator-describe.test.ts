/**
 * The words the calculator page and the methodology page use for each
 * assumption, and the cautious case built from the Green Book's upper bounds.
 */
import { describe, it, expect } from 'vitest';
import { valueText, cautious, routeCostsText, leadMonths } from '~/calculator/describe';
import { readCalculatorContent, readModelData } from '~/calculator/content-fs';
import { estimate } from '~/calculator/model';
import { defaultInputs } from '~/calculator/state';
import { midSentence } from '~/calculator/format';

describe('describing assumptions', () => {
  it('writes each unit as a reader says it', () => {
    expect(valueText(30, 'percent')).toBe('30%');
    expect(valueText(18100, 'pounds')).toBe('£18,100');
    expect(valueText(25000, 'pounds', true)).toBe('£25,000 a year');
    expect(valueText(6, 'months')).toBe('6 months');
    expect(valueText(12, 'months')).toBe('1 year');
    expect(valueText(5, 'years')).toBe('5 years');
    expect(valueText(2, 'percent-of-baseline')).toBe('2% of the annual cost');
    expect(valueText(1, 'percent-of-baseline', true)).toBe('1% of the annual cost, each year');
    expect(valueText([100], 'percent')).toBe('From year 1: 100%');
    expect(valueText([70, 100], 'percent')).toBe('Year 1: 70%, year 2 on: 100%');
  });

  it('lists a route\'s costs and adds up its lead time', () => {
    const routes = readCalculatorContent().routes;
    const tendered = routes.find((r) => r.id === 'tendered-customer')!;
    expect(leadMonths(tendered)).toBe(12);
    expect(routeCostsText(tendered, 'oneOff')).toContain('Running the tender: £8,000');
    expect(routeCostsText(tendered, 'running')).toContain('Managing the contract: 1% of the annual cost, each year');
  });

  it('puts labels mid-sentence without losing proper nouns or acronyms', () => {
    expect(midSentence('District council')).toBe('district council');
    expect(midSentence('London borough')).toBe('London borough');
    expect(midSentence('ICT services')).toBe('ICT services');
  });
});

describe('the cautious case', () => {
  const data = readModelData();
  const base = estimate(data, defaultInputs(data));
  const careful = estimate(cautious(data, { duration: 54, oneOff: 200, running: 41 }), defaultInputs(data));

  it('triples one-off costs, lengthens lead times by 54% and raises running costs by 41%', () => {
    base.routes.forEach((r, i) => {
      const c = careful.routes[i];
      expect(c.oneOff).toBeCloseTo(r.oneOff * 3, 2);
      expect(c.lead).toBe(Math.round(r.lead * 1.54));
      expect(c.annualRunning).toBeCloseTo(r.annualRunning * 1.41, 2);
      expect(c.annualSavings).toBeCloseTo(r.annualSavings, 6);
      expect(c.netTotal).toBeLessThan(r.netTotal);
    });
  });

  it('leaves the data it was given unchanged', () => {
    expect(estimate(data, defaultInputs(data))).toEqual(base);
  });
});
