/**
 * The savings model: the single source of every figure the calculator shows.
 *
 * Pure TypeScript with no DOM, no framework and no I/O, so the same code runs
 * at build time (the server-rendered default estimate and the methodology
 * page), in the browser (the island) and in Vitest. All the numbers it uses
 * arrive in `ModelData`, which `data.ts` assembles from `content/calculator/`.
 *
 * How it works, in short:
 * 1. Today's cost is split across the chosen services (by typical shares, or
 *    as the visitor entered it per service). Each route keeps a retained
 *    client function in house; the rest is what is shared.
 * 2. Each service's full-run saving is the sum of three levers: a rate on
 *    senior management's share of the cost (scaled by how much of the back
 *    office is shared), a rate on the part of the rest that can be shared
 *    (duplication), and a rate on its process work (re-engineering).
 * 3. The simulation runs month by month: nothing is saved during a route's lead
 *    time; after go-live each lever follows its own yearly ramp. One-off costs
 *    fall in the first month, running costs and any VAT the organisation
 *    cannot recover from go-live.
 * 4. Months are summed into years; the first year is year 0 for discounting,
 *    as the Green Book counts it.
 * 5. The whole run is made three times: the central case, a low case (savings
 *    delivered short of plan, the Green Book's optimism-bias uplifts on time
 *    and costs, and the cost of leaving at the end) and a high case (savings a
 *    little above plan). Every figure is shown with the range they span.
 */

import { money } from './format';

export const LEVER_IDS = ['management', 'duplication', 'reengineering'] as const;
export type LeverId = (typeof LEVER_IDS)[number];
export const CASES = ['low', 'central', 'high'] as const;
export type CaseId = (typeof CASES)[number];

/** A cost line: a fixed sum in pounds plus a fraction of the annual baseline. */
export interface CostLine {
  id: string;
  label: string;
  /** Fixed amount in pounds. */
  fixed: number;
  /** Fraction (0.02 = 2%) of the annual cost of the chosen services. */
  pct: number;
  /**
   * "project" (systems, programme, staff transfer: the set-up work optimism
   * bias was measured on) or "fee" (legal and procurement fees, admission
   * fees: fixed sums that carry no uplift). Absent means "project".
   */
  kind?: 'project' | 'fee';
}

export interface LeverData {
  id: LeverId;
  label: string;
  /** Fraction of the lever's cost base saved at full run. */
  rate: number;
  /** Share of the full saving reached in each year after go-live; the last value carries on. */
  ramp: number[];
  /** Fraction of the saving that comes from posts (drives exit costs). */
  staff: number;
}

export interface ServiceData {
  id: string;
  label: string;
  family: string;
  /** Fraction of a whole back office's cost (all shares add up to 1). */
  share: number;
  /** Fraction of the service's non-management cost that is process work. */
  process: number;
  /** Fraction of the service's non-management work that can be done once for every partner (the duplication lever's base). */
  shared: number;
  /** The Contracted Out Services heading that covers it, for section 41(3) bodies; absent when none has been checked. */
  cos?: number;
}

export interface OrgData {
  id: string;
  label: string;
  isCouncil: boolean;
  /** Method slugs open to this kind of organisation. */
  methods: string[];
  /** Services chosen when a visitor picks this type and has not chosen their own. */
  services: string[];
  /** Typical annual cost of those services, whole pounds. */
  cost: number;
  /** Fraction of the VAT on a provider's charge that this kind of organisation gets back (for contracted-out bodies, on services with no COS heading). */
  vatRecovery: number;
  /** Whose pension rules apply: "lgps" (strain on exits at 55 or over, 57 from 6 April 2028) or "other" (no strain counted). Default lgps. */
  pensionScheme?: 'lgps' | 'other';
  /** The VAT rule: section 33, section 41(3) contracted-out services (full recovery on services with a COS heading), refund schemes or the normal rules. */
  vatScheme?: 'section-33' | 'contracted-out' | 'refund-schemes' | 'normal';
}

export interface RouteData {
  id: string;
  label: string;
  councilsOnly: boolean;
  /** Shown when the route is closed to the chosen organisation. */
  openTo: string;
  /** Months from the decision to go-live. */
  lead: number;
  /** Fraction of the savings that the organisation keeps. */
  keep: number;
  /** Fraction of the cost kept in house as the client function (never shared, so never saved). */
  retained: number;
  /** Whether the provider's charge carries VAT. */
  vat: boolean;
  /** Appendix 2's conditions: the least share of a typical back office, and the least annual cost, shared. 0 for none. */
  minScope: number;
  minCost: number;
  oneOff: CostLine[];
  running: CostLine[];
  /** What leaving later would cost, counted in the low case at the end of the horizon. */
  leaving: CostLine[];
}

