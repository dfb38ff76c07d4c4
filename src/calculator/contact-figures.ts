/**
 * The estimate a link from the calculator carries to /contact/, worked out
 * again from the link's inputs (see contact-estimate.ts, which shows it).
 * Pure, so a test can read it; it runs in a worker (contact-worker.ts).
 *
 * The link carries only the calculator's inputs (the link contract), never its
 * figures: the figures are worked out again here by the same model, so an
 * edited link cannot make the page show savings the model never gave. The
 * inputs go through the calculator's own parser; a link it cannot read in full
 * gives nothing rather than an estimate the visitor never saw.
 */
import { estimate, spread, type ModelData, type RouteEstimate } from './model';
import { parseQuery, toQuery } from './state';
import { midSentence, money, paybackLabel, rangeText } from './format';

export interface Carried {
  /** Each shown line of the summary, by its data-field. */
  rows: [string, string][];
  /** The calculator's query string for the same answers. */
  query: string;
  subject: string;
}

export function carried(data: ModelData, search: string): Carried | null {
  const q = new URLSearchParams(search);
  // A plain visit to the contact page carries no estimate.
  if (!q.has('org') || !q.has('method')) return null;
  const { inputs, ignored } = parseQuery(data, search);
  if (ignored.length) return null;

  const est = estimate(data, inputs);
  const route = est.routes.find((r) => r.id === inputs.method);
  const org = data.orgs.find((o) => o.id === inputs.org);
  if (!route || !org) return null;
  const years = `${inputs.years} year${inputs.years === 1 ? '' : 's'}`;
  const all = inputs.services.length === data.services.length;
  const serviceText = all
    ? `All ${inputs.services.length} services`
    : data.services.filter((s) => inputs.services.includes(s.id)).map((s) => s.label).join(', ');

  // The most likely figure first, then its range, as the calculator shows it.
  const ranged = (pick: (e: RouteEstimate) => number) => {
    const [lo, mid, hi] = spread(route, pick);
    return `${money(mid)} (${rangeText(lo, hi)})`;
  };
  const rows: [string, string][] = [
    ['org', org.label],
    ['method', route.label],
    ['services', serviceText],
    ['budget', money(est.baseline)],
    ...((route.eligible
      ? [
          ['annual', ranged((e) => e.annualSavings)],
          ['oneoff', ranged((e) => e.oneOff)],
          ['net', `${ranged((e) => e.netTotal)} over ${years}`],
          ['npv', `${ranged((e) => e.npv)} at ${inputs.rate}%`],
          ['payback', paybackLabel(route.payback, inputs.years)],
        ]
      : [['closed', `Not open to a ${midSentence(org.label)}. ${route.reason}`]]) as [string, string][]),
  ];
  return { rows, query: toQuery(data, inputs), subject: `Savings estimate: ${route.label}, ${org.label}` };
}
