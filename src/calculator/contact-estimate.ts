/**
 * On /contact/: when the visitor arrives from the calculator's "talk to us about
 * this estimate" link, show the figures they saw and pre-fill an email with them.
 *
 * Everything read from the address is checked against a strict pattern or the
 * list of known names first, and written with textContent, never as HTML, so a
 * crafted link can only ever show numbers and names the site already knows.
 * Anything missing or malformed and the box stays hidden.
 */
import { money, paybackLabel } from './format';

interface Labels {
  orgs: Record<string, string>;
  routes: Record<string, string>;
  services: Record<string, string>;
  email: string;
}

const box = document.querySelector<HTMLElement>('[data-estimate]');
if (box) show(box);

function show(box: HTMLElement) {
  const q = new URLSearchParams(location.search);
  const one = (k: string) => (q.getAll(k).length === 1 ? q.get(k)! : '');
  const int = (k: string, re = /^-?\d{1,13}$/) => (re.test(one(k)) ? Number(one(k)) : null);
  let labels: Labels;
  try {
    labels = JSON.parse(box.dataset.labels ?? '');
  } catch {
    return;
  }
  const org = labels.orgs[one('org')];
  const route = labels.routes[one('method')];
  const years = int('years', /^\d{1,2}$/);
  const rate = /^\d{1,2}(\.\d{1,2})?$/.test(one('rate')) ? one('rate') : null;
  const budget = int('budget', /^\d{1,13}$/);
  const [annual, oneoff, net, npv] = ['annual', 'oneoff', 'net', 'npv'].map((k) => int(k));
  const pay = one('payback') === 'none' ? null : int('payback', /^\d{1,3}$/);
  const list = one('services') === 'all' ? Object.keys(labels.services) : one('services').split(',');
  const services = list.map((s) => labels.services[s]);
  if (!org || !route || !years || years > 10 || rate === null || !budget || annual === null || oneoff === null || net === null || npv === null) return;
  if ((pay === null && one('payback') !== 'none') || services.some((s) => !s)) return;

  const serviceText = services.length === Object.keys(labels.services).length ? `All ${services.length} services` : services.join(', ');
  const rows: [string, string][] = [
    ['org', org],
    ['method', route],
    ['services', serviceText],
    ['budget', money(budget)],
    ['annual', money(annual)],
    ['oneoff', money(oneoff)],
    ['net', `${money(net)} over ${years} year${years === 1 ? '' : 's'}`],
    ['npv', `${money(npv)} at ${rate}%`],
    ['payback', paybackLabel(pay, years)],
  ];
  for (const [k, v] of rows) {
    const el = box.querySelector(`[data-field="${k}"]`);
    if (el) el.textContent = v;
  }

  // The link back rebuilds the query from checked values only.
  const back = new URLSearchParams({ org: one('org'), budget: String(budget), services: one('services'), method: one('method'), years: String(years), rate });
  if (/^[a-z0-9-]+:\d{1,13}(,[a-z0-9-]+:\d{1,13})*$/.test(one('costs'))) back.set('costs', one('costs'));
  const link = `${location.origin}/savings-calculator/?${back.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
  box.querySelector<HTMLAnchorElement>('[data-field="back"]')?.setAttribute('href', link);

  const labelsText = [...box.querySelectorAll('dt')].map((d) => d.textContent?.trim() ?? '');
  const body = [
    'Hello,',
    '',
    'I used the oneSource savings calculator and would like to talk about this estimate:',
    '',
    ...rows.map(([, v], i) => `${labelsText[i] ?? ''}: ${v}`),
    '',
    `Link to the estimate: ${link}`,
    '',
    'My name, organisation and role:',
    '',
  ].join('\n');
  const subject = `Savings estimate: ${route}, ${org}`;
  box
    .querySelector<HTMLAnchorElement>('[data-field="mailto"]')
    ?.setAttribute('href', `mailto:${labels.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
  box.hidden = false;
}
