/**
 * What happened, beside what the model says: each published outcome in the
 * evidence (content/calculator/sources.yaml), the case fed to the model to
 * stand for it, and the model's low-to-high range for the same measure.
 *
 * Pure, so the methodology page renders the table at build time. Each case
 * is chosen from what the source describes and then left alone: a case tuned
 * until it passes would prove nothing. An outcome the model misses stays in
 * the list, as a miss.
 *
 * Every outcome is marked: "in-sample" when it was used to set or check a
 * parameter (so it cannot test the model), "held-out" when no parameter was
 * set from it. Only held-out outcomes count towards the hit rate.
 */
import { estimate, paybackValue, spread, type Inputs, type ModelData, type Overrides, type RouteEstimate } from './model';
import { typicalBudget, typicalServices } from './state';
import { money } from './format';

export type MeasureUnit = 'money' | 'months' | 'share';

/** What is compared: one number from a route's estimate, in one case. */
export interface Measure {
  /** "Savings a year at full run". */
  label: string;
  unit: MeasureUnit;
  /** The number in one case; `central` is the same route's central case, for measures relative to it. */
  of: (e: RouteEstimate, central: RouteEstimate) => number;
}

/** A published outcome: one value (min = max) or an interval; either end may be open (±Infinity). */
export interface Published {
  min: number;
  max: number;
  /** As the source puts it, in our words: "about £10.6m a year". */
  text: string;
}

export interface OutcomeSpec {
  id: string;
  /** Whose outcome and what it is: "oneSource: savings a year at full run". */
  title: string;
  /** The id of the evidence in sources.yaml. */
  source: string;
  /** The case in words, for the table. */
  caseText: string;
  /** The case fed to the model. */
  inputs: (data: ModelData) => Inputs;
  /** The route whose figures are compared. */
  route: string;
  measure: Measure;
  published: Published;
  /** "in-sample": used to set or check a parameter (named in `usedFor`); "held-out": no parameter was set from it. */
  use: 'in-sample' | 'held-out';
  /** For an in-sample outcome, the parameter it set or checked, in words. */
  usedFor?: string;
}

export interface Outcome extends OutcomeSpec {
  low: number;
  central: number;
  high: number;
  /** The published outcome (or some part of its interval) lies within the model's low-to-high range. */
  inside: boolean;
  /** Whether the route is open to this case; a closed route is still worked out, and the table says so. */
  eligible: boolean;
}

const sumSavings = (e: RouteEstimate, years: number) => e.years.slice(0, years).reduce((s, y) => s + y.savings, 0);

/** The measures the outcomes use. */
export const MEASURES = {
  annualSavings: { label: 'Savings a year at full run', unit: 'money', of: (e) => e.annualSavings },
  secondYear: { label: 'Savings in the second year', unit: 'money', of: (e) => e.years[1]?.savings ?? 0 },
  fiveYears: { label: 'Savings over 5 years, before costs', unit: 'money', of: (e) => sumSavings(e, 5) },
  payback: { label: 'Payback, undiscounted', unit: 'months', of: (e) => paybackValue(e.payback) },
  upFrontTwoYears: {
    label: "Money spent up front, as a share of the first 2 years' savings",
    unit: 'share',
    of: (e) => e.oneOff / sumSavings(e, 2),
  },
  upFrontFiveYears: {
    label: "Money spent up front, as a share of 5 years' savings",
    unit: 'share',
    of: (e) => e.oneOff / sumSavings(e, 5),
  },
  npv: { label: 'Net present value over 5 years', unit: 'money', of: (e) => e.npv },
  leaving: { label: 'Cost of leaving', unit: 'money', of: (e) => e.leaving },
  oneOffOverrun: {
    label: 'One-off costs above the central case',
    unit: 'share',
    of: (e, central) => (central.oneOff > 0 ? e.oneOff / central.oneOff - 1 : 0),
  },
} satisfies Record<string, Measure>;

/** A case: an organisation with its own typical services and cost (times `copies`, for a partnership of like bodies). */
function typical(data: ModelData, org: string, method: string, opts: { copies?: number; services?: string[]; own?: Overrides } = {}): Inputs {
  const services = opts.services ?? typicalServices(data, org);
  return {
    org,
    services,
    budget: typicalBudget(data, org, services) * (opts.copies ?? 1),
    costs: null,
    method,
    years: 5,
    rate: data.defaults.rate,
    ...(opts.own ? { own: opts.own } : {}),
  };
}

