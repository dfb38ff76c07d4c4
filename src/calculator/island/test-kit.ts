/**
 * For the parts' own tests: the real data, estimates for a few cases, and the
 * markup a part renders, as a string, as Astro renders it on the server (no
 * DOM is needed: the figures are read from their data attributes with a small
 * parser).
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { readModelData } from '../content-fs';
import { estimate, type Inputs } from '../model';
import { defaultInputs, typicalBudget } from '../state';

export const data = readModelData();
export const start = defaultInputs(data);
export const html = (node: VNode) => renderToString(node);

/** A district council sharing payroll alone, at its typical cost. */
export const payroll: Inputs = { ...defaultInputs(data, 'district-council'), services: ['payroll'], budget: typicalBudget(data, 'district-council', ['payroll']), method: 'junior-partner' };
/** A housing association on the tendered route, where VAT it cannot recover is a cost. */
export const housing: Inputs = { ...defaultInputs(data, 'housing-association'), method: 'tendered-customer' };
export const run = (i: Inputs) => estimate(data, i);

/** Every element carrying data-figure, as its attributes. */
export function figures(markup: string): Record<string, string>[] {
  return [...markup.matchAll(/<[a-z]+\s([^>]*data-figure="[^"]*"[^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}
