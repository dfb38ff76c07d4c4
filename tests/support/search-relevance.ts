/**
 * Runs the relevance queries (search-queries.ts) through Pagefind's own
 * JavaScript API in a real browser, on the built site, with the ranking the
 * search page passes to Pagefind (the `data-ranking` of its
 * <pagefind-config>; none means Pagefind's defaults). The search page's
 * Component UI shows results in the order this API returns them, so the top 3
 * here are the top 3 a visitor sees.
 */
import type { Page } from '@playwright/test';
import type { RelevanceQuery } from './search-queries.ts';

export interface RelevanceResult extends RelevanceQuery {
  /** The first 3 result paths, best first. */
  top: string[];
  hit: boolean;
}

export interface RelevanceRun {
  results: RelevanceResult[];
  hits: number;
  total: number;
  /** Hits as a percentage of queries, to 1 decimal place. */
  rate: number;
}

/** Opens the search page (without searching, so its own interface does not load Pagefind) and runs each query. */
export async function runRelevance(page: Page, origin: string, queries: RelevanceQuery[], n = 3): Promise<RelevanceRun> {
  await page.goto(`${origin}/search/`);
  const results: RelevanceResult[] = [];
  for (const q of queries) {
    const top = await page.evaluate(
      async ({ query, n }) => {
        const w = window as unknown as { __relevance?: Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> }> };
        w.__relevance ??= (async () => {
          const bundle = '/pagefind/pagefind.js';
          const pf = await import(/* @vite-ignore */ bundle);
          const ranking = document.querySelector<HTMLElement>('pagefind-config')?.dataset.ranking;
          await pf.options(ranking ? { ranking: JSON.parse(ranking) } : {});
          await pf.init();
          return pf;
        })();
        const pf = await w.__relevance;
        const found = await pf.search(query);
        const data = await Promise.all(found.results.slice(0, n).map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname);
      },
      { query: q.query, n },
    );
    results.push({ ...q, top, hit: top.includes(q.page) });
  }
  const hits = results.filter((r) => r.hit).length;
  return { results, hits, total: results.length, rate: Math.round((hits / results.length) * 1000) / 10 };
}

/** The run as lines for a report: the rate, then every query with its top 3, misses marked. */
export function formatRelevance(run: RelevanceRun): string[] {
  const lines = [`Search relevance: ${run.hits} of ${run.total} queries find their page in the top 3 (${run.rate}%)`];
  for (const r of run.results) {
    lines.push(`  ${r.hit ? 'found ' : 'MISSED'}  "${r.query}" → ${r.page}${r.hit ? '' : `  (top 3: ${r.top.join(', ') || 'no results'})`}`);
  }
  return lines;
}
