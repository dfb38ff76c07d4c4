/**
 * Words for the visitor's own assumptions, shared by the form, the results,
 * the printout and the CSV, so "your figure" reads the same everywhere.
 */
import type { Overrides, OwnSpec } from '../../model';
import { pounds } from '../../format';

export const unitText = (spec: OwnSpec, n: number) =>
  spec.unit === 'months' ? `${n} month${n === 1 ? '' : 's'}` : spec.unit === 'pounds' ? pounds(n) : `${n}%`;

/** The assumptions the visitor replaced, in the form's order, with ours beside them. */
export function changed(specs: OwnSpec[], own: Overrides | undefined) {
  return specs.filter((s) => own?.[s.key] !== undefined).map((s) => ({ spec: s, yours: own![s.key] }));
}

/** The form's groups: per-route keys read "lead.full-partner". */
export const GROUPS: [string, string][] = [
  ['', 'Savings and programme'],
  ['lead', 'Months before savings start'],
  ['running', 'Running costs a year, as a percentage of the annual cost'],
  ['keep', 'Share of the savings you keep'],
  ['vat', 'VAT'],
  ['people', 'Pension strain on exits'],
  ['uplift', 'Optimism bias at the low end of the range'],
];
const VAT_KEYS = new Set(['vat', 'peShare', 'peHeadroom']);
export const groupOf = (key: string) =>
  key.includes('.') ? key.split('.')[0] : key.startsWith('uplift') ? 'uplift' : VAT_KEYS.has(key) ? 'vat' : key.startsWith('age') ? 'people' : '';
