import { z } from 'astro/zod';
import { slug } from './shared';
import { METHOD_SLUGS } from './joining';

/* ------------------------------------------------------------------------ *
 * The savings calculator's data: content/calculator/*.yaml.
 * Every number the model uses is one of these entries, with its unit, its
 * source and a plain explanation, so the methodology page can show it and a
 * changed value reaches the calculator with no code change. Cross-file checks
 * (a source id that exists, shares adding up to 100, every service slug known)
 * live in src/calculator/data.ts, where the message can name the file.
 * ------------------------------------------------------------------------ */

/**
 * Where a number comes from: the `id` of an entry in content/calculator/sources.yaml,
 * or the word "assumption" when no published figure exists. The methodology page
 * shows assumptions as such, so never dress one up as a source.
 */
export const calculatorSource = z.union([z.literal('assumption'), slug], {
  message: 'source must be "assumption" or the id of an entry in content/calculator/sources.yaml',
});

/** Ids of evidence (entries in sources.yaml) that an assumption was tested against. Shown as "checked against". */
const checkedAgainst = z.array(slug).default([]);

/** One plain-English sentence or two: what the number does and why it has this value. Shown on the methodology page. */
const explanation = z.string().trim().min(20, { message: 'explain the value in at least a sentence (20 characters)' }).max(600);

/** `content/calculator/sources.yaml`: one piece of published evidence behind the calculator. */
export const calculatorSourceSchema = z.object({
  /** Short name that parameters use in their `source` field, e.g. "lga-services-shared". */
  id: slug,
  /** What the evidence says, in our own words, with its figures. */
  figure: z.string().trim().min(20).max(600),
  /** Who published it and where, e.g. "HM Treasury, The Green Book". */
  publisher: z.string().trim().min(5).max(300),
  /** H = official or primary source; M = press or secondary copy. Shown beside the source. */
  firmness: z.enum(['H', 'M'], { message: 'firmness must be H (official or primary) or M (press or secondary)' }),
  /** Year of publication, where known. */
  year: z.number().int().min(1990).max(2100).optional(),
});

/** Units a calculator parameter can be written in. */
export const CALCULATOR_UNITS = ['percent', 'pounds', 'months', 'years', 'times', 'year'] as const;

/** `content/calculator/parameters.yaml`: one general parameter of the model. */
export const calculatorParameterSchema = z.object({
  /** The name the model looks the value up by. Renaming one breaks the build on purpose. */
  id: slug,
  /** Where the methodology page lists it: the levers, their ramp-up, people costs, VAT, appraisal conventions, input limits or the range (low and high cases). */
  group: z.enum(['levers', 'ramp', 'people', 'vat', 'appraisal', 'limits', 'range']),
  /** A short name for the methodology page, e.g. "Saving on senior management". */
  label: z.string().trim().min(3).max(80),
  /**
   * The value. A number, or for a ramp a list of percentages, one for each year
   * after go-live (the last one carries on), each between 0 and 100.
   */
  value: z.union([z.number().finite().nonnegative(), z.array(z.number().min(0).max(100)).min(1).max(10)], {
    message: 'value must be a number of zero or more, or a list of 1 to 10 percentages',
  }),
  /** percent, pounds, months, years or times (a ratio). */
  unit: z.enum(CALCULATOR_UNITS),
  source: calculatorSource,
  checkedAgainst,
  explanation,
});

/** `content/calculator/services.yaml`: how one of the 21 services figures in the model. */
export const calculatorServiceSchema = z.object({
  /** A service slug; it must match a file in content/services/. */
  id: slug,
  /** Percentage of a typical back office's cost spent on this service. All 21 add up to 100. */
  share: z.number().min(0).max(100),
  /** Percentage of the service's cost (after senior management) that is repeatable process work, where re-engineering saves. */
  processShare: z.number().min(0).max(100),
  /**
   * Percentage of the same cost that can be done once for every partner, where
   * removing duplication saves. Work that only supports its own organisation
   * (business partners, committee clerks) cannot be shared. Default 100.
   */
  sharedShare: z.number().min(0).max(100).default(100),
  /** The Contracted Out Services heading covering the service (section 41(3) of the VAT Act 1994), where one has been checked. */
  cos: z.number().int().min(1).max(200).optional(),
  source: calculatorSource,
  checkedAgainst,
  explanation,
});

/**
 * `content/calculator/organisations.yaml`: the starting annual cost for one type
 * of organisation, used until the visitor enters their own figure.
 */
