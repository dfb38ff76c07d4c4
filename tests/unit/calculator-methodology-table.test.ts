/**
 * The methodology page's one table component, rendered with Astro's container
 * API: a labelled, focusable region, a heading cell for each row, a spanned
 * route name that later rows leave out, source cells linked to the source
 * list, and the data- attributes tests read figures from.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import DataTable from '~/calculator/methodology/DataTable.astro';
import type { Row } from '~/calculator/methodology/table';
import { readCalculatorContent } from '~/calculator/content-fs';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const sources = readCalculatorContent().sources;
const rows: Row[] = [
  { id: 'first', cells: [{ text: 'Full partner', rowspan: 2 }, 'Step one', { text: '6 months', num: true }, { source: 'onesource-set-up' }] },
  { header: false, cells: ['Step two', { text: '3 months', num: true }, { source: 'assumption', checkedAgainst: ['lgss-review'] }] },
  { cells: ['Savings', { text: '£9.9m', figure: { name: 'calibration-annual', method: 'full-partner', value: 9_940_123, low: 6_960_000.4, high: 10_840_000.6 } }, 'x', { source: 'assumption' }] },
];

describe('DataTable', () => {
  it('renders an accessible table from rows of data', async () => {
    const html = await container.renderToString(DataTable, {
      props: { id: 'test-caption', caption: 'A test table', columns: [{ label: 'Route' }, { label: 'Step' }, { label: 'Time', num: true }, { label: 'Source' }], rows, sources },
    });
    expect(html).toMatch(/<div class="table-wrap" role="region" aria-labelledby="test-caption" tabindex="0">/);
    expect(html).toContain('<caption id="test-caption">A test table</caption>');
    expect(html).toMatch(/<th scope="col" class="num">Time<\/th>/);
    // The spanned route heads its rows; the next row starts with an ordinary cell.
    expect(html).toMatch(/<tr id="first"><th scope="row" rowspan="2">Full partner<\/th>/);
    expect(html).toMatch(/<tr><td>Step two<\/td>/);
    expect(html).toContain('<a href="#source-onesource-set-up">');
    expect(html).toContain('<strong>Our assumption</strong>');
    expect(html).toContain('href="#source-lgss-review"');
    // A figure keeps its central value and adds its range, rounded to the pound.
    expect(html).toMatch(/data-figure="calibration-annual" data-method="full-partner" data-value="9940123" data-low="6960000" data-high="10840001"/);
    expect(html).not.toMatch(/undefined|NaN/);
  });
});
