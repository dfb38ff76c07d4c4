/**
 * Words for the calculator's parameters, used at build time by the calculator
 * page's assumptions table and the methodology page. Pure, so the same text
 * can be checked in tests.
 */
import type { CalcParameter, CalcRoute, CalcSource } from './data';
import { duration, grouped } from './format';

type Unit = CalcParameter['unit'] | 'percent-of-baseline';

/** A value with its unit: "30%", "£43,000", "6 months", "3 times", "2% of the annual cost". */
export function valueText(value: number | number[], unit: Unit, perYear = false): string {
  if (Array.isArray(value)) {
    return value
      .map((v, i) => `${i === value.length - 1 && i > 0 ? `year ${i + 1} on` : `year ${i + 1}`}: ${grouped(v)}%`)
      .join(', ')
      .replace(/^y/, 'Y')
      .replace(/^Year 1: (\d+%)$/, 'From year 1: $1');
  }
  switch (unit) {
    case 'percent':
      return `${value}%`;
    case 'pounds':
      return `£${grouped(value)}${perYear ? ' a year' : ''}`;
    case 'months':
      return duration(value);
    case 'years':
      return `${value} year${value === 1 ? '' : 's'}`;
    case 'times':
      return `${grouped(value)} times`;
    case 'percent-of-baseline':
      return `${value}% of the annual cost${perYear ? ', each year' : ''}`;
  }
}

/** "Our assumption" or the publisher, with H/M firmness spelt out. */
export function sourceText(id: string, sources: CalcSource[]): string {
  if (id === 'assumption') return 'Our assumption';
  const s = sources.find((x) => x.id === id);
  return s ? s.publisher : id;
}

export const FIRMNESS: Record<'H' | 'M', string> = {
  H: 'official or primary source',
  M: 'press or secondary source',
};

/** One line per cost for a route, e.g. "Programme and implementation: 2% of the annual cost". */
export function routeCostsText(r: CalcRoute, kind: 'oneOff' | 'running'): string[] {
  return r[kind].map((c) => `${c.label}: ${valueText(c.value, c.unit, kind === 'running')}`);
}

/** Total lead time of a route in months. */
export const leadMonths = (r: CalcRoute) => r.leadTime.reduce((s, step) => s + step.value, 0);
