import { z } from 'astro/zod';
import { slug } from './shared';

/** `content/glossary/terms.yaml`: one glossary term. */
export const termSchema = z.object({
  /** The term's web address fragment on /glossary/ (#tupe), lower case with hyphens. */
  id: slug,
  /** The term as written, e.g. "TUPE". */
  term: z.string().min(2),
  /** Spelled out, for acronyms. */
  expansion: z.string().optional(),
  /** Other spellings that should link here, e.g. "TUPEed". */
  aliases: z.array(z.string()).default([]),
  /** One or two plain sentences. */
  definition: z.string().min(20).max(600),
});
