/**
 * The savings model: a worked example small enough to check by hand, the
 * calibration against oneSource's own figures, and sense checks against the
 * other published evidence. The calibration test prints its figures so the
 * closing note and the methodology page can quote them.
 */
import { describe, it, expect } from 'vitest';
import { estimate, type ModelData, type Inputs } from '~/calculator/model';
import { readModelData } from '~/calculator/content-fs';
import { money } from '~/calculator/format';

/** A model with round numbers, so every figure below can be worked out on paper. */
const toy: ModelData = {
  levers: [
    { id: 'management', label: 'M', rate: 0.3, ramp: [1], staff: 1 },
    { id: 'duplication', label: 'D', rate: 0.1, ramp: [0.5, 1], staff: 1 },
    { id: 'reengineering', label: 'R', rate: 0.2, ramp: [0, 1], staff: 0 },
  ],
  mgmtShare: 0.1,
  costPerPost: 40_000,
  costPerExit: 20_000,
  services: [
    { id: 'a', label: 'A', family: 'f', share: 0.75, process: 0.5 },
    { id: 'b', label: 'B', family: 'f', share: 0.25, process: 0.5 },
  ],
  families: [{ id: 'f', label: 'F' }],
  orgs: [
    { id: 'council', label: 'Council', isCouncil: true, methods: ['x', 'y'], services: ['a', 'b'], cost: 1_000_000 },
    { id: 'school', label: 'School', isCouncil: false, methods: ['y'], services: ['a'], cost: 100_000 },
  ],
  routes: [
    {
      id: 'x', label: 'X', councilsOnly: true, openTo: 'Councils only.', lead: 0, keep: 1,
      oneOff: [{ id: 'programme', label: 'Programme', fixed: 0, pct: 0.01 }], running: [],
    },
    {
      id: 'y', label: 'Y', councilsOnly: false, openTo: 'Anyone.', lead: 6, keep: 0.5,
      oneOff: [], running: [{ id: 'client', label: 'Client', fixed: 12_000, pct: 0 }],
    },
  ],
  defaults: { org: 'council', method: 'x', years: 3, rate: 10 },
  limits: { budgetMax: 1e9, yearsMax: 10, rateMax: 20 },
};

const toyInputs: Inputs = { org: 'council', services: ['a', 'b'], budget: 1_000_000, costs: null, method: 'x', years: 3, rate: 10 };

describe('worked example, checked by hand', () => {
  const e = estimate(toy, toyInputs);
  const [x, y] = e.routes;

  it('splits the saving between the three levers', () => {
    // management 1m × 10% × 30% = 30,000; duplication 1m × 90% × 10% = 90,000;
    // re-engineering 1m × 90% × 50% process × 20% = 90,000.
    expect(e.grossByLever.map((l) => Math.round(l.amount))).toEqual([30_000, 90_000, 90_000]);
    expect(Math.round(e.gross)).toBe(210_000);
    // The typical shares put 75% of the cost (and so of the saving) on A.
    expect(x.byService.map((s) => Math.round(s.amount))).toEqual([157_500, 52_500]);
  });

  it('prices redundancy from the posts saved', () => {
    // Posts saved: (30,000 + 90,000) / 40,000 = 3 posts; 3 × £20,000 = £60,000.
    expect(x.oneOffItems.find((i) => i.id === 'redundancy')!.amount).toBeCloseTo(60_000, 6);
    // Plus 1% of £1m for the programme.
    expect(x.oneOff).toBeCloseTo(70_000, 6);
  });

  it('ramps up year by year with no lead time', () => {
    // Year 1: 30,000 + 45,000 + 0 = 75,000 saved, less 70,000 one-off = 5,000.
    expect(x.years.map((r) => Math.round(r.savings))).toEqual([75_000, 210_000, 210_000]);
    expect(x.years.map((r) => Math.round(r.net))).toEqual([5_000, 210_000, 210_000]);
    expect(Math.round(x.netTotal)).toBe(425_000);
    // 75,000 / 12 = 6,250 a month; 70,000 / 6,250 = 11.2, so it pays back in month 12.
    expect(x.payback).toBe(12);
    // NPV at 10%, year 1 undiscounted: 5,000 + 210,000/1.1 + 210,000/1.21 = 369,462.81
    expect(x.npv).toBeCloseTo(369_462.81, 1);
  });

  it('applies a lead time, a share of the savings and running costs', () => {
    // Year 1: 6 months at (75,000/12) × 50% = 18,750 saved; 6,000 running; 60,000 redundancy.
    // Year 2: 6 × 3,125 + 6 × 8,750 = 71,250 saved; 12,000 running.
    // Year 3: 105,000 saved; 12,000 running.
    expect(y.years.map((r) => Math.round(r.savings))).toEqual([18_750, 71_250, 105_000]);
    expect(y.years.map((r) => Math.round(r.net))).toEqual([-47_250, 59_250, 93_000]);
    expect(y.years.map((r) => Math.round(r.cumulative))).toEqual([-47_250, 12_000, 105_000]);
    expect(y.annualSavings).toBeCloseTo(105_000, 6);
    expect(y.annualNet).toBeCloseTo(93_000, 6);
    // After month 18 the total is -34,500; at 7,750 a month it turns positive in month 23.
    expect(y.payback).toBe(23);
    // -47,250 + 59,250/1.1 + 93,000/1.21 = 83,473.14
    expect(y.npv).toBeCloseTo(83_473.14, 1);
  });

  it('says which routes are open, and why not', () => {
    expect(x.eligible && y.eligible).toBe(true);
    const school = estimate(toy, { ...toyInputs, org: 'school' });
    expect(school.routes.map((r) => [r.eligible, r.reason])).toEqual([
      [false, 'Councils only.'],
      [true, ''],
    ]);
  });

  it('uses the figures entered per service instead of the typical split', () => {
    const each = estimate(toy, { ...toyInputs, costs: { a: 100_000, b: 900_000 } });
    expect(each.baselineByService.map((b) => b.amount)).toEqual([100_000, 900_000]);
    expect(each.routes[0].byService.map((s) => Math.round(s.amount))).toEqual([21_000, 189_000]);
  });

  it('reports no payback when the costs are never recovered', () => {
    const e2 = estimate(toy, { ...toyInputs, budget: 0, years: 2 });
    expect(e2.routes[1].payback).toBeNull();
    // Nothing to save, but the client costs run from go-live: 6 + 12 months at £1,000.
    expect(e2.routes[1].netTotal).toBe(-18_000);
    expect(e2.routes.every((r) => r.annualSavings === 0)).toBe(true);
  });
});