/** Havering and Newham as the calibration test feeds them: both boroughs' £58m, all 21 services, full partners. */
const havering = (data: ModelData, own?: Overrides): Inputs => ({
  org: 'london-borough',
  services: data.services.map((s) => s.id),
  budget: 58_000_000,
  costs: null,
  method: 'full-partner',
  years: 5,
  rate: data.defaults.rate,
  ...(own ? { own } : {}),
});

// oneSource's own years, and the five-year figures of the LGA study, run from
// the day the shared service started. The calculator counts from your
// decision, so these cases set the full partner's lead time to 0.
// The founders of a shared service keep every pound it saves: no partner's share to pass on.
const fromGoLive: Overrides = { 'lead.full-partner': 0, 'keep.full-partner': 100 };

/** A case several outcomes share: what is fed to the model, and which route is read. */
type Case = Pick<OutcomeSpec, 'caseText' | 'inputs' | 'route'>;

const oneSourceFromGoLive: Case = {
  caseText: 'Havering and Newham as above, counted from go-live in April 2014, as oneSource counted its years',
  inputs: (d) => havering(d, fromGoLive),
  route: 'full-partner',
};
const twoDistricts: Case = {
  caseText: '2 district councils sharing their whole back office, full partner, counted from go-live',
  inputs: (d) => typical(d, 'district-council', 'full-partner', { copies: 2, own: fromGoLive }),
  route: 'full-partner',
};
const centralGovernment: Case = {
  caseText: 'A central government body with its typical services, as a customer of a lead authority',
  inputs: (d) => typical(d, 'central-government', 'lead-authority-customer'),
  route: 'lead-authority-customer',
};
const county: Case = {
  caseText: 'A county or unitary council with its typical services and cost, full partner',
  inputs: (d) => typical(d, 'county-or-unitary-council', 'full-partner'),
  route: 'full-partner',
};

export const OUTCOMES: OutcomeSpec[] = [
  {
    id: 'onesource-year-2',
    title: 'oneSource: savings around its second year',
    source: 'onesource-ramp-up',
    ...oneSourceFromGoLive,
    measure: MEASURES.secondYear,
    published: { min: 6_900_000, max: 6_900_000, text: '£6.9m saved, against £7.8m planned' },
    use: 'in-sample',
    usedFor: 'the central share of savings delivered was set from this and the next row',
  },
  {
    id: 'onesource-2015-16',
    title: 'oneSource: cost reduction in 2015/16, its second year',
    source: 'onesource-ramp-up',
    ...oneSourceFromGoLive,
    measure: MEASURES.secondYear,
    published: { min: 8_500_000, max: 8_500_000, text: '£8.5m' },
    use: 'in-sample',
    usedFor: 'the central share of savings delivered, and the high end of delivery',
  },
  {
    id: 'onesource-full-run',
    title: 'oneSource: forecast savings a year once fully running',
    source: 'onesource-baseline',
    caseText: 'Havering and Newham: both boroughs, £58m a year, all 21 services, counted from go-live',
    inputs: (d) => havering(d, fromGoLive),
    route: 'full-partner',
    measure: MEASURES.annualSavings,
    published: { min: 10_600_000, max: 10_600_000, text: 'About £10.6m a year (a 2014 forecast)' },
    use: 'in-sample',
    usedFor: "senior management's share of the cost was checked against it; it is a forecast, not an outturn",
  },
  {
    id: 'onesource-2018-19',
    title: 'oneSource: forecast savings by 2018/19',
    source: 'onesource-baseline',
    ...oneSourceFromGoLive,
    measure: MEASURES.fiveYears,
    published: { min: 40_000_000, max: 40_000_000, text: '£40m in total by 2018/19 (a 2014 forecast)' },
    use: 'in-sample',
    usedFor: 'the 5-year horizon was set from it; it is a forecast, not an outturn',
  },
  {
    id: 'lga-payback',
    title: 'Local Government Association (LGA) study of 5 schemes: payback',
    source: 'lga-services-shared',
    ...twoDistricts,
    measure: MEASURES.payback,
    // Under 2 years: paid back by the end of month 23 at the latest.
    published: { min: 1, max: 23, text: 'Every scheme paid back in under 2 years' },
    use: 'held-out',
  },
  {
    id: 'lga-up-front',
    title: 'LGA study of 5 schemes: money spent up front',
    source: 'lga-services-shared',
    ...twoDistricts,
    measure: MEASURES.upFrontTwoYears,
    published: { min: 0.18, max: 0.59, text: 'Between 18% and 59%' },
    use: 'held-out',
  },
  {
    id: 'south-oxfordshire-vale',
    title: 'South Oxfordshire and Vale of White Horse: money spent up front against savings',
    source: 'lga-south-oxfordshire-vale',
    ...twoDistricts,
    measure: MEASURES.upFrontFiveYears,
    // Our arithmetic: £1.79m up front for £5.69m saved from 2007/08 to 2011/12.
    published: { min: 1.79 / 5.69, max: 1.79 / 5.69, text: '£1.79m up front for £5.69m saved over 5 years: 31%' },
    use: 'held-out',
  },
  {
    id: 'lga-map',
    title: 'LGA shared services map: savings a year for each partnership',
    source: 'lga-shared-services-map',
    caseText: '2 district councils sharing human resources (HR) and payroll, junior partner (the full partner route is closed to so few services)',
    inputs: (d) => typical(d, 'district-council', 'junior-partner', { copies: 2, services: ['hr', 'payroll'] }),
    route: 'junior-partner',
    measure: MEASURES.annualSavings,
    // Our arithmetic: about £200m in 2018/19 from 626 partnerships.
    published: { min: 200e6 / 626, max: 200e6 / 626, text: 'About £200m in 2018/19 from 626 partnerships: about £320,000 each' },
    use: 'held-out',
  },
  {
    id: 'deloitte-payback',
    title: 'Private-sector shared services: payback',
    source: 'deloitte-private-sector',
    caseText: "The calculator's starting case, a London borough with all its services, on the tendered route",
    inputs: (d) => typical(d, 'london-borough', 'tendered-customer'),
    route: 'tendered-customer',
    measure: MEASURES.payback,
    published: { min: 24, max: 36, text: 'Payback in 2 to 3 years' },
    use: 'held-out',
  },
  {
    id: 'nao-2016',
    title: 'National Audit Office (NAO), 2016: central government shared service centres',
    source: 'nao-2016-ssc',
    ...centralGovernment,
    measure: MEASURES.payback,
    // £90m saved against £94m of costs after two and a half years: not paid back by month 30.
    published: { min: 31, max: Infinity, text: '£90m saved against £94m of costs after 2.5 years: not paid back by month 30' },
    use: 'held-out',
  },
  {
    id: 'improvement-service',
    title: 'Improvement Service (Scotland): return within 5 years',
    source: 'improvement-service-caution',
    ...county,
    measure: MEASURES.npv,
    published: { min: -Infinity, max: 0, text: 'Seldom a positive return within 5 years' },
    use: 'held-out',
  },
];

