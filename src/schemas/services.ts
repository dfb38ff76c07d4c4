import { z } from 'astro/zod';
import { slug, title, summary, order } from './shared';

/** The three levels of service the plan describes. */
export const LEVELS = ['transactional', 'operational', 'strategic'] as const;

/** Service families: how the services index is grouped. */
export const FAMILIES = [
  'finance',
  'people',
  'legal-and-governance',
  'revenues-and-benefits',
  'technology',
  'property-and-facilities',
] as const;

export const FAMILY_LABELS: Record<(typeof FAMILIES)[number], string> = {
  finance: 'Finance',
  people: 'People and human resources',
  'legal-and-governance': 'Legal and governance',
  'revenues-and-benefits': 'Revenues and benefits',
  technology: 'Technology',
  'property-and-facilities': 'Property, facilities and transport',
};

/** `content/services/<slug>.mdx`: one of the 21 services. The file name is the URL slug. */
export const serviceSchema = z.object({
  title,
  summary,
  /** Which group the service is listed under on /services/. */
  family: z.enum(FAMILIES),
  /** The levels offered: transactional, operational and/or strategic. At least one. */
  levels: z.array(z.enum(LEVELS)).min(1, { message: 'list at least one level: transactional, operational or strategic' }),
  /**
   * true when our 2014 plan itself gives this service's levels (it does for
   * finance and HR only). Left out, the page says the levels are our own
   * description, so a reader can tell the plan's words from ours.
   */
  levelsFromPlan: z.boolean().default(false),
  /** On-boarding method slugs open for this service (see content/joining/). */
  methods: z.array(slug).min(1, { message: 'list at least one on-boarding method slug' }),
  /** Slugs of related services (see content/services/). Shown as "Related services". */
  related: z.array(slug).default([]),
  /** Short bullet points of what the service covers. Shown before the body text. */
  covers: z.array(z.string().min(3).max(200)).min(2, { message: 'list at least two things the service covers' }),
  order,
});
