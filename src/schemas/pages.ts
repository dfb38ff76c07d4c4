import { z } from 'astro/zod';
import { title, summary, date } from './shared';

/** `content/pages/<slug>.mdx`: an ordinary page, served at /<slug>/. */
export const pageSchema = z.object({
  title,
  summary,
  /** Text for the breadcrumb and navigation, when shorter than the title. */
  navLabel: z.string().max(30).optional(),
  /** Date the page's facts were last reviewed, YYYY-MM-DD (shown on statements such as accessibility). */
  reviewed: date.optional(),
});
