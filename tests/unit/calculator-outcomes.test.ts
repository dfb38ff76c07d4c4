/**
 * The model against what happened: every published outcome in outcomes.ts
 * must fall inside the range the model gives for its case. A failure here is
 * a finding about the model or its data, not a case to adjust until it passes.
 * The table is printed so a reviewer sees every range, passing or not.
 */
import { describe, it, expect } from 'vitest';
import { readCalculatorContent, readModelData } from '~/calculator/content-fs';
import { MEASURES, OUTCOMES, outcomes, measureText, type OutcomeSpec } from '~/calculator/outcomes';

const data = readModelData();
const results = outcomes(data);

describe('published outcomes against the model', () => {
  it('prints the table', () => {
    const rows = results.map((o) => {
      const f = (n: number) => measureText(o.measure.unit, n);
      const pub = o.published.text;
      return [
        `${o.inside ? 'inside ' : 'OUTSIDE'} ${o.title}`,
        `        case:      ${o.caseText}${o.eligible ? '' : ' (route closed to this case)'}`,
        `        measure:   ${o.measure.label}`,
        `        model:     ${f(o.low)} to ${f(o.high)}, central ${f(o.central)}`,
        `        published: ${pub} [${o.source}]`,
      ].join('\n');
    });
    console.log(rows.join('\n'));
    expect(rows).toHaveLength(OUTCOMES.length);
  });

  it('names only sources that exist', () => {
    const ids = new Set(readCalculatorContent().sources.map((s) => s.id));
    for (const o of OUTCOMES) expect(ids.has(o.source), `${o.id}: ${o.source}`).toBe(true);
  });

  it('includes the outcomes that went badly', () => {
    for (const id of ['nao-2016', 'nao-2012', 'lgss-provision', 'improvement-service'])
      expect(OUTCOMES.map((o) => o.id)).toContain(id);
  });

  it('gives every range in order, with finite ends except a payback never reached', () => {
    for (const o of results) {
      expect(o.low, o.id).toBeLessThanOrEqual(o.central);
      expect(o.central, o.id).toBeLessThanOrEqual(o.high);
      if (o.measure.unit !== 'months') expect(Number.isFinite(o.low) && Number.isFinite(o.high), o.id).toBe(true);
    }
  });

  it.each(results.map((o) => [o.id, o] as const))('%s falls inside the model\'s range', (_, o) => {
    const f = (n: number) => measureText(o.measure.unit, n);
    expect(o.inside, `${o.title}: model ${f(o.low)} to ${f(o.high)}; published ${o.published.text}`).toBe(true);
  });
});

describe('the rule for "inside"', () => {
  // A one-case spec that always measures the same number, to test the comparison itself.
  const fixed = (value: number, min: number, max: number): OutcomeSpec => ({
    ...OUTCOMES[0],
    id: 'test',
    measure: { label: 'x', unit: 'money', of: () => value },
    published: { min, max, text: 'x' },
  });
  const inside = (spec: OutcomeSpec) => outcomes(data, [spec])[0].inside;

  it('counts a point inside only when it lies within the range, an interval when the two meet', () => {
    expect(inside(fixed(5, 5, 5))).toBe(true);
    expect(inside(fixed(5, 6, 6))).toBe(false);
    expect(inside(fixed(5, 6, Infinity))).toBe(false);
    expect(inside(fixed(5, -Infinity, 5))).toBe(true);
    expect(inside(fixed(5, 1, 4.99))).toBe(false);
  });

  it('works a relative measure against the central case', () => {
    const [o] = outcomes(data, [{ ...OUTCOMES[0], measure: MEASURES.oneOffOverrun }]);
    expect(o.central).toBe(0);
    // The low case raises every one-off cost by the Green Book's uplift.
    expect(o.high).toBeCloseTo(data.cases.low.oneOff, 9);
  });
});