/**
 * One set of values for the drivers. `cases.central` is the risk-adjusted
 * central case; `cases.low` and `cases.high` hold each driver's own low and
 * high end. The low and high cases the calculator shows are not these ends
 * stacked together: each route's are built from them driver by driver (see
 * `combine`), so their width depends on the case.
 */
export interface Scenario {
  /** Fraction of the modelled savings delivered. */
  delivery: number;
  /** Fractional uplifts (optimism bias): 0.54 makes lead times 54% longer. */
  lead: number;
  /** Uplift on project one-off costs (and on the cost of leaving); fees carry none. */
  oneOff: number;
  /** Uplift on the running costs of the routes with a provider's charge (outsourcing, where the bound was measured). */
  running: number;
  /** Whether the arrangement is unwound at the end of the horizon, paying the cost of leaving. */
  leave: boolean;
  /** The share of the cost of leaving counted (0 to 1); overrides `leave` when set. */
  leaveShare?: number;
  /** Uplift on the running costs of the partner routes (no provider's charge). Default 0. */
  partnerRunning?: number;
  /** Each lever's rate as a multiple of its central rate, in lever order. Default 1 each. */
  rates?: number[];
  /** Exit and pension strain costs as a multiple of the central figure. Default 1. */
  exits?: number;
  /** Change in the share of savings kept, as a fraction (−0.1 is 10 points less). Default 0. */
  keep?: number;
  /** Change in the share of VAT recovered, as a fraction. Default 0. */
  vat?: number;
}

export const DRIVER_IDS = ['delivery', 'management', 'duplication', 'reengineering', 'lead', 'oneOff', 'running', 'vat', 'exits', 'keep', 'leave'] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

/** One driver's effect on one route's NPV, with the others at their central values. */
export interface SensitivityRow {
  id: DriverId;
  label: string;
  /** NPV with this driver at its low end, and at its high end. */
  npvLow: number;
  npvHigh: number;
  /**
   * How far this driver must move from its central value before the NPV
   * reaches zero: −0.25 is 25% lower, 0.4 is 40% higher (for VAT recovery,
   * and for leaving, in points of the whole). Null when it never does within
   * what the driver can physically take (no saving below nothing, no share
   * above the whole).
   */
  switching: number | null;
  /** Whether that point lies within the driver's own low-to-high range. */
  withinRange: boolean;
  /** "percent": a change relative to the central value; "points": a change in a share, in points of the whole. */
  unit: 'percent' | 'points';
}


export interface People {
  /** Yearly cost of a post in senior management, and of any other post. */
  seniorPost: number;
  post: number;
  /** One-off cost of one paid exit from a senior post, and from any other. */
  seniorExit: number;
  exit: number;
  /** Fraction of posts saved that need a paid exit (the rest are vacancies or turnover). */
  paidShare: number;
  /** Fraction of paid exits that trigger a pension strain cost (members aged 55 or over), and its cost each. */
  strainShare: number;
  strainCost: number;
  /** Fraction of paid exits aged 57 or over: the group with a strain cost once the minimum pension age is 57. Defaults to strainShare. */
  strainShare57?: number;
}

export interface Defaults {
  org: string;
  method: string;
  years: number;
  rate: number;
}

export interface Limits {
  budgetMax: number;
  yearsMax: number;
  rateMax: number;
  /** A cost this many times above or below what is typical gets a warning. */
  typicalFactor: number;
}

/**
 * One assumption a visitor may replace with their own figure: its key in
 * `Overrides` (per-route keys read "lead.full-partner"), our value in the
 * visitor's units, and where our value comes from.
 */
export interface OwnSpec {
  key: string;
  label: string;
  unit: 'percent' | 'months' | 'pounds';
  /** Our value, in the unit shown. */
  value: number;
  max: number;
  source: string;
}

