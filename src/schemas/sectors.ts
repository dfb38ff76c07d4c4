import { z } from 'astro/zod';
import { slug, title, summary, order } from './shared';

/** `content/sectors/<slug>.mdx`: a customer segment. The file name is also the calculator's `org` value. */
export const sectorSchema = z.object({
  title,
  summary,
  order,
  /** True for local authorities; only councils can join the Joint Committee. */
  isCouncil: z.boolean(),
  /** "councils" sectors are listed first, then "wider-public-sector". */
  group: z.enum(['councils', 'wider-public-sector']),
  /** A short singular label used in the calculator, e.g. "District council". */
  label: z.string().min(3).max(40),
  /** On-boarding method slugs open to this kind of organisation. */
  methods: z.array(slug).min(1),
  /** Service slugs most relevant to this kind of organisation. */
  services: z.array(slug).min(1),
});
