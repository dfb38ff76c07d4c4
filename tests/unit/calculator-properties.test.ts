/**
 * Properties that must hold for every valid input, not just the examples:
 * finite outputs, a low case never better than the central and a high case
 * never worse, savings that never fall as the baseline or the scope rises,
 * VAT that only ever costs a body that cannot recover it, nothing saved from
 * nothing, an NPV that is the discounted sum of the yearly figures, and links
 * (the visitor's own assumptions and `v` included) that read back exactly.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimate, spread, paybackValue, type Inputs, type ModelData, type Overrides, type RouteEstimate } from '~/calculator/model';
import { readModelData } from '~/calculator/content-fs';
import { parseQuery, toQuery, validateForm, formFromInputs } from '~/calculator/state';
import { money, pounds } from '~/calculator/format';

const data = readModelData();
const ids = data.services.map((s) => s.id);
const max = data.limits.budgetMax;

/** A value the form and the link accept for one of the visitor's own assumptions: whole months or pounds, or a percentage to 2 places. */
const ownValue = (max: number, whole: boolean) =>
  whole ? fc.integer({ min: 0, max }) : fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

/** Some of the visitor's own assumptions, or none. */
const ownArb: fc.Arbitrary<Overrides | undefined> = fc
  .subarray(data.own, { maxLength: 6 })
  .chain((specs) => fc.tuple(...specs.map((s) => ownValue(s.max, s.unit !== 'percent').map((v) => [s.key, v] as const))))
  .map((pairs) => (pairs.length ? Object.fromEntries(pairs) : undefined));

