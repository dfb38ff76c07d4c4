import { z } from 'astro/zod';
import { slug } from './shared';

/**
 * `content/site/acronyms.yaml`: an abbreviation the site uses and how a page
 * spells it out. `npm run check:content` warns when a page uses an acronym
 * before it is spelled out there, as "Full name (ABC)" or "ABC (Full name)";
 * it checks every run of capitals, listed here or not, so this list gives the
 * full name its advice quotes, and marks the few that need no spelling out.
 */
export const acronymSchema = z
  .object({
    /** A short name for the entry, lower case: "tupe", "e2bn". */
    id: slug,
    /** The acronym exactly as written, in capitals: "TUPE", "E2BN". */
    acronym: z.string().regex(/^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/, {
      message: 'write the acronym in capitals, as the pages do, for example "TUPE" or "E2BN"',
    }),
    /** The full name a page writes before it the first time: "Local Government Pension Scheme". */
    expansion: z.string().trim().min(3).optional(),
    /**
     * Instead of an expansion: why the site never spells this one out, for
     * example "well known: GOV.UK style writes UK without spelling it out".
     */
    noExpansion: z.string().trim().min(10, { message: 'say in a few words why it needs no spelling out (at least 10 characters)' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.expansion === !v.noExpansion) {
      ctx.addIssue({
        code: 'custom',
        path: v.expansion ? ['noExpansion'] : ['expansion'],
        message: v.expansion
          ? 'give an expansion or a noExpansion reason, not both; remove one of them'
          : 'give the full name in expansion; or, if it needs no spelling out, say why in noExpansion',
      });
    }
  });
