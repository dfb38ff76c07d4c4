/**
 * The search page's own script, beside Pagefind's Component UI: it passes the
 * site's ranking (ranking.ts, read from <pagefind-config data-ranking>) to
 * Pagefind before the first search, carries the header box's ?q= into the
 * search field, and shows the no-results ways on (NoResults.astro) when a
 * search finds nothing. When a word of the search is not one the site uses,
 * it offers a close spelling that finds pages ("Did you mean ...?").
 *
 * Pagefind 1.6 has no spelling suggestions (its Component UI has strings for
 * them, but nothing fills them), so the suggestion is ours: each word of the
 * search that is not one of the site's own (/search/words.json, written by
 * the build from titles, headings, summaries and the synonyms) is swapped for
 * the nearest that is, within 1 typing slip for short words and 2 for long
 * ones, and offered only if Pagefind finds something for the result.
 */
interface Instance {
  pagefindOptions: Record<string, unknown>;
  options: { bundlePath: string };
  /** The Pagefind the instance loaded, once it has run a search. */
  __pagefind__?: { search(term: string): Promise<{ results?: unknown[] } | null> };
  announceRaw(message: string, priority?: 'polite' | 'assertive'): void;
  setTranslations(t: Record<string, string>): void;
  on(event: 'search', cb: (term: string) => void): void;
  on(event: 'results', cb: (result: { results: unknown[] }) => void): void;
}
type Components = { getInstanceManager(): { getInstance(name: string): Instance } };

/**
 * What the summary shows and screen readers hear when nothing matches. It
 * says where the ways on are, since they appear below without taking focus.
 */
const ZERO_RESULTS = 'No pages match [SEARCH_TERM]. Below are links to our services, the savings calculator and how to contact us.';

/** Typing slips between two words: letters added, dropped, changed or swapped with the next (optimal string alignment). */
export function slips(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The search with each unknown word replaced by the nearest known one, or undefined when nothing changes. */
export function closeSpelling(term: string, known: string[]): string | undefined {
  const set = new Set(known);
  let changed = false;
  const out = term.split(/\s+/).map((w) => {
    const lower = w.toLowerCase();
    if (lower.length < 4 || set.has(lower)) return w;
    const max = lower.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestSlips = max + 1;
    for (const k of known) {
      const n = slips(lower, k, max);
      if (n < bestSlips) [best, bestSlips] = [k, n];
    }
    if (!best) return w;
    changed = true;
    return best;
  });
  return changed ? out.join(' ') : undefined;
}

let words: Promise<string[]> | undefined;

async function suggest(term: string, instance: Instance): Promise<string | undefined> {
  words ??= fetch('/search/words.json').then((r) => (r.ok ? r.json() : []), () => []);
  const close = closeSpelling(term, await words);
  if (!close) return undefined;
  // The Component UI's own Pagefind, already loaded (a search has just run)
  // and set up with the site's ranking. Read from the instance rather than
  // imported again: a dynamic import here brought Vite's preload helper
  // into a file shared with the calculator. Check the field's name when
  // Pagefind is upgraded: the browser test of the offer fails if it goes.
  const pf = instance.__pagefind__;
  if (!pf) return undefined;
  const found = await pf.search(close);
  return found?.results?.length ? close : undefined;
}

export function connectSearch() {
  const ui = document.querySelector<HTMLElement>('.search-ui');
  if (!ui) return;
  const none = ui.querySelector<HTMLElement>('[data-search-none]');
  const ranking = ui.querySelector<HTMLElement>('pagefind-config')?.dataset.ranking;
  customElements.whenDefined('pagefind-input').then(() => {
    const components = (window as unknown as { PagefindComponents?: Components }).PagefindComponents;
    const instance = components?.getInstanceManager().getInstance('default');
    if (instance) {
      if (ranking) instance.pagefindOptions.ranking = JSON.parse(ranking);
      instance.setTranslations({ zero_results: ZERO_RESULTS });
      let term = '';
      instance.on('search', (t) => {
        term = t.trim();
      });
      const spelling = ui.querySelector<HTMLElement>('[data-search-spelling]');
      const spellingLink = ui.querySelector<HTMLAnchorElement>('[data-search-spelling-link]');
      instance.on('results', (r) => {
        const empty = !!term && r.results.length === 0;
        if (none) none.hidden = !empty;
        if (spelling) spelling.hidden = true;
        ui.dataset.searched = term;
        ui.dataset.resultCount = String(r.results.length);
        if (!term || !spelling || !spellingLink) return;
        const asked = term;
        suggest(asked, instance).then((close) => {
          if (!close || asked !== term) return;
          spellingLink.textContent = close;
          spellingLink.href = `/search/?q=${encodeURIComponent(close)}`;
          spelling.hidden = false;
          instance.announceRaw(`Did you mean ${close}?`, 'polite');
        });
      });
    }
    const q = new URLSearchParams(location.search).get('q');
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (q && input) {
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}
