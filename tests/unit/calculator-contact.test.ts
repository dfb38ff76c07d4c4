import { describe, expect, it } from 'vitest';
import { carried } from '~/calculator/contact-figures';
import { readModelData } from '~/calculator/content-fs';
import { estimate, spread } from '~/calculator/model';
import { defaultInputs, parseQuery, toQuery } from '~/calculator/state';
import { money, rangeText } from '~/calculator/format';

const data = readModelData();

describe('the estimate carried to the contact page', () => {
  it('is worked out again from the link\'s inputs, as the calculator shows it', () => {
    const query = toQuery(data, { ...defaultInputs(data, 'district-council'), method: 'junior-partner' });
    const c = carried(data, `?${query}`)!;
    const route = estimate(data, parseQuery(data, `?${query}`).inputs).routes.find((r) => r.id === 'junior-partner')!;
    const [lo, mid, hi] = spread(route, (e) => e.annualSavings);
    expect(Object.fromEntries(c.rows).annual).toBe(`${money(mid)} (${rangeText(lo, hi)})`);
    expect(c.rows.map(([k]) => k)).toEqual(['org', 'method', 'services', 'budget', 'annual', 'oneoff', 'net', 'npv', 'payback']);
    expect(c.query).toBe(query);
    expect(c.subject).toBe(`Savings estimate: ${route.label}, District council`);
  });
  it('says why a closed route is closed, instead of figures', () => {
    const closed = data.routes.find((r) => !estimate(data, defaultInputs(data, 'university')).routes.find((x) => x.id === r.id)!.eligible)!;
    const c = carried(data, `?${toQuery(data, { ...defaultInputs(data, 'university'), method: closed.id })}`)!;
    expect(c.rows.map(([k]) => k)).toEqual(['org', 'method', 'services', 'budget', 'closed']);
    expect(Object.fromEntries(c.rows).closed).toMatch(/^Not open to a university\. /);
  });
  it('gives nothing for a plain visit or a link it cannot read in full', () => {
    expect(carried(data, '')).toBeNull();
    expect(carried(data, '?org=district-council')).toBeNull();
    expect(carried(data, '?org=district-council&method=junior-partner&years=<script>')).toBeNull();
  });
});