describe('calibration against oneSource (Havering and Newham)', () => {
  const data = readModelData();
  const all = data.services.map((s) => s.id);
  const hn = estimate(data, { org: 'london-borough', services: all, budget: 58_000_000, costs: null, method: 'full-partner', years: 5, rate: 3.5 });
  const fp = hn.routes.find((r) => r.id === 'full-partner')!;
  const grossByYear5 = fp.years.reduce((s, r) => s + r.savings, 0);
  const firstTwo = fp.years[0].savings + fp.years[1].savings;

  it('prints the figures', () => {
    const lines = [
      `Havering and Newham case: £58m, all 21 services, full partners, 5 years, 3.5%`,
      `  annual savings at full run  ${money(fp.annualSavings)} (${((fp.annualSavings / 58e6) * 100).toFixed(1)}% of cost; reported about £10.6m)`,
      `  savings by year 5           ${money(grossByYear5)} before one-off costs (reported about £40m)`,
      `  net savings by year 5       ${money(fp.netTotal)} after ${money(fp.oneOff)} of one-off costs`,
      `  year by year                ${fp.years.map((r) => money(r.savings)).join(', ')}`,
      `  net present value           ${money(fp.npv)}`,
      `  payback                     month ${fp.payback}`,
      `  up front / first 2 years    ${((fp.oneOff / firstTwo) * 100).toFixed(0)}% (LGA found 18% to 59%)`,
    ];
    console.log(lines.join('\n'));
    expect(lines.length).toBe(8);
  });

  it('lands within 15% of £10.6m a year at full run', () => {
    expect(Math.abs(fp.annualSavings / 10.6e6 - 1)).toBeLessThan(0.15);
  });

  it('lands within 15% of £40m by year five, before and after one-off costs', () => {
    expect(Math.abs(grossByYear5 / 40e6 - 1)).toBeLessThan(0.15);
    expect(Math.abs(fp.netTotal / 40e6 - 1)).toBeLessThan(0.15);
  });

  it('puts the second year near the £6.9m to £8.5m oneSource reported', () => {
    expect(fp.years[1].savings).toBeGreaterThan(6.9e6 * 0.85);
    expect(fp.years[1].savings).toBeLessThan(8.5e6 * 1.15);
  });

  it('agrees with the LGA study: payback under 2 years, up-front 18% to 59% of the first 2 years', () => {
    expect(fp.payback).not.toBeNull();
    expect(fp.payback!).toBeLessThanOrEqual(24);
    expect(fp.oneOff / firstTwo).toBeGreaterThanOrEqual(0.18);
    expect(fp.oneOff / firstTwo).toBeLessThanOrEqual(0.59);
  });
});

describe('sense checks across the evidence', () => {
  const data = readModelData();
  const run = (org: string, method = 'full-partner', years = 5) => {
    const o = data.orgs.find((x) => x.id === org)!;
    return estimate(data, { org, services: o.services, budget: o.cost, costs: null, method, years, rate: 3.5 });
  };

  it('makes the tendered route the slowest and dearest to start, as the plan argues', () => {
    const e = run('london-borough');
    const byId = Object.fromEntries(e.routes.map((r) => [r.id, r]));
    for (const id of ['full-partner', 'junior-partner', 'company-shareholder', 'lead-authority-customer']) {
      expect(byId['tendered-customer'].oneOff).toBeGreaterThan(byId[id].oneOff);
      expect(byId['tendered-customer'].lead).toBeGreaterThan(byId[id].lead);
      expect(byId['tendered-customer'].netTotal).toBeLessThan(byId[id].netTotal);
    }
  });

  it('keeps the customer routes within the 2 to 3 year payback seen in private-sector shared services', () => {
    const e = run('london-borough');
    for (const r of e.routes) expect(r.payback!, r.id).toBeLessThanOrEqual(36);
  });

  it('gives every kind of organisation a finite estimate, with the Joint Committee closed to non-councils', () => {
    for (const o of data.orgs) {
      const e = run(o.id);
      for (const r of e.routes) {
        expect(Number.isFinite(r.npv) && Number.isFinite(r.netTotal), `${o.id} ${r.id}`).toBe(true);
        if (['full-partner', 'junior-partner'].includes(r.id)) expect(r.eligible, `${o.id} ${r.id}`).toBe(o.isCouncil);
        if (!r.eligible) expect(r.reason.length, `${o.id} ${r.id}`).toBeGreaterThan(10);
      }
    }
  });

  it('keeps savings at about 18% of cost at full run for any mix of all services', () => {
    const e = run('london-borough');
    expect(e.gross / e.baseline).toBeGreaterThan(0.15);
    expect(e.gross / e.baseline).toBeLessThan(0.21);
  });
});