export const calculatorOrganisationSchema = z.object({
  /** A sector slug; it must match a file in content/sectors/. */
  id: slug,
  /**
   * Typical annual cost, in whole pounds, of the services listed for this sector
   * (its `services` field). Scaled down by service shares when fewer are chosen.
   */
  typicalCost: z.number().int({ message: 'typicalCost is in whole pounds' }).positive(),
  source: calculatorSource,
  checkedAgainst,
  explanation,
  /** lgps when most back-office staff are in the Local Government Pension Scheme (its strain rules apply), other when they are not. */
  pensionScheme: z.enum(['lgps', 'other'], { message: 'pensionScheme must be lgps or other' }),
  /** How much of the VAT on a provider's charge this kind of organisation gets back: 100 for a council under section 33, 0 for a body that bears it all. */
  vat: z.object({
    /** The rule: section-33 (councils), contracted-out (section 41(3), by service), refund-schemes (ss 33B, 33C, maintained schools) or normal. */
    scheme: z.enum(['section-33', 'contracted-out', 'refund-schemes', 'normal'], {
      message: 'vat.scheme must be section-33, contracted-out, refund-schemes or normal',
    }),
    /** Percentage recovered, 0 to 100 (for contracted-out bodies, on services with no COS heading). */
    recovery: z.number().min(0).max(100),
    source: calculatorSource,
    checkedAgainst,
    explanation,
  }),
});

/** A number with its unit, source and explanation, as used in content/calculator/routes.yaml. */
const routeNumber = <U extends readonly [string, ...string[]]>(units: U) =>
  z.object({
    /** The number, zero or more. */
    value: z.number().finite().nonnegative(),
    /** The unit the value is written in. */
    unit: z.enum(units),
    source: calculatorSource,
    checkedAgainst,
    explanation,
  });

/** One cost line of a route: a fixed sum in pounds, or a percentage of the annual cost of the services shared. */
const routeCost = routeNumber(['pounds', 'percent-of-baseline'] as const).extend({
  /** A short id for the line, e.g. "programme" or "tupe". */
  id: slug,
  /** What the visitor sees, e.g. "Staff transfer (TUPE)". */
  label: z.string().trim().min(3).max(80),
  /**
   * "project" (set-up work: systems, programme, staff transfer; optimism bias
   * applies) or "fee" (a fixed fee, which carries no uplift). Default "project".
   */
  kind: z.enum(['project', 'fee'], { message: 'kind must be "project" (set-up work, with optimism bias) or "fee" (a fixed fee, none)' }).default('project'),
});

/** `content/calculator/routes.yaml`: the numbers for one on-boarding route (its words live in content/joining/). */
export const calculatorRouteSchema = z.object({
  /** An on-boarding method slug. */
  id: z.enum(METHOD_SLUGS, {
    message: `id must be one of: ${METHOD_SLUGS.join(', ')}; these are the calculator's fixed routes, and a new one needs the web team (content/README.md, "On-boarding methods")`,
  }),
  /** The steps before savings start, in months. The calculator adds them up. */
  leadTime: z
    .array(routeNumber(['months'] as const).extend({ /** What happens in this step. */ label: z.string().trim().min(3).max(100) }))
    .min(1, { message: 'give at least one lead-time step (it may be 0 months)' }),
  /** Percentage of the savings the organisation keeps; the rest is the provider's charge or margin. 0 to 100. */
  savingsShare: routeNumber(['percent'] as const).extend({ value: z.number().min(0).max(100) }),
  /** Costs paid once, at the start. Redundancy is added for every route from parameters.yaml. */
  oneOff: z.array(routeCost).default([]),
  /** Costs paid every year once the service has started. */
  running: z.array(routeCost).default([]),
  /** Percentage of the cost you keep in house as the client function (statutory officers, commissioning): never shared, so never saved. 0 to 100. */
  retained: routeNumber(['percent'] as const).extend({ value: z.number().min(0).max(100) }),
  /** Whether the provider's charge carries VAT; what each organisation gets back is in organisations.yaml. */
  vat: z.object({ charged: z.boolean(), source: calculatorSource, checkedAgainst, explanation }),
  /** Appendix 2's conditions, where the route has them: the least share of a typical back office (percent) and the least annual cost (pounds) shared. */
  conditions: z
    .object({
      /** The least share of a typical back office the organisation must share, in percent. */
      minScope: routeNumber(['percent'] as const).extend({ value: z.number().min(0).max(100) }),
      /** The least annual cost of the services shared, in pounds. */
      /** Only where a figure is published: the plan asks for a minimum cash value but sets none. */
      minCost: routeNumber(['pounds'] as const).optional(),
    })
    .optional(),
  /** What leaving later would cost: the low case counts it at the end of the horizon. */
  leaving: z.array(routeCost).default([]),
});