export interface ModelData {
  /** The version of the model and its data, carried in every link as `v`. */
  version: string;
  /** The assumptions a visitor may change, in the order the form lists them. */
  own: OwnSpec[];
  levers: LeverData[];
  /** Fraction of cost that is senior management. */
  mgmtShare: number;
  people: People;
  /** VAT rate, and the fraction of a provider's charge on which VAT is new (the part that was pay in house). */
  vatRate: number;
  vatNew: number;
  /** Share of a council's back-office VAT apportioned to its exempt business work (counts toward the partial exemption limit). */
  vatExemptShare?: number;
  /** The financial year the estimate starts (April of this year), and its price base; absent means the pension age change is ignored. */
  startYear?: number;
  /** Inflation a year for the nominal cash profile (0.02 = 2%). */
  inflation?: number;
  services: ServiceData[];
  families: { id: string; label: string }[];
  orgs: OrgData[];
  routes: RouteData[];
  cases: Record<CaseId, Scenario>;
  defaults: Defaults;
  limits: Limits;
}

/** What the visitor asked for, already validated (see state.ts). */
export interface Inputs {
  org: string;
  /** Service slugs, in the data's order, at least one. */
  services: string[];
  /** Annual cost today of the chosen services, whole pounds. */
  budget: number;
  /** Cost per service when the visitor entered it that way; null for "split by typical shares". */
  costs: Record<string, number> | null;
  method: string;
  years: number;
  /** Discount rate in percent, e.g. 3.5. */
  rate: number;
  /** The visitor's own assumptions; absent keys use the data's. */
  own?: Overrides;
}

/**
 * The visitor's own assumptions, in the units they type (percent, months),
 * keyed as in `ModelData.own`: "management", "programme", "lead.full-partner",
 * "running.tendered-customer", "keep.company-shareholder", "upliftOneOff"...
 * Each replaces one value in the data; see `applyOverrides`.
 */
export type Overrides = Record<string, number>;

export interface YearRow {
  year: number;
  savings: number;
  running: number;
  oneOff: number;
  net: number;
  cumulative: number;
  /** Net figure discounted to today's money. */
  discounted: number;
}

export interface Amount {
  id: string;
  label: string;
  amount: number;
}

export interface RouteEstimate {
  id: string;
  label: string;
  eligible: boolean;
  /** Why the route is closed; empty when it is open. */
  reason: string;
  /** Months before savings start. */
  lead: number;
  /** Savings kept by the organisation each year once every lever is at full run. */
  annualSavings: number;
  /** Running costs each year at full run, VAT included. */
  annualRunning: number;
  /** annualSavings less annualRunning. */
  annualNet: number;
  oneOff: number;
  oneOffItems: Amount[];
  /** Running costs a year at full run, one line each, VAT the last where there is any. */
  runningItems: Amount[];
  /** What the client function kept in house costs a year (not shared, so not saved). */
  retained: number;
  /** What leaving later would cost. */
  leaving: number;
  /** VAT a year at full run that the provider's charge adds to what you paid in house, before any recovery. */
  vatIncurred: number;
  /** The share of that VAT you recover, 0 to 1. */
  vatRecovered: number;
  years: YearRow[];
  /** Net savings over the whole horizon (sum of the yearly net figures). */
  netTotal: number;
  /** Net present value at the chosen discount rate. */
  npv: number;
  /** Month (1 = the first) at the end of which the route has paid back for good; null if not within the horizon. Undiscounted. */
  payback: number | null;
  /** The same on net figures discounted to today's money. */
  discountedPayback: number | null;
  /** Full-run savings kept, by lever. */
  byLever: Amount[];
  /** Full-run savings kept, by service. */
  byService: Amount[];
}

/** A route's central estimate with the low and high cases beside it. */
export interface RangedRoute extends RouteEstimate {
  low: RouteEstimate;
  high: RouteEstimate;
  /**
   * How far the central case's savings could fall short before the net
   * present value reaches zero: 0.4 means a 40% shortfall. Negative when the
   * route does not pay back even at the central case; null if no saving helps.
   */
  switching: number | null;
}

/** One financial year of the financial case: nominal cash, April to March, split into revenue and capital. */
export interface CashYear {
  /** "2026/27". */
  label: string;
  /** Savings kept less running costs (revenue), in that year's prices. */
  revenueNet: number;
  /** One-off revenue costs (programme, staff transfer, exits, strain, fees, double running...). */
  revenueOneOff: number;
  /** One-off capital costs: moving systems and data. */
  capital: number;
  /** All of it together. */
  net: number;
}

/** What doing nothing costs over the horizon: the services as they are, with nothing saved and nothing spent. */
export interface DoNothing {
  /** Today's annual cost, every year of the horizon. */
  cost: number;
  /** The same discounted to today's money. */
  costPv: number;
  /** Against itself, doing nothing saves nothing: 0. Each route's NPV is measured against this row. */
  npv: number;
}