/** Any state the calculator can hold: the domain of the link contract. */
const inputsArb = (minBudget = 1): fc.Arbitrary<Inputs> =>
  fc
    .record({
      own: ownArb,
      org: fc.constantFrom(...data.orgs.map((o) => o.id)),
      services: fc.subarray(ids, { minLength: 1 }),
      budget: fc.integer({ min: minBudget, max }),
      perService: fc.boolean(),
      method: fc.constantFrom(...data.routes.map((r) => r.id)),
      years: fc.integer({ min: 1, max: data.limits.yearsMax }),
      rate: fc.integer({ min: 0, max: data.limits.rateMax * 100 }).map((n) => n / 100),
      seed: fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), { minLength: 21, maxLength: 21 }),
    })
    .map(({ perService, seed, own, ...base }) => {
      const r = own ? { ...base, own } : base;
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

// Each property runs the model for every route and case hundreds of times: room for a busy machine.
describe('for any valid input', { timeout: 60_000 }, () => {
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

  it('gives every figure a low, central and high case in that order, the low never better and the high never worse', () => {
    // Higher is better for these; lower is better for the next list.
    const better: ((r: RouteEstimate) => number)[] = [
      (r) => r.annualSavings,
      (r) => r.annualNet,
      (r) => r.netTotal,
      (r) => r.npv,
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [(r: RouteEstimate) => r.years[i]?.savings ?? 0, (r: RouteEstimate) => r.years[i]?.cumulative ?? 0]),
    ];
    const worse: ((r: RouteEstimate) => number)[] = [
      // annualRunning is left to its own test below: it must not depend on the horizon.
      (r) => r.oneOff,
      (r) => r.lead,
      (r) => r.leaving,
      (r) => paybackValue(r.payback),
      (r) => paybackValue(r.discountedPayback),
    ];
    const eps = (n: number) => (Number.isFinite(n) ? 1e-6 * Math.max(1, Math.abs(n)) : 0);
    fc.assert(
      fc.property(inputsArb(0), (inputs) => {
        for (const r of estimate(data, inputs).routes) {
          for (const f of [...better, ...worse]) {
            const [lo, c, hi] = spread(r, f);
            expect(lo <= c && c <= hi).toBe(true);
          }
          // The high case saves more from the same start, so it is never worse.
          // The low case starts later; that is worse only while the central case
          // gains every month. A route that costs more than it saves each month
          // loses less while it waits, so there the low case may come out ahead;
          // spread() still orders the range. The go-live year holds only
          // first-step months, so checking whole years checks every month.
          for (const f of better) expect(f(r.high)).toBeGreaterThanOrEqual(f(r) - eps(f(r)));
          for (const f of worse) expect(f(r.high)).toBeLessThanOrEqual(f(r) + eps(f(r)));
          for (const f of worse.slice(0, 3)) expect(f(r.low)).toBeGreaterThanOrEqual(f(r) - eps(f(r)));
          if (!r.years.every((y) => y.savings >= y.running)) continue;
          for (const f of better) expect(f(r.low)).toBeLessThanOrEqual(f(r) + eps(f(r)));
          for (const f of worse) expect(f(r.low)).toBeGreaterThanOrEqual(f(r) - eps(f(r)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the running costs a year at full run whatever the horizon, VAT included', () => {
    // The figure is "at full run", so a horizon that ends during the ramp-up must not change it.
    fc.assert(
      fc.property(inputsArb(), fc.integer({ min: 1, max: data.limits.yearsMax }), (inputs, years) => {
        const a = estimate(data, { ...inputs, years: data.limits.yearsMax });
        const b = estimate(data, { ...inputs, years });
        a.routes.forEach((r, i) => {
          // The low and high cases weigh each driver by its swing in this appraisal's NPV,
          // which depends on the horizon, so only their order is held here (and below).
          for (const k of ['low', 'high'] as const) expect(Number.isFinite(b.routes[i][k].annualRunning)).toBe(true);
          expect(b.routes[i].low.annualRunning).toBeGreaterThanOrEqual(b.routes[i].annualRunning - 1e-6);
          expect(b.routes[i].high.annualRunning).toBeLessThanOrEqual(b.routes[i].annualRunning + 1e-6);
          expect(b.routes[i].annualRunning, r.id).toBeCloseTo(r.annualRunning, 4);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a body that cannot recover VAT never saves more on a charged route than a council with the same inputs', () => {
    // The same council twice, differing only in what it gets back, so VAT is the only difference.
    const council = data.orgs.find((o) => o.isCouncil)!;
    fc.assert(
      fc.property(inputsArb(), fc.integer({ min: 0, max: 99 }), (inputs, recovery) => {
        const twin: ModelData = { ...data, orgs: [...data.orgs, { ...council, id: 'twin', vatRecovery: recovery / 100 }] };
        const a = estimate(twin, { ...inputs, org: council.id });
        const b = estimate(twin, { ...inputs, org: 'twin' });
        a.routes.forEach((r, i) => {
          const s = b.routes[i];
          const charged = data.routes[i].vat;
          for (const pick of [(x: RouteEstimate) => x.netTotal, (x: RouteEstimate) => x.npv, (x: RouteEstimate) => x.annualNet]) {
            // Held on the central case, where VAT is the only difference. The low and high
            // cases are not compared: each weighs every driver by its swing for that body, so a
            // body with more VAT at stake moves its other drivers less, and with whole months of
            // lead time that can leave its low case a little ahead of the council's (fast-check
            // found cases of up to about 0.5%). Their order is held by the test above.
            expect(pick(s)).toBeLessThanOrEqual(pick(r) + 1e-6 * Math.max(1, Math.abs(pick(r))));
            // A route with no charge carries no VAT, so the two are the same.
            if (!charged) expect(pick(s)).toBeCloseTo(pick(r), 6);
          }
          expect(s.annualSavings).toBeCloseTo(r.annualSavings, 6);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('widening the scope never lowers the management saving', () => {
    fc.assert(
      fc.property(inputsArb(), fc.subarray(ids, { minLength: 1 }), (inputs, more) => {
        const wider = ids.filter((id) => inputs.services.includes(id) || more.includes(id));
        // The same total over more services, and the same costs plus the new services' own.
        const pairs: [Inputs, Inputs][] = [[{ ...inputs, costs: null }, { ...inputs, services: wider, costs: null }]];
        if (inputs.costs) {
          const extra = Object.fromEntries(wider.map((id) => [id, inputs.costs![id] ?? 50_000]));
          pairs.push([inputs, { ...inputs, services: wider, costs: extra, budget: Object.values(extra).reduce((x, y) => x + y, 0) }]);
        }
        for (const [narrow, wide] of pairs) {
          const a = estimate(data, narrow);
          const b = estimate(data, wide);
          expect(b.scope).toBeGreaterThanOrEqual(a.scope);
          const m = (e: typeof a) => e.grossByLever.find((l) => l.id === 'management')!.amount;
          expect(m(b)).toBeGreaterThanOrEqual(m(a) - 1e-6);
          a.routes.forEach((r, i) => {
            const kept = (x: RouteEstimate) => x.byLever.find((l) => l.id === 'management')!.amount;
            expect(kept(b.routes[i])).toBeGreaterThanOrEqual(kept(r) - 1e-6);
          });
        }
      }),
      { numRuns: 150 },
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

describe('links', { timeout: 60_000 }, () => {
  it('round-trip exactly: reading a link gives back the state that wrote it', () => {
    fc.assert(
      fc.property(inputsArb(), (inputs) => {
        const q = toQuery(data, inputs);
        expect(parseQuery(data, q)).toEqual({ inputs, ignored: [], stale: false });
        expect(q).toContain(`v=${data.version}`);
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
    const keys = fc.constantFrom('org', 'budget', 'services', 'method', 'years', 'rate', 'costs', 'x', 'v', 'mgmt', 'prog', 'ob-lead', 'lead', 'run', 'keep');
    const junk = fc.oneof(
      fc.string(),
      fc.constantFrom('all', '5', '-5', '1e9', 'NaN', 'Infinity', '3.5', 'payroll,payroll', '<script>alert(1)</script>', 'full-partner:9', 'full-partner:-1', 'x:1:2'),
    );
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
