/**
 * How the search page asks Pagefind to rank results (Pagefind's `ranking`
 * option, https://pagefind.app/docs/ranking/). The relevance suite
 * (tests/support/search-queries.ts) reads these from the page, so change them
 * only with that suite run: `npm run build` then
 * `npx playwright test tests/e2e/search-relevance.spec.ts`.
 */
export const SEARCH_RANKING = {
  metaWeights: {
    /** The page's h1. Pagefind's default. */
    title: 5,
    /** The synonyms entries a page has (content/search/synonyms.yaml): the officer's words for what the page is about. */
    keywords: 5,
    /** The page's summary, which says what the page is about in a sentence. */
    summary: 2,
  },
} as const;