export interface Estimate {
  inputs: Inputs;
  /** The comparison's "do nothing" row. */
  doNothing: DoNothing;
  baseline: number;
  baselineByService: Amount[];
  /** Share of a typical back office for this organisation that the chosen services make up, 0 to 1. */
  scope: number;
  /** Gross full-run saving before any route's retained function, share or costs, by lever. */
  grossByLever: Amount[];
  gross: number;
  routes: RangedRoute[];
}

/** Never let a bad number through: anything not finite becomes 0, and negatives are clamped where asked. */
export const safe = (n: number, min = -Infinity) => (Number.isFinite(n) ? Math.max(n, min) : 0);
const sum = (list: { amount: number }[]) => list.reduce((s, a) => s + a.amount, 0);

/** Split today's cost across the chosen services. */
export function splitBaseline(data: ModelData, inputs: Inputs): Amount[] {
  const chosen = data.services.filter((s) => inputs.services.includes(s.id));
  if (inputs.costs) {
    return chosen.map((s) => ({ id: s.id, label: s.label, amount: safe(inputs.costs?.[s.id] ?? 0, 0) }));
  }
  const total = chosen.reduce((t, s) => t + s.share, 0);
  const budget = safe(inputs.budget, 0);
  return chosen.map((s) => ({
    id: s.id,
    label: s.label,
    // An equal split is the honest fallback if someone sets every share to zero.
    amount: total > 0 ? (budget * s.share) / total : budget / chosen.length,
  }));
}

/** The share of this organisation's typical back office (by cost) that these services make up, at most 1. */
export function scopeOf(data: ModelData, orgId: string, services: string[]): number {
  const org = data.orgs.find((o) => o.id === orgId);
  const typical = org?.services.length ? org.services : data.services.map((s) => s.id);
  const share = (ids: string[]) => data.services.reduce((t, s) => t + (ids.includes(s.id) ? s.share : 0), 0);
  const whole = share(typical);
  return whole > 0 ? Math.min(1, share(services) / whole) : 1;
}

/**
 * The full-run saving of each lever on one service's cost, before any route's
 * share. Each lever has its own base, and the bases do not overlap:
 * - management: the service's senior-management cost. The service's cost
 *   already grows with what is shared, so this lever is not scaled by scope
 *   again (it once was, which made it grow with scope squared);
 * - duplication: the part of the rest that can be shared;
 * - re-engineering: the process work left once duplication has gone, so a
 *   pound of work removed as duplicated is not saved a second time.
 */
function leverSavings(data: ModelData, service: ServiceData | undefined, cost: number): number[] {
  const m = data.mgmtShare;
  const shared = service?.shared ?? 1;
  const dup = data.levers.find((l) => l.id === 'duplication')?.rate ?? 0;
  const bases: Record<LeverId, number> = {
    management: m,
    duplication: (1 - m) * shared,
    reengineering: (1 - m) * (service?.process ?? 0) * (1 - dup * shared),
  };
  return data.levers.map((l) => safe(cost * bases[l.id] * l.rate, 0));
}

/** Why a route is closed to an organisation (or to this choice of services), or "" when it is open. */
export function closedReason(data: ModelData, orgId: string, route: RouteData, scope = 1, cost = Infinity): string {
  const org = data.orgs.find((o) => o.id === orgId);
  if (!org) return '';
  if ((route.councilsOnly && !org.isCouncil) || !org.methods.includes(route.id)) return route.openTo;
  const short: string[] = [];
  if (scope + 1e-9 < route.minScope)
    short.push(`all or most of your services: at least ${Math.round(route.minScope * 100)}% of a typical back office's cost. You chose ${Math.round(scope * 100)}%.`);
  if (cost < route.minCost) short.push(`services worth at least ${money(route.minCost)} a year.`);
  return short.map((t, i) => `${i ? 'It also needs' : 'This route needs'} ${t}`).join(' ');
}

