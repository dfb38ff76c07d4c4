/**
 * On /contact/: when the visitor arrives from the calculator's "talk to us about
 * this estimate" link, show the estimate they were looking at and pre-fill an
 * email with it.
 *
 * The link carries only the calculator's inputs (the link contract), never its
 * figures: the figures are worked out again here by the same model, so an
 * edited link cannot make the page show savings the model never gave. The
 * inputs go through the calculator's own parser; a link it cannot read in full
 * shows nothing rather than an estimate the visitor never saw. Everything is
 * written with textContent, never as HTML.
 */
import { estimate, spread, type ModelData, type RouteEstimate } from './model';
import { parseQuery, toQuery } from './state';
import { midSentence, money, paybackLabel, rangeText } from './format';

const box = document.querySelector<HTMLElement>('[data-estimate]');
if (box) show(box);

function show(box: HTMLElement) {
  let data: ModelData;
  let email: string;
  try {
    ({ data, email } = JSON.parse(box.dataset.calculator ?? ''));
  } catch {
    return;
  }
  const q = new URLSearchParams(location.search);
  // A plain visit to the contact page carries no estimate.
  if (!q.has('org') || !q.has('method')) return;
  const { inputs, ignored } = parseQuery(data, location.search);
  if (ignored.length) return;

  const est = estimate(data, inputs);
  const route = est.routes.find((r) => r.id === inputs.method);
  const org = data.orgs.find((o) => o.id === inputs.org);
  if (!route || !org) return;
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
  const shown = new Set(rows.map(([k]) => k));
  for (const dd of box.querySelectorAll<HTMLElement>('dd[data-field]')) {
    const dt = dd.previousElementSibling as HTMLElement | null;
    const on = shown.has(dd.dataset.field!);
    dd.hidden = !on;
    if (dt) dt.hidden = !on;
  }
  for (const [k, v] of rows) {
    const el = box.querySelector(`[data-field="${k}"]`);
    if (el) el.textContent = v;
  }

  const link = `${location.origin}/savings-calculator/?${toQuery(data, inputs)}`;
  box.querySelector<HTMLAnchorElement>('[data-field="back"]')?.setAttribute('href', link);

  const label = (k: string) => box.querySelector(`dd[data-field="${k}"]`)?.previousElementSibling?.textContent?.trim() ?? '';
  const body = [
    'Hello,',
    '',
    'I used the oneSource savings calculator and would like to talk about this estimate:',
    '',
    ...rows.map(([k, v]) => `${label(k)}: ${v}`),
    '',
    `Link to the estimate: ${link}`,
    '',
    'My name, organisation and role:',
    '',
  ].join('\n');
  const subject = `Savings estimate: ${route.label}, ${org.label}`;
  box
    .querySelector<HTMLAnchorElement>('[data-field="mailto"]')
    ?.setAttribute('href', `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
  box.hidden = false;
}
