/**
 * A figure with its machine-readable value (the link contract in the brief):
 * data-figure names it, data-method the route, data-value the central case,
 * and a figure with a range adds data-low and data-high. Payback that does not
 * happen within the horizon reads "none".
 */
import type { ComponentChildren } from 'preact';

const raw = (v: number | string) => (typeof v === 'string' ? v : Number.isFinite(v) ? String(Math.round(v) + 0) : 'none');

export interface FigProps {
  f: string;
  m?: string;
  v: number | string;
  /** Low and high cases, lowest first. */
  r?: [number, number];
  x?: Record<string, string | number>;
  children: ComponentChildren;
}

export function Fig({ f, m = 'all', v, r, x, children }: FigProps) {
  return (
    <span data-figure={f} data-method={m} data-value={raw(v)} data-low={r && raw(r[0])} data-high={r && raw(r[1])} {...x}>
      {children}
    </span>
  );
}
