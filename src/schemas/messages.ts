import { z } from 'astro/zod';

/** A figure on the site with where it comes from. Every figure shown to a visitor cites a source. */
export const sourcedFigure = z.object({
  /** The figure as displayed, e.g. "£40m". */
  value: z.string().min(1).max(20),
  /** What it measures, one short phrase. */
  label: z.string().min(3).max(120),
  /** Where it comes from, e.g. "oneSource business development plan, May 2014". */
  source: z.string().min(5).max(200),
});

/** `content/site/messages.yaml`: the core narrative and key messages, reused wherever they appear. */
export const messagesSchema = z.object({
  /** The one-sentence promise at the top of the home page. */
  headline: z.string().min(10).max(120),
  /** Two or three short paragraphs: who we are and what we offer. */
  narrative: z.array(z.string().min(20)).min(1).max(4),
  /** Why oneSource is a real alternative to outsourcing. */
  alternativeToOutsourcing: z.array(z.string().min(10)).min(2),
  /** The three savings levers, in the plan's order. */
  levers: z
    .array(z.object({ id: z.enum(['management', 'duplication', 'reengineering']), title: z.string(), text: z.string() }))
    .length(3, { message: 'there are exactly 3 savings levers: management, duplication, reengineering' }),
  /** Headline figures with their sources. */
  proofPoints: z.array(sourcedFigure).min(2).max(6),
  /**
   * The key message on choosing how to join: every organisation differs, so
   * there is more than one route. Opens "ways to join" on the home page and
   * the /joining/ page.
   */
  flexibleJoining: z.string().trim().min(20).max(300),
  /** The three ways to work with us, as the key messages put them. */
  threeWays: z
    .array(z.object({ title: z.string(), text: z.string(), href: z.string().startsWith('/') }))
    .length(3, { message: 'the key messages name exactly 3 ways to work with us' }),
});
