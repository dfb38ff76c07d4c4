/**
 * Properties that must hold for every valid input, not just the examples:
 * finite outputs, savings that never fall as the baseline rises, nothing saved
 * from nothing, an NPV that is the discounted sum of the yearly figures, and
 * links that read back to exactly the same estimate.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimate, type Inputs } from '~/calculator/model';
import { readModelData } from '~/calculator/content-fs';
import { parseQuery, toQuery, validateForm, formFromInputs } from '~/calculator/state';
import { money, pounds } from '~/calculator/format';

const data = readModelData();
const ids = data.services.map((s) => s.id);
const max = data.limits.budgetMax;

/** Any state the calculator can hold: the domain of the link contract. */
const inputsArb = (minBudget = 1): fc.Arbitrary<Inputs> =>
  fc
    .record({
      org: fc.constantFrom(...data.orgs.map((o) => o.id)),
      services: fc.subarray(ids, { minLength: 1 }),
      budget: fc.integer({ min: minBudget, max }),
      perService: fc.boolean(),
      method: fc.constantFrom(...data.routes.map((r) => r.id)),
      years: fc.integer({ min: 1, max: data.limits.yearsMax }),
      rate: fc.integer({ min: 0, max: data.limits.rateMax * 100 }).map((n) => n / 100),
      seed: fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), { minLength: 21, maxLength: 21 }),
    })
    .map(({ perService, seed, ...r }) => {
      if (!perService || r.budget < r.services.length) return { ...r, costs: null };
      // Split the budget into positive whole-pound parts.
      const w = r.services.map((_, i) => seed[i]);
      const sum = w.reduce((a, b) => a + b, 0);
      const parts = w.map((x) => Math.max(1, Math.floor((r.budget * x) / sum)));
      const costs = Object.fromEntries(r.services.map((id, i) => [id, parts[i]]));
      return { ...r, budget: parts.reduce((a, b) => a + b, 0), costs };
    })
    .filter((i) => i.budget <= max);

const numbersIn = (x: unknown): number[] =>
  typeof x === 'number' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(numbersIn) : [];

describe('for any valid input', () => {
  it('every figure is a finite number and no cost is negative', () => {
    fc.assert(
      fc.property(inputsArb(0), (inputs) => {
        const e = estimate(data, inputs);
        expect(numbersIn(e).every(Number.isFinite)).toBe(true);
        for (const r of e.routes) {
          expect(r.oneOff).toBeGreaterThanOrEqual(0);
          expect(r.annualRunning).toBeGreaterThanOrEqual(0);
          expect(r.annualSavings).toBeGreaterThanOrEqual(0);
          expect(r.years).toHaveLength(inputs.years);
          for (const y of r.years) expect(y.savings >= 0 && y.running >= 0 && y.oneOff >= 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('savings never fall when the baseline rises', () => {
    fc.assert(
      fc.property(inputsArb(), fc.integer({ min: 0, max: max }), (inputs, extra) => {
        const base = { ...inputs, costs: null };
        const more = { ...base, budget: Math.min(max, base.budget + extra) };
        const a = estimate(data, base);
        const b = estimate(data, more);
        a.routes.forEach((r, i) => {
          const s = b.routes[i];
          expect(s.annualSavings).toBeGreaterThanOrEqual(r.annualSavings - 1e-6);
          r.years.forEach((y, j) => expect(s.years[j].savings).toBeGreaterThanOrEqual(y.savings - 1e-6));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('raising one service cost never lowers the savings', () => {
    fc.assert(
      fc.property(inputsArb(), fc.integer({ min: 1, max: 10_000_000 }), (inputs, extra) => {
        const costs = inputs.costs ?? Object.fromEntries(inputs.services.map((id) => [id, Math.max(1, Math.floor(inputs.budget / inputs.services.length))]));
        const first = inputs.services[0];
        const a = estimate(data, { ...inputs, costs });
        const b = estimate(data, { ...inputs, costs: { ...costs, [first]: costs[first] + extra } });
        a.routes.forEach((r, i) => expect(b.routes[i].annualSavings).toBeGreaterThanOrEqual(r.annualSavings - 1e-6));
      }),
      { numRuns: 100 },
    );
  });

  it('a zero baseline saves nothing', () => {
    fc.assert(
      fc.property(inputsArb(), (inputs) => {
        const e = estimate(data, { ...inputs, budget: 0, costs: null });
        expect(e.gross).toBe(0);
        for (const r of e.routes) {
          expect(r.annualSavings).toBe(0);
          expect(r.byLever.every((l) => l.amount === 0) && r.byService.every((s) => s.amount === 0)).toBe(true);
          expect(r.years.every((y) => y.savings === 0)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('NPV is the sum of the yearly net figures, each discounted from year 0', () => {
    fc.assert(
      fc.property(inputsArb(0), (inputs) => {
        const e = estimate(data, inputs);
        for (const r of e.routes) {
          const npv = r.years.reduce((s, y, t) => s + y.net / (1 + inputs.rate / 100) ** t, 0);
          expect(Math.abs(r.npv - npv)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(npv)));
          const total = r.years.reduce((s, y) => s + y.net, 0);
          expect(Math.abs(r.netTotal - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(total)));
          expect(Math.abs(r.years[r.years.length - 1].cumulative - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(total)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('payback is the month from which the running total stays at or above zero', () => {
    fc.assert(
      fc.property(inputsArb(), (inputs) => {
        for (const r of estimate(data, inputs).routes) {
          if (r.payback === null) continue;
          expect(r.payback).toBeGreaterThanOrEqual(1);
          expect(r.payback).toBeLessThanOrEqual(inputs.years * 12);
          // Every full year that ends at or after the payback month has a non-negative running total.
          r.years.forEach((y) => {
            if (y.year * 12 >= r.payback!) expect(y.cumulative).toBeGreaterThanOrEqual(-1e-3);
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('links', () => {
  it('round-trip exactly: reading a link gives back the state that wrote it', () => {
    fc.assert(
      fc.property(inputsArb(), (inputs) => {
        const q = toQuery(data, inputs);
        expect(parseQuery(data, q)).toEqual({ inputs, ignored: [] });
        expect(toQuery(data, parseQuery(data, q).inputs)).toBe(q);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trip through the form too: what the form shows validates to the same state', () => {
    fc.assert(
      fc.property(inputsArb(), (inputs) => {
        expect(validateForm(data, formFromInputs(inputs))).toEqual({ inputs, errors: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on any query string, and always give a state the model can run', () => {
    const keys = fc.constantFrom('org', 'budget', 'services', 'method', 'years', 'rate', 'costs', 'x');
    const junk = fc.oneof(fc.string(), fc.constantFrom('all', '5', '-5', '1e9', 'NaN', 'Infinity', '3.5', 'payroll,payroll', '<script>alert(1)</script>'));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, junk), { maxLength: 10 }), (pairs) => {
        const q = new URLSearchParams(pairs).toString();
        const { inputs } = parseQuery(data, q);
        expect(validateForm(data, formFromInputs(inputs)).errors).toEqual([]);
        const e = estimate(data, inputs);
        expect(numbersIn(e).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatting', () => {
  it('always gives a readable amount of money, whatever the number', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(money(n)).toMatch(/^−?£\d[\d,]*(\.\d)?(m|bn)?$/);
        expect(pounds(n)).toMatch(/^−?£\d[\d,]*$/);
      }),
      { numRuns: 500 },
    );
  });
});