/**
 * Rows no longer in the table because they tested the model's own assumptions
 * rather than its predictions, with why; the methodology page lists them.
 */
export const DROPPED: { id: string; source: string; why: string }[] = [
  {
    id: 'nao-2012',
    source: 'nao-2012-ssc',
    why: "Whitehall's shared service centres cost 56% more to set up than planned. That overrun is now the central case's optimism bias on project costs, so comparing the two would test the figure against itself.",
  },
  {
    id: 'lgss-provision',
    source: 'lgss-provision',
    why: "Cambridgeshire's £1m provision against leaving LGSS was compared with our own cost of leaving, 2% of the annual cost: an assumption checked against the same £1m, so the comparison could only confirm it.",
  },
];

/** The held-out hit rate: how many held-out outcomes fall inside the model's range, of how many. */
export function hitRate(list: Outcome[]): { inside: number; of: number } {
  const held = list.filter((o) => o.use === 'held-out');
  return { inside: held.filter((o) => o.inside).length, of: held.length };
}

/** Work out every outcome's range with the model. */
export function outcomes(data: ModelData, specs: OutcomeSpec[] = OUTCOMES): Outcome[] {
  return specs.map((spec) => {
    const e = estimate(data, spec.inputs(data));
    const r = e.routes.find((x) => x.id === spec.route);
    if (!r) throw new Error(`outcomes.ts: the outcome "${spec.id}" names the route "${spec.route}", which the data does not have`);
    const [low, central, high] = spread(r, (x) => spec.measure.of(x, r));
    // The ranges meet: some value the source allows lies inside the model's range.
    // A relative tolerance keeps a published point on the range's edge inside.
    const ends = [spec.published.min, spec.published.max].filter(Number.isFinite).map(Math.abs);
    const tol = 1e-9 * Math.max(1, ...ends);
    const inside = Math.max(low, spec.published.min) <= Math.min(high, spec.published.max) + tol;
    return { ...spec, low, central, high, inside, eligible: r.eligible };
  });
}

/** A measure's value as the table shows it: "£10.6m", "month 16", "31%", "not within 5 years". */
export function measureText(unit: MeasureUnit, value: number, years = 5): string {
  if (unit === 'months') return Number.isFinite(value) ? `month ${Math.round(value)}` : `not within ${years} years`;
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  return money(value);
}
