import { describe, expect, it } from 'vitest';
import { figures, housing, html, run } from '../test-kit';
import { Splits } from './Splits';

describe('splits', () => {
  it('lists every cost a housing association meets on the tendered route, VAT and pension strain among them', () => {
    const e = run(housing);
    const r = e.routes.find((x) => x.id === 'tendered-customer')!;
    const items = figures(html(<Splits est={e} route={r} />)).map((f) => f['data-item']).filter(Boolean);
    expect(items).toEqual(expect.arrayContaining(['systems', 'redundancy', 'pension-strain', 'vat', 'retained', 'leaving']));
  });
});
