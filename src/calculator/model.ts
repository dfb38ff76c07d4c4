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
 *    as the visitor entered it per service).
 * 2. Each service's full-run saving is the sum of three levers: a rate on
 *    senior management's share of the cost, a rate on the rest (duplication),
 *    and a rate on the process share of the rest (re-engineering).
 * 3. The simulation runs month by month: nothing is saved during a route's lead
 *    time; after go-live each lever follows its own yearly ramp. One-off costs
 *    fall in the first month, running costs from go-live.
 * 4. Months are summed into years; the first year is year 0 for discounting,
 *    as the Green Book counts it.
 */

export const LEVER_IDS = ['management', 'duplication', 'reengineering'] as const;
export type LeverId = (typeof LEVER_IDS)[number];

/** A cost line: a fixed sum in pounds plus a fraction of the annual baseline. */
export interface CostLine {
  id: string;
  label: string;
  /** Fixed amount in pounds. */
  fixed: number;
  /** Fraction (0.02 = 2%) of the annual cost of the chosen services. */
  pct: number;
}

export interface LeverData {
  id: LeverId;
  label: string;
  /** Fraction of the lever's cost base saved at full run. */
  rate: number;
  /** Share of the full saving reached in each year after go-live; the last value carries on. */
  ramp: number[];
  /** Fraction of the saving that comes from posts (drives redundancy costs). */
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
  oneOff: CostLine[];
  running: CostLine[];
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
}

export interface ModelData {
  levers: LeverData[];
  /** Fraction of cost that is senior management. */
  mgmtShare: number;
  costPerPost: number;
  costPerExit: number;
  services: ServiceData[];
  families: { id: string; label: string }[];
  orgs: OrgData[];
  routes: RouteData[];
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
}

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
  /** Running costs each year after go-live. */
  annualRunning: number;
  /** annualSavings less annualRunning. */
  annualNet: number;
  oneOff: number;
  oneOffItems: Amount[];
  runningItems: Amount[];
  years: YearRow[];
  /** Net savings over the whole horizon (sum of the yearly net figures). */
  netTotal: number;
  /** Net present value at the chosen discount rate. */
  npv: number;
  /** Month (1 = the first) at the end of which the route has paid back for good; null if not within the horizon. */
  payback: number | null;
  /** Full-run savings kept, by lever. */
  byLever: Amount[];
  /** Full-run savings kept, by service. */
  byService: Amount[];
}

export interface Estimate {
  inputs: Inputs;
  baseline: number;
  baselineByService: Amount[];
  /** Gross full-run saving before any route's share or costs, by lever. */
  grossByLever: Amount[];
  gross: number;
  routes: RouteEstimate[];
}

/** Never let a bad number through: anything not finite becomes 0, and negatives are clamped where asked. */
const safe = (n: number, min = -Infinity) => (Number.isFinite(n) ? Math.max(n, min) : 0);

/** Split today's cost across the chosen services. */
export function splitBaseline(data: ModelData, inputs: Inputs): Amount[] {
  const chosen = data.services.filter((s) => inputs.services.includes(s.id));
  if (inputs.costs) {
    return chosen.map((s) => ({ id: s.id, label: s.label, amount: safe(inputs.costs?.[s.id] ?? 0, 0) }));
  }
  const total = chosen.reduce((sum, s) => sum + s.share, 0);
  const budget = safe(inputs.budget, 0);
  return chosen.map((s) => ({
    id: s.id,
    label: s.label,
    // An equal split is the honest fallback if someone sets every share to zero.
    amount: total > 0 ? (budget * s.share) / total : budget / chosen.length,
  }));
}

/** The full-run saving of one lever on one service, before any route's share. */
function leverSaving(data: ModelData, lever: LeverData, service: ServiceData | undefined, cost: number): number {
  const m = data.mgmtShare;
  const base =
    lever.id === 'management' ? m : lever.id === 'duplication' ? 1 - m : (1 - m) * (service?.process ?? 0);
  return cost * base * lever.rate;
}

/** Why a route is closed to an organisation, or "" when it is open. */
export function closedReason(data: ModelData, orgId: string, route: RouteData): string {
  const org = data.orgs.find((o) => o.id === orgId);
  if (!org) return '';
  if ((route.councilsOnly && !org.isCouncil) || !org.methods.includes(route.id)) return route.openTo;
  return '';
}