/** The data with the visitor's own assumptions in place of ours. Pure: the original is not changed. */
export function applyOverrides(data: ModelData, own: Overrides | undefined): ModelData {
  if (!own || !Object.keys(own).length) return data;
  const pct = (key: string, fallback: number) => (own[key] === undefined ? fallback : own[key] / 100);
  const low = data.cases.low;
  return {
    ...data,
    levers: data.levers.map((l) => ({ ...l, rate: pct(l.id, l.rate) })),
    routes: data.routes.map((r) => ({
      ...r,
      lead: own[`lead.${r.id}`] ?? r.lead,
      keep: pct(`keep.${r.id}`, r.keep),
      oneOff: r.oneOff.map((c) => (c.id === 'programme' && own.programme !== undefined ? { ...c, fixed: 0, pct: own.programme / 100 } : c)),
      running:
        own[`running.${r.id}`] === undefined
          ? r.running
          : [{ id: 'running', label: 'Running costs (your figure)', fixed: 0, pct: own[`running.${r.id}`] / 100 }],
    })),
    people: {
      ...data.people,
      strainShare: pct('age55', data.people.strainShare),
      strainShare57: pct('age57', data.people.strainShare57 ?? data.people.strainShare),
    },
    cases: {
      ...data.cases,
      low: { ...low, oneOff: pct('upliftOneOff', low.oneOff), running: pct('upliftRunning', low.running), lead: pct('upliftLead', low.lead) },
    },
  };
}

export interface Basis {
  data: ModelData;
  inputs: Inputs;
  years: number;
  rate: number;
  baseline: number;
  baselineByService: Amount[];
  scope: number;
  /** Full-run saving per lever per service, before the retained function. */
  grid: number[][];
  /** The same per service, all levers together. */
  byService: number[];
  /** The share of VAT on a provider's charge this organisation recovers, weighted across the services chosen. */
  recovery: number;
}

