import { z } from 'astro/zod';
import { title, summary, order, date } from './shared';

/** `content/case-studies/<slug>.mdx`: what happened when organisations shared services, told from the sources. */
export const caseStudySchema = z.object({
  title,
  summary,
  order,
  /** A shorter name for the breadcrumb, up to 30 characters: "Havering and Newham". */
  navLabel: z.string().trim().max(30).optional(),
  /** The organisations the case study is about, as their names are written: "London Borough of Havering". */
  organisations: z.array(z.string().trim().min(3).max(80)).min(1),
  /** When this case study was first published on the site, YYYY-MM-DD. Used in search engines' article data. */
  published: date,
  /** When its facts were last changed, if ever. */
  updated: date.optional(),
});
