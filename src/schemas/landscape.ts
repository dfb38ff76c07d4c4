import { z } from 'astro/zod';
import { slug } from './shared';

/** `content/landscape/arrangements.yaml`: one row of the plan's Appendix 1. */
export const arrangementSchema = z.object({
  /** A short name for the row, lower case with hyphens: "havering-newham-ict". */
  id: slug,
  /** Which of the plan's two tables the row is in: London or Essex. */
  region: z.enum(['london', 'essex']),
  /** The partner organisations, each as a list item. */
  partners: z.array(z.string().min(2)).min(1),
  /** The service shared. */
  service: z.string().min(2),
  /** "Financial benefits realised", as published. Write "not stated" where the plan gives none. */
  benefitsRealised: z.string().min(1),
  /** "Efficiency figure", as published, or "not stated". */
  efficiencyFigure: z.string().min(1),
});