/** Run one route through one case; `reason` is why the route is closed, or "" (closedReason). */
export function runRoute(b: Basis, route: RouteData, c: Scenario, reason: string): RouteEstimate {
  const { data, baseline, years, rate } = b;
  const clamp01 = (n: number) => Math.min(Math.max(safe(n, 0), 0), 1);
  const keep = clamp01(safe(route.keep, 0) + safe(c.keep ?? 0));
  const retainedShare = Math.min(Math.max(safe(route.retained, 0), 0), 1);
  const shared = 1 - retainedShare;
  const lead = Math.max(0, Math.round(safe(route.lead, 0) * Math.max(0, 1 + safe(c.lead))));
  // Optimism bias only on the cost types it was measured on: fees carry none.
  const cost = (l: CostLine, up: number) => safe((l.fixed + l.pct * baseline) * Math.max(0, 1 + (l.kind === 'fee' ? 0 : safe(up))), 0);
  const lines = (list: CostLine[], up: number) => list.map((l) => ({ id: l.id, label: l.label, amount: cost(l, up) }));

  // Savings at full run, per lever, on the shared part only, as delivered in this case.
  const planned = data.levers.map((_, i) => b.grid[i].reduce((s, v) => s + v, 0) * shared);
  const leverTotals = planned.map((v, i) => v * safe(c.delivery, 0) * safe(c.rates?.[i] ?? 1, 0));

  // Posts removed drive exit costs, whatever the route: the people affected are the same.
  // They follow the planned savings, not the delivered ones: a restructure is
  // paid for in full even when its savings fall short, which is also what
  // makes the switching value a test of the savings alone.
  const p = data.people;
  const paid = data.levers.map((l, i) => {
    const perPost = l.id === 'management' ? p.seniorPost : p.post;
    return perPost > 0 ? ((planned[i] * l.staff) / perPost) * p.paidShare : 0;
  });
  const exits = safe(paid.reduce((s, n) => s + n, 0), 0);
  const redundancy = data.levers.reduce((s, l, i) => s + paid[i] * (l.id === 'management' ? p.seniorExit : p.exit), 0);
  // Strain only under the LGPS's rules, on exits at the planned go-live: 55 or
  // over before 6 April 2028, 57 or over from then (the normal minimum pension
  // age). The plan's date, not a case's: the restructure is planned, and its
  // people chosen, before anyone knows whether go-live slips.
  const org = data.orgs.find((o) => o.id === b.inputs.org);
  const after2028 = data.startYear !== undefined && safe(route.lead, 0) >= (2028 - data.startYear) * 12;
  const aged = after2028 ? Math.min(p.strainShare57 ?? p.strainShare, p.strainShare) : p.strainShare;
  const strain = org?.pensionScheme === 'other' ? 0 : exits * safe(aged, 0) * p.strainCost;
  // Exits and strain follow formulas (pay, service, age), so no optimism bias:
  // their own range is the exits driver.
  const exitScale = safe(c.exits ?? 1, 0);
  const oneOffItems = [
    ...lines(route.oneOff, c.oneOff),
    { id: 'redundancy', label: 'Redundancy and exit costs', amount: safe(redundancy * exitScale, 0) },
    { id: 'pension-strain', label: `Pension strain on exits at ${after2028 ? 57 : 55} or over`, amount: safe(strain * exitScale, 0) },
  ];
  const running = lines(route.running, route.vat ? c.running : (c.partnerRunning ?? 0));
  const oneOff = sum(oneOffItems);
  const runningYear = sum(running);
  const leaving = sum(lines(route.leaving, c.oneOff));
  const leaveShare = clamp01(c.leaveShare ?? (c.leave ? 1 : 0));

  // VAT the organisation cannot get back, on the part of the provider's charge that was pay in house.
  const recovery = clamp01(b.recovery + safe(c.vat ?? 0));
  const vatShare = route.vat ? safe(data.vatRate * data.vatNew * (1 - recovery), 0) : 0;
  const charged = baseline * shared;

  // Savings kept a month in each year after go-live, as far as the longest
  // ramp goes (after that every lever is at full run): worked out once here,
  // not for every month, as the first run of the model on a slow laptop is
  // part of the page's load.
  const steps = Math.max(1, ...data.levers.map((l) => l.ramp.length));
  const kept = Array.from({ length: steps }, (_, after) => {
    let s = 0;
    data.levers.forEach((l, i) => {
      s += (leverTotals[i] * l.ramp[Math.min(after, l.ramp.length - 1)]) / 12;
    });
    return s * keep;
  });

  const rows: YearRow[] = [];
  let cumulative = 0;
  let discountedCum = 0;
  let payback: number | null = null;
  let discountedPayback: number | null = null;
  const lastMonth = years * 12 - 1;
  for (let y = 0; y < years; y++) {
    let savings = 0;
    let run = 0;
    let oneOffYear = y === 0 ? oneOff : 0;
    const factor = Math.pow(1 + rate, y);
    for (let mo = 0; mo < 12; mo++) {
      const month = y * 12 + mo;
      let monthNet = month === 0 ? -oneOff : 0;
      if (month >= lead) {
        const s = kept[Math.min(Math.floor((month - lead) / 12), steps - 1)];
        // The charge is what the shared services cost less the savings passed on.
        const vat = vatShare * Math.max(charged / 12 - s, 0);
        const r = runningYear / 12 + vat;
        savings += s;
        run += r;
        monthNet += s - r;
      }
      if (leaveShare > 0 && month === lastMonth) {
        monthNet -= leaving * leaveShare;
        oneOffYear += leaving * leaveShare;
      }
      cumulative += monthNet;
      discountedCum += monthNet / factor;
      // Payback is the month from which the running total stays at or above zero.
      if (cumulative < -1e-6) payback = null;
      else if (payback === null) payback = month + 1;
      if (discountedCum < -1e-6) discountedPayback = null;
      else if (discountedPayback === null) discountedPayback = month + 1;
    }
    const net = savings - run - oneOffYear;
    const prev = rows.length ? rows[rows.length - 1].cumulative : 0;
    rows.push({ year: y + 1, savings, running: run, oneOff: oneOffYear, net, cumulative: prev + net, discounted: net / factor });
  }
  // Full run: every lever at the last step of its ramp.
  const annualSavings = leverTotals.reduce((s, v) => s + v, 0) * keep;
  const vatFull = vatShare * Math.max(charged - annualSavings, 0);
  const runningItems = vatShare ? [...running, { id: 'vat', label: 'VAT you cannot recover on the charge', amount: vatFull }] : running;
  const annualRunning = sum(runningItems);
  const vatIncurred = route.vat ? safe(data.vatRate * data.vatNew * Math.max(charged - annualSavings, 0), 0) : 0;
  return {
    id: route.id,
    label: route.label,
    eligible: reason === '',
    reason,
    lead,
    annualSavings,
    annualRunning,
    annualNet: annualSavings - annualRunning,
    oneOff,
    oneOffItems,
    runningItems,
    retained: baseline * retainedShare,
    leaving,
    vatIncurred,
    vatRecovered: route.vat ? recovery : 1,
    years: rows,
    netTotal: rows.reduce((s, r) => s + r.net, 0),
    npv: rows.reduce((s, r) => s + r.discounted, 0),
    payback,
    discountedPayback,
    byLever: data.levers.map((l, i) => ({ id: l.id, label: l.label, amount: leverTotals[i] * keep })),
    byService: b.baselineByService.map((s, j) => ({ id: s.id, label: s.label, amount: b.byService[j] * shared * c.delivery * keep })),
  };
}

