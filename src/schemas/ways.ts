import { z } from 'astro/zod';
import { slug, title, summary, order } from './shared';

/** `content/ways/<slug>.mdx`: one of the four ways to work with us. */
export const waySchema = z.object({
  title,
  summary,
  order,
  /** Service slugs that best illustrate this way of working (optional). */
  services: z.array(slug).default([]),
});
