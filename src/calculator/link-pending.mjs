/**
 * The calculator page's one inline script, kept here so the page and the
 * Content Security Policy hash the same text (astro.config.mjs adds its hash
 * to the page's own policy; public/_headers and the nginx snippet carry it
 * too, and the hosting tests check they match).
 *
 * A shared link's figures are worked out in the browser, so until the
 * calculator's island (island/Calculator.tsx) has done that the results wait,
 * hidden but holding their space, for at most 4 seconds. Without JavaScript
 * it never runs and the default estimate shows.
 */
export const LINK_PENDING_SCRIPT =
  "if (location.search) { document.documentElement.classList.add('calc-link-pending'); setTimeout(() => document.documentElement.classList.remove('calc-link-pending'), 4000); }";