/** A scenario with every optional driver filled in, so drivers can be moved field by field. */
export type Full = Required<Omit<Scenario, 'leave'>> & { leave: boolean };
export function full(s: Scenario, levers: number): Full {
  return {
    ...s,
    leaveShare: s.leaveShare ?? (s.leave ? 1 : 0),
    partnerRunning: s.partnerRunning ?? 0,
    rates: s.rates ?? Array.from({ length: levers }, () => 1),
    exits: s.exits ?? 1,
    keep: s.keep ?? 0,
    vat: s.vat ?? 0,
  };
}

/** Which fields of a scenario each driver moves (a lever's rate is its place in `rates`). */
const DRIVER_FIELDS: Record<DriverId, (keyof Full | number)[]> = {
  delivery: ['delivery'],
  management: [0],
  duplication: [1],
  reengineering: [2],
  lead: ['lead'],
  oneOff: ['oneOff'],
  running: ['running', 'partnerRunning'],
  vat: ['vat'],
  exits: ['exits'],
  keep: ['keep'],
  leave: ['leaveShare'],
};


/** `from` with driver `id` moved a fraction `t` of the way to `to` (t may exceed 1, or be below 0). */
export function move(from: Full, to: Full, id: DriverId, t: number): Full {
  const out: Full = { ...from, rates: [...from.rates] };
  for (const f of DRIVER_FIELDS[id]) {
    if (typeof f === 'number') out.rates[f] = from.rates[f] + t * ((to.rates[f] ?? 1) - from.rates[f]);
    else if (f !== 'leave' && f !== 'rates') (out[f] as number) = (from[f] as number) + t * ((to[f] as number) - (from[f] as number));
  }
  return out;
}

/** Everything about an estimate that does not depend on the route or the case. */
export function prepare(base: ModelData, inputs: Inputs): Basis {
  const data = applyOverrides(base, inputs.own);
  const years = Math.min(Math.max(Math.round(safe(inputs.years, 1)), 1), 50);
  const rate = safe(inputs.rate, 0) / 100;
  const baselineByService = splitBaseline(data, inputs);
  const baseline = sum(baselineByService);
  const scope = scopeOf(data, inputs.org, inputs.services);
  const perService = baselineByService.map((b) => leverSavings(data, data.services.find((s) => s.id === b.id), b.amount));
  const grid = data.levers.map((_, i) => perService.map((row) => row[i]));
  const byService = baselineByService.map((_, j) => grid.reduce((t, row) => t + row[j], 0));
  // Section 41(3) bodies recover VAT in full on services with a Contracted Out
  // Services heading and at their own rate on the rest; your own figure, if you
  // give one, replaces both.
  const org = data.orgs.find((o) => o.id === inputs.org);
  const own = inputs.own?.vat;
  const recoveryOf = (id: string) =>
    own !== undefined ? own / 100 : org?.vatScheme === 'contracted-out' && data.services.find((s) => s.id === id)?.cos ? 1 : (org?.vatRecovery ?? 1);
  const recovery =
    baseline > 0 ? baselineByService.reduce((t, s) => t + s.amount * recoveryOf(s.id), 0) / baseline : recoveryOf(baselineByService[0]?.id ?? '');
  return { data, inputs, years, rate, baseline, baselineByService, scope, grid, byService, recovery: Math.min(Math.max(safe(recovery, 0), 0), 1) };
}

/**
 * The low (or high) case of one route, from each driver's own range rather
 * than every end stacked at once. Each driver moves toward its end by its
 * share of the combined swing, w = d / √(Σ d²), where d is how much that end
 * alone lowers (raises) the NPV. For independent drivers with effects that
 * add up, the case's NPV then sits the root-sum-square of the drivers' swings
 * from the central case, and no driver goes beyond its own end. Drivers that
 * matter little to this route barely move; so the width depends on the route,
 * the organisation, what is shared and its size.
 */
function combine(central: Full, ends: Full, npvC: number, npvEnds: number[], sign: 1 | -1): Full {
  const d = npvEnds.map((n) => Math.max(0, sign * (npvC - n)));
  const total = Math.sqrt(d.reduce((t, x) => t + x * x, 0));
  let out = central;
  DRIVER_IDS.forEach((id, i) => {
    if (total > 0 && d[i] > 0) out = move(out, ends, id, d[i] / total);
  });
  return out;
}

