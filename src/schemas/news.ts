import { z } from 'astro/zod';
import { title, summary, date, imageRef } from './shared';

/** `content/news/<yyyy-mm-dd-slug>.mdx`: a media release or story. */
export const newsSchema = <T extends z.ZodTypeAny>(image: T) =>
  z.object({
    title,
    summary,
    /** Publication date, YYYY-MM-DD. A future date keeps the item hidden until then. */
    date,
    /**
     * How exact the date is: "day" (the default) or "month". Use "month" when
     * only the month is known; the day still sets the order of items.
     */
    datePrecision: z.enum(['day', 'month']).default('day'),
    /** Date of the last real change, if any. */
    updated: date.optional(),
    /** true keeps the item out of the site, the sitemap, search and RSS. */
    draft: z.boolean().default(false),
    /** What kind of item this is. */
    kind: z.enum(['media-release', 'award', 'milestone', 'feature']).default('media-release'),
    /** An optional picture shown with the item, with its alt text. */
    image: imageRef(image).optional(),
  });
