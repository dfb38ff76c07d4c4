/**
 * What the parts show, worked out from the last complete answers by the
 * model's public functions: the estimate, the chosen route and the warnings.
 * The island's one way into the model's figures.
 */
import { estimate, warnings, type Estimate, type Inputs, type ModelData, type RangedRoute, type Warnings } from '../model';
import type { ComponentChildren } from 'preact';
import { typicalBudget } from '../state';

export interface Figures {
  est: Estimate;
  chosen: RangedRoute;
  warn: Warnings;
}

export function figuresFor(data: ModelData, inputs: Inputs): Figures {
  const est = estimate(data, inputs);
  const chosen = est.routes.find((r) => r.id === inputs.method) ?? est.routes[0];
  return { est, chosen, warn: warnings(data, est, typicalBudget(data, inputs.org, inputs.services)) };
}

/** The parts below the headline, by name, in page order: results.tsx draws one for each. */
export const RESULT_PARTS = ['comparison', 'chart', 'chart-table', 'years', 'splits'] as const;
export type ResultName = (typeof RESULT_PARTS)[number];
/** A part below the headline: what it shows for these figures. */
export type ResultPart = (f: Figures) => ComponentChildren;
