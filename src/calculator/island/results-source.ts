/**
 * The parts below the headline (results.tsx), which the browser loads only
 * when the figures first change, and the server has from the start: the page
 * hands them over with `provideResults` before the island renders, as it does
 * the model's data (data-source.ts), so they stay out of the browser's first
 * chunk.
 */
import type { ResultName, ResultPart } from './figures';
// The parts' styles are on the page from the start, as the server draws the
// parts: Astro links the CSS of what the page imports statically, not of
// code it loads on demand, so they are imported here rather than by the parts.
import './chart/chart.css';
import './splits/splits.css';

let parts: Record<ResultName, ResultPart> | undefined;
let loading: Promise<unknown> | undefined;

export function provideResults(list: Record<ResultName, ResultPart>): void {
  parts = list;
}

/** The part called `name`: drawn on the server from the start, in the browser once loadResults() has loaded it. */
export function resultPart(name: ResultName): ResultPart {
  if (!parts) throw new Error(import.meta.env.SSR ? 'The calculator page must call provideResults(RESULTS) before it renders the island' : `The part "${name}" was drawn before its code was loaded`);
  return parts[name];
}

/** Loads the parts' chunk, at most once; a failed load is tried again at the next change. */
export function loadResults(): Promise<unknown> {
  return (loading ??= import('./results').then(
    (m) => (parts = m.RESULTS),
    (e) => {
      loading = undefined;
      throw e;
    },
  ));
}
