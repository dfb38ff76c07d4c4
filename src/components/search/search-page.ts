/**
 * The search page's own script, beside Pagefind's Component UI: it passes the
 * site's ranking (ranking.ts, read from <pagefind-config data-ranking>) to
 * Pagefind before the first search, carries the header box's ?q= into the
 * search field, and shows the no-results ways on (NoResults.astro) when a
 * search finds nothing.
 */
interface Instance {
  pagefindOptions: Record<string, unknown>;
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
      instance.on('results', (r) => {
        const empty = !!term && r.results.length === 0;
        if (none) none.hidden = !empty;
        ui.dataset.searched = term;
        ui.dataset.resultCount = String(r.results.length);
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
