/**
 * On /contact/: when the visitor arrives from the calculator's "talk to us about
 * this estimate" link, show the estimate they were looking at and pre-fill an
 * email with it.
 *
 * The figures are worked out again from the link's inputs by the same model
 * (contact-figures.ts, in a worker), so an edited link cannot make the page
 * show savings the model never gave, and a link the calculator cannot read in
 * full shows nothing. Everything is written with textContent, never as HTML.
 */
import type { ModelData } from './model';
import type { Carried } from './contact-figures';

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
  if (!location.search) return;
  const worker = new Worker(new URL('./contact-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<Carried | null>) => {
    worker.terminate();
    if (e.data) fill(box, email, e.data);
  };
  worker.postMessage({ data, search: location.search });
}

function fill(box: HTMLElement, email: string, { rows, query, subject }: Carried) {
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

  const link = `${location.origin}/savings-calculator/?${query}`;
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
  box
    .querySelector<HTMLAnchorElement>('[data-field="mailto"]')
    ?.setAttribute('href', `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
  box.hidden = false;
}