/** Run the model for every route. Deterministic: the same data and inputs always give the same figures. */
export function estimate(data: ModelData, inputs: Inputs): Estimate {
  const years = Math.min(Math.max(Math.round(safe(inputs.years, 1)), 1), 50);
  const rate = safe(inputs.rate, 0) / 100;
  const baselineByService = splitBaseline(data, inputs);
  const baseline = baselineByService.reduce((s, b) => s + b.amount, 0);

  // Full-run saving per lever per service.
  const grid = data.levers.map((lever) =>
    baselineByService.map((b) =>
      safe(
        leverSaving(
          data,
          lever,
          data.services.find((s) => s.id === b.id),
          b.amount,
        ),
        0,
      ),
    ),
  );
  const leverTotals = grid.map((row) => row.reduce((a, b) => a + b, 0));
  const gross = leverTotals.reduce((a, b) => a + b, 0);
  const grossByLever = data.levers.map((l, i) => ({ id: l.id, label: l.label, amount: leverTotals[i] }));

  // Posts removed drive redundancy, whatever the route: the people affected are the same.
  const postsSaved = data.levers.reduce((s, l, i) => s + leverTotals[i] * l.staff, 0);
  const redundancy = data.costPerPost > 0 ? (postsSaved / data.costPerPost) * data.costPerExit : 0;

  const routes = data.routes.map((route): RouteEstimate => {
    const keep = safe(route.keep, 0);
    const lead = Math.max(0, Math.round(safe(route.lead, 0)));
    const cost = (c: CostLine) => safe(c.fixed + c.pct * baseline, 0);
    const oneOffItems = [
      ...route.oneOff.map((c) => ({ id: c.id, label: c.label, amount: cost(c) })),
      { id: 'redundancy', label: 'Redundancy and exit costs', amount: safe(redundancy, 0) },
    ];
    const runningItems = route.running.map((c) => ({ id: c.id, label: c.label, amount: cost(c) }));
    const oneOff = oneOffItems.reduce((s, c) => s + c.amount, 0);
    const annualRunning = runningItems.reduce((s, c) => s + c.amount, 0);

    const rows: YearRow[] = [];
    let cumulative = 0;
    let payback: number | null = null;
    for (let y = 0; y < years; y++) {
      let savings = 0;
      let running = 0;
      for (let mo = 0; mo < 12; mo++) {
        const month = y * 12 + mo;
        let monthNet = month === 0 ? -oneOff : 0;
        if (month >= lead) {
          const after = Math.floor((month - lead) / 12);
          let s = 0;
          data.levers.forEach((l, i) => {
            s += (leverTotals[i] * l.ramp[Math.min(after, l.ramp.length - 1)]) / 12;
          });
          s *= keep;
          savings += s;
          running += annualRunning / 12;
          monthNet += s - annualRunning / 12;
        }
        cumulative += monthNet;
        // Payback is the month from which the running total stays at or above zero.
        if (cumulative < -1e-6) payback = null;
        else if (payback === null) payback = month + 1;
      }
      const oneOffYear = y === 0 ? oneOff : 0;
      const net = savings - running - oneOffYear;
      const prev = rows.length ? rows[rows.length - 1].cumulative : 0;
      rows.push({
        year: y + 1,
        savings,
        running,
        oneOff: oneOffYear,
        net,
        cumulative: prev + net,
        discounted: net / Math.pow(1 + rate, y),
      });
    }

    const byLever = data.levers.map((l, i) => ({ id: l.id, label: l.label, amount: leverTotals[i] * keep }));
    const byService = baselineByService.map((b, j) => ({
      id: b.id,
      label: b.label,
      amount: grid.reduce((s, row) => s + row[j], 0) * keep,
    }));
    const annualSavings = gross * keep;
    const reason = closedReason(data, inputs.org, route);
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
      years: rows,
      netTotal: rows.reduce((s, r) => s + r.net, 0),
      npv: rows.reduce((s, r) => s + r.discounted, 0),
      payback,
      byLever,
      byService,
    };
  });

  return { inputs, baseline, baselineByService, grossByLever, gross, routes };
}
