/**
 * The parts of the appraisal worked out on demand, not with every estimate:
 * sensitivity and switching values driver by driver, and the financial case
 * by financial year. They live apart from model.ts so that the calculator's
 * first script, which must hold everything a key press runs, does not carry
 * them: only the spreadsheet (loaded when asked for) and the methodology page
 * (drawn on the server) use them.
 */
import {
  DRIVER_IDS,
  full,
  move,
  prepare,
  runRoute,
  safe,
  type CashYear,
  type DriverId,
  type Full,
  type Inputs,
  type ModelData,
  type RouteEstimate,
  type SensitivityRow,
} from './model';

/** What each driver is called in the sensitivity table, the tornado and the spreadsheet. */
export const DRIVER_LABELS: Record<DriverId, string> = {
  delivery: 'Savings delivered against plan',
  management: 'Senior-management saving rate',
  duplication: 'Duplication saving rate',
  reengineering: 'Re-engineering saving rate',
  lead: 'Time before savings start',
  oneOff: 'Project one-off costs',
  running: 'Running costs',
  vat: 'VAT you recover',
  exits: 'Exit and pension strain costs',
  keep: 'Share of the savings you keep',
  leave: 'Leaving at the end of the years you choose',
};

/**
 * Sensitivity and switching values for one route, driver by driver, on NPV
 * (the Green Book's convention): each driver's NPV at its low and its high
 * with the others central, and how far it must move from central before the
 * NPV reaches zero. Worked out on demand, not with every estimate: each
 * switching value takes a few more runs of the model.
 */
export function sensitivity(base: ModelData, inputs: Inputs, routeId: string): SensitivityRow[] {
  const basis = prepare(base, inputs);
  const { data } = basis;
  const route = data.routes.find((r) => r.id === routeId);
  if (!route) return [];
  const n = data.levers.length;
  const c = full(data.cases.central, n);
  const lo = full(data.cases.low, n);
  const hi = full(data.cases.high, n);
  const npv = (sc: Full) => runRoute(basis, route, sc, '').npv;
  const npvC = npv(c);
  // The quantity whose change the switching value reports, for each driver.
  const quantity = (id: DriverId, sc: Full): number => {
    const i = DRIVER_IDS.indexOf(id) - 1;
    if (id === 'delivery') return sc.delivery;
    if (i >= 0 && i < 3) return sc.rates[i];
    if (id === 'lead') return 1 + sc.lead;
    if (id === 'oneOff') return 1 + sc.oneOff;
    if (id === 'running') return 1 + (route.vat ? sc.running : sc.partnerRunning);
    if (id === 'exits') return sc.exits;
    if (id === 'keep') return route.keep + sc.keep;
    if (id === 'vat') return basis.recovery + sc.vat;
    return sc.leaveShare;
  };
  const points = (id: DriverId) => id === 'vat' || id === 'leave';
  return DRIVER_IDS.map((id) => {
    const lowNpv = npv(move(c, lo, id, 1));
    const highNpv = npv(move(c, hi, id, 1));
    // Move toward whichever end takes the NPV toward zero.
    const toward = npvC >= 0 ? (lowNpv <= highNpv ? lo : hi) : lowNpv >= highNpv ? lo : hi;
    const f = (t: number) => npv(move(c, toward, id, t));
    let a = 0;
    let fa = npvC;
    let b = 1;
    let fb = f(1);
    // Widen until the NPV changes sign, or the driver can go no further (the model clamps it).
    while (Math.sign(fb) === Math.sign(fa) && fb !== 0 && b < 1024) {
      const next = f(b * 2);
      if (Math.abs(next - fb) < 1e-6 * Math.max(1, Math.abs(fb))) break;
      a = b;
      fa = fb;
      b *= 2;
      fb = next;
    }
    let switching: number | null = null;
    let t = 0;
    if (npvC !== 0 && (Math.sign(fb) !== Math.sign(fa) || fb === 0)) {
      // Regula falsi with the Illinois step: NPV is close to linear in most drivers.
      let side = 0;
      for (let k = 0; k < 60 && Math.abs(b - a) > 1e-9; k++) {
        t = (a * fb - b * fa) / (fb - fa);
        const ft = f(t);
        if (Math.abs(ft) < 0.5) break;
        if (Math.sign(ft) === Math.sign(fb)) {
          b = t;
          fb = ft;
          if (side === -1) fa /= 2;
          side = -1;
        } else {
          a = t;
          fa = ft;
          if (side === 1) fb /= 2;
          side = 1;
        }
      }
      const q0 = quantity(id, c);
      const q1 = quantity(id, move(c, toward, id, t));
      switching = points(id) || q0 === 0 ? q1 - q0 : q1 / q0 - 1;
    }
    return {
      id,
      label: DRIVER_LABELS[id],
      npvLow: lowNpv,
      npvHigh: highNpv,
      switching,
      withinRange: switching !== null && t <= 1 + 1e-9,
      unit: points(id) ? ('points' as const) : ('percent' as const),
    };
  });
}

/**
 * The financial case for one route's central estimate: nominal cash by
 * financial year (April to March), from the price base year (`startYear`)
 * with `inflation` a year, split into revenue and capital. Moving systems and
 * data is capital; every other one-off cost is revenue (exit costs included:
 * a council may capitalise them only under a direction it has been given).
 */
export function financialCase(data: ModelData, r: RouteEstimate): CashYear[] {
  const start = data.startYear ?? 0;
  const inf = safe(data.inflation ?? 0, -0.99);
  const systems = r.oneOffItems.filter((i) => i.id === 'systems').reduce((t, i) => t + i.amount, 0);
  return r.years.map((y, k) => {
    const index = Math.pow(1 + inf, k);
    const capital = k === 0 ? systems * index : 0;
    const revenueOneOff = (y.oneOff - (k === 0 ? systems : 0)) * index;
    const revenueNet = (y.savings - y.running) * index;
    const yr = start + k;
    return {
      label: start ? `${yr}/${String((yr + 1) % 100).padStart(2, '0')}` : `Year ${k + 1}`,
      revenueNet,
      revenueOneOff,
      capital,
      net: revenueNet - revenueOneOff - capital,
    };
  });
}
