import { z } from 'astro/zod';
import { title, summary, order } from './shared';

/** The five on-boarding methods; their slugs are part of the calculator's link contract. */
export const METHOD_SLUGS = [
  'full-partner',
  'junior-partner',
  'company-shareholder',
  'lead-authority-customer',
  'tendered-customer',
] as const;
export type MethodSlug = (typeof METHOD_SLUGS)[number];

/** `content/joining/<slug>.mdx`: one on-boarding method, with every row of the plan's Appendix 2. */
export const methodSchema = z.object({
  title,
  summary,
  /** A short label for table headings, for example "Full partner". */
  shortName: z.string().min(3).max(30),
  order,
  /** True when only councils can use the route (the Joint Committee is made of local authorities). */
  councilsOnly: z.boolean(),
  /** One sentence on who can use the route; the calculator shows it when a route is closed. */
  openTo: z.string().min(10).max(240),
  /** The plan's "Description of option". */
  description: z.string().min(10),
  /** Governance points. */
  governance: z.array(z.string().min(3)).min(1),
  /** How the organisation comes on board: delegation, staff transfer, contract. */
  basis: z.array(z.string().min(3)).min(1),
  /** When the option fits. */
  whenItFits: z.array(z.string().min(3)).min(1),
  /** Appendix 2's advantages for the organisation that joins, one point each. */
  advantagesForYou: z.array(z.string().min(3)).min(1),
  /** Appendix 2's disadvantages for the organisation that joins. */
  disadvantagesForYou: z.array(z.string().min(3)).min(1),
  /** Appendix 2's advantages for the founding councils, Havering and Newham. */
  advantagesForFounders: z.array(z.string().min(3)).min(1),
  /** Appendix 2's disadvantages for the founding councils. */
  disadvantagesForFounders: z.array(z.string().min(3)).min(1),
  /** Plain answers for the side-by-side comparison. Each a short phrase. */
  compare: z.object({
    /** Does staff employment transfer under TUPE? */
    tupe: z.string().min(2).max(120),
    /** What procurement is needed? */
    procurement: z.string().min(2).max(120),
    /** How much control does the joining organisation have? */
    control: z.string().min(2).max(120),
    /** Pension (LGPS) effect. */
    pensions: z.string().min(2).max(120),
    /** Is the service market tested? */
    marketTesting: z.string().min(2).max(120),
  }),
});
