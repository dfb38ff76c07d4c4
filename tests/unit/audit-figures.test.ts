/**
 * The quality report's arithmetic (scripts/audit/figures.mjs): that it
 * judges the median a visitor meets, not the best run, and measures the
 * calculator's first view where the form and the headline really end.
 */
import { describe, expect, test } from 'vitest';
import { median, combineRuns, elementEnd, firstViewEnd } from '../../scripts/audit/figures.mjs';

const run = (performance: number, tbtMs: number, extra: Record<string, unknown> = {}) => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  tbtMs,
  lcpMs: 1000,
  fcpMs: 900,
  speedIndexMs: 900,
  cls: 0,
  benchmarkIndex: 1000,
  longTasks: [],
  requests: [],
  failing: [],
  ...extra,
});

describe('median', () => {
  test('is the middle value of an odd count, whatever the order', () => {
    expect(median([300, 20, 40, 1000, 35])).toBe(40);
  });
  test('is the mean of the middle two of an even count', () => {
    expect(median([10, 40, 20, 30])).toBe(25);
  });
});

describe('combineRuns', () => {
  test('one fast run does not hide four slow ones', () => {
    const c = combineRuns([run(100, 10), run(92, 300), run(90, 320), run(91, 310), run(89, 330)]);
    expect(c.scores.performance).toBe(91);
    expect(c.tbtMs).toBe(310);
  });
  test('each figure is its own median, not the figures of one run', () => {
    // The run with the median score (97) has the lowest TBT; the median TBT is another run's.
    const c = combineRuns([run(100, 200), run(97, 10), run(95, 150), run(99, 120), run(90, 400)]);
    expect(c.scores.performance).toBe(97);
    expect(c.tbtMs).toBe(150);
  });
  test('keeps every run, so the spread can be printed', () => {
    const c = combineRuns([run(100, 10), run(95, 80), run(98, 40)]);
    expect(c.runs.map((r: { tbtMs: number }) => r.tbtMs)).toEqual([10, 80, 40]);
    expect(c.runs.map((r: { performance: number }) => r.performance)).toEqual([100, 95, 98]);
  });
  test('layout shift is the worst run', () => {
    const c = combineRuns([run(100, 10), run(100, 10, { cls: 0.02 }), run(100, 10)]);
    expect(c.cls).toBe(0.02);
  });
});

describe('firstViewEnd', () => {
  const form = '<form class="calc-form"><div><input id="budget" value="1"></div><form-hint>x</form-hint></form>';
  const headline = '<p><span data-figure="annual-savings" data-scope="headline" data-value="5"><span>£5m</span></span></p>';
  test('ends after the form when the headline comes first', () => {
    const html = `<main>${headline}${form}<table>rest</table></main>`;
    expect(html.slice(0, firstViewEnd(html).end)).toBe(`<main>${headline}${form}`);
  });
  test('ends after the headline, counting the spans nested in it, when it comes after the form', () => {
    const html = `<main>${form}<p>${headline}<span>later</span></p></main>`;
    const end = firstViewEnd(html).end;
    expect(html.slice(0, end).endsWith('<span>£5m</span></span>')).toBe(true);
    expect(html.slice(end)).toBe('</p><span>later</span></p></main>');
  });
  test('a figure that is not the headline does not count', () => {
    const html = `${form}<span data-figure="annual-savings" data-value="5">£5m</span>`;
    expect(firstViewEnd(html)).toEqual({ ok: false, problem: 'no server-rendered headline estimate in the HTML' });
  });
  test('a page without the field, or with the field outside any form, is reported, not measured', () => {
    expect(firstViewEnd(headline).ok).toBe(false);
    expect(firstViewEnd(`<form role="search"></form><input id="budget">${headline}`)).toEqual({ ok: false, problem: 'the #budget field is not in a form' });
  });
  test('elementEnd is -1 for an element that never closes', () => {
    expect(elementEnd('<div><div></div>', 0)).toBe(-1);
  });
});