/** Run the model for every route and every case. Deterministic: the same data and inputs always give the same figures. */
export function estimate(base: ModelData, inputs: Inputs): Estimate {
  const basis = prepare(base, inputs);
  const { data, baseline, baselineByService, scope, grid } = basis;
  const grossByLever = data.levers.map((l, i) => ({ id: l.id, label: l.label, amount: grid[i].reduce((s, v) => s + v, 0) }));
  const n = data.levers.length;
  const c = full(data.cases.central, n);
  const lo = full(data.cases.low, n);
  const hi = full(data.cases.high, n);

  const routes = data.routes.map((route): RangedRoute => {
    const reason = closedReason(data, inputs.org, route, scope, baseline);
    const run = (sc: Scenario) => runRoute(basis, route, sc, reason);
    const central = run(c);
    // The weights come from this appraisal (its horizon and discount rate), so
    // the low and high NPVs are the root-sum-square of the sensitivity table's
    // swings. A figure at full run in the low case can therefore move a little
    // with the horizon: how much each driver matters depends on it.
    const swing = (sc: Full) => run(sc).npv;
    const npvC = central.npv;
    const atLow = DRIVER_IDS.map((id) => swing(move(c, lo, id, 1)));
    const atHigh = DRIVER_IDS.map((id) => swing(move(c, hi, id, 1)));
    // The Green Book's switching value is on NPV. NPV is close to linear in
    // the savings delivered (exits follow the plan, not the delivery), so two
    // runs find where it reaches zero.
    const none = run({ ...c, delivery: 0 });
    const gain = central.npv - none.npv;
    const needed = gain > 0 ? -none.npv / (gain / Math.max(c.delivery, 1e-9)) : null;
    return {
      ...central,
      low: run(combine(c, lo, npvC, atLow, 1)),
      high: run(combine(c, hi, npvC, atHigh, -1)),
      switching: needed === null ? null : 1 - needed / Math.max(c.delivery, 1e-9),
    };
  });
  const rate = basis.rate;
  const doNothing: DoNothing = {
    cost: baseline * basis.years,
    costPv: Array.from({ length: basis.years }, (_, y) => baseline / Math.pow(1 + rate, y)).reduce((a, b) => a + b, 0),
    npv: 0,
  };
  return { inputs, doNothing, baseline, baselineByService, scope, grossByLever, gross: sum(grossByLever), routes };
}

/** A figure's low, central and high values, lowest first, whichever case gives which. */
export function spread(r: RangedRoute, pick: (e: RouteEstimate) => number): [number, number, number] {
  const a = pick(r.low);
  const c = pick(r);
  const b = pick(r.high);
  return [Math.min(a, b, c), c, Math.max(a, b, c)];
}

/** Payback as a number for ranges: a route that does not pay back within the horizon counts as never. */
export const paybackValue = (month: number | null) => month ?? Infinity;

/** What the guardrails found: how far the cost is from typical (a ratio, when far), and whether no open route saves. */
export interface Warnings {
  /** Entered cost divided by the typical cost, when it is more than `typicalFactor` away from 1; otherwise null. */
  typical: number | null;
  /** Every open route loses money over the horizon in the central case. */
  loss: boolean;
  /**
   * Routes whose new VAT, in the part apportioned to exempt work, would be
   * more than the partial exemption headroom you gave (councils only); empty
   * when you gave none.
   */
  partialExemption: { id: string; exemptVat: number; headroom: number }[];
}

/** Guardrails, not errors: the estimate still shows, with a plain warning beside it. */
export function warnings(base: ModelData, e: Estimate, typical: number): Warnings {
  const f = base.limits.typicalFactor;
  const ratio = typical > 0 ? e.baseline / typical : 1;
  const open = e.routes.filter((r) => r.eligible);
  const own = e.inputs.own ?? {};
  const org = base.orgs.find((o) => o.id === e.inputs.org);
  const headroom = own.peHeadroom;
  const share = own.peShare !== undefined ? own.peShare / 100 : (base.vatExemptShare ?? 0);
  const partialExemption =
    headroom === undefined || org?.vatScheme !== 'section-33'
      ? []
      : e.routes
          .map((r) => ({ id: r.id, exemptVat: r.vatIncurred * share, headroom }))
          .filter((x) => x.exemptVat > x.headroom);
  return {
    typical: ratio > f || ratio * f < 1 ? ratio : null,
    loss: open.length > 0 && open.every((r) => r.netTotal < 0),
    partialExemption,
  };
}
