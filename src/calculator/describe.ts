/**
 * Words for the calculator's parameters, used at build time by the calculator
 * page's assumptions table and the methodology page. Pure, so the same text
 * can be checked in tests.
 */
import type { CalcParameter, CalcRoute, CalcSource } from './data';
import { duration, grouped } from './format';
import type { SensitivityRow } from './model';

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
    case 'year':
      return `${value}/${String((value + 1) % 100).padStart(2, '0')}`;
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

/**
 * A driver's switching value as the link contract carries it: the percentage
 * (or points, for VAT recovery and leaving) to one decimal place, or "none"
 * when the NPV never reaches zero whatever the driver does.
 */
export const switchingAttr = (r: SensitivityRow): string => (r.switching === null ? 'none' : String(Math.round(r.switching * 1000) / 10 + 0));

/** The link contract's attributes for one sensitivity row. */
export function driverAttrs(r: SensitivityRow): Record<`data-${string}`, string> {
  return {
    'data-driver': r.id,
    'data-npv-low': String(Math.round(r.npvLow) + 0),
    'data-npv-high': String(Math.round(r.npvHigh) + 0),
    'data-switching': switchingAttr(r),
  };
}

/** "−25%", "+40 points", "Never, whatever its value", with "(within its range)" where it is. */
export function switchingText(r: SensitivityRow): string {
  if (r.switching === null) return 'Never, whatever its value';
  const n = Math.round(r.switching * 100);
  const sign = n > 0 ? '+' : n < 0 ? '−' : '';
  return `${sign}${Math.abs(n)}${r.unit === 'points' ? ' points' : '%'}${r.withinRange ? ' (within its range)' : ''}`;
}
