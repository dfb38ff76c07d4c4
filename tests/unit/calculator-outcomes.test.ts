/**
 * The model against what happened. Outcomes used to set or check a parameter
 * are in-sample: the calibration rows must fall inside (that is calibration,
 * not skill). Held-out outcomes are not required to fall inside: the model's
 * record on them is printed and reported as a hit rate, misses included, so
 * nobody is tempted to tune a case or a range until a test passes.
 */
import { describe, it, expect } from 'vitest';
import { readCalculatorContent, readModelData } from '~/calculator/content-fs';
import { DROPPED, MEASURES, OUTCOMES, hitRate, outcomes, measureText, type OutcomeSpec } from '~/calculator/outcomes';

const data = readModelData();
const results = outcomes(data);

describe('published outcomes against the model', () => {
  it('prints the table', () => {
    const rows = results.map((o) => {
      const f = (n: number) => measureText(o.measure.unit, n);
      const pub = o.published.text;
      return [
        `${o.inside ? 'inside ' : 'OUTSIDE'} ${o.use === 'held-out' ? 'held-out ' : 'in-sample'} ${o.title}`,
        `        case:      ${o.caseText}${o.eligible ? '' : ' (route closed to this case)'}`,
        `        measure:   ${o.measure.label}`,
        `        model:     ${f(o.low)} to ${f(o.high)}, central ${f(o.central)}`,
        `        published: ${pub} [${o.source}]`,
      ].join('\n');
    });
    const h = hitRate(results);
    console.log(`${rows.join('\n')}\nheld-out hit rate: ${h.inside} of ${h.of}`);
    expect(rows).toHaveLength(OUTCOMES.length);
  });

  it('names only sources that exist', () => {
    const ids = new Set(readCalculatorContent().sources.map((s) => s.id));
    for (const o of OUTCOMES) expect(ids.has(o.source), `${o.id}: ${o.source}`).toBe(true);
  });

  it('keeps the outcomes that went badly, the LGA map among them, and drops only rows that test our own assumptions', () => {
    for (const id of ['nao-2016', 'improvement-service', 'lga-map']) expect(OUTCOMES.find((o) => o.id === id)?.use, id).toBe('held-out');
    for (const d of DROPPED) expect(OUTCOMES.map((o) => o.id)).not.toContain(d.id);
    expect(DROPPED.map((d) => d.id).sort()).toEqual(['lgss-provision', 'nao-2012']);
  });

  it('marks every outcome in-sample or held-out, and says what each in-sample one set', () => {
    for (const o of OUTCOMES) if (o.use === 'in-sample') expect(o.usedFor?.length ?? 0, o.id).toBeGreaterThan(10);
    // The calibration targets are outturns, and they are in-sample.
    expect(OUTCOMES.filter((o) => o.use === 'in-sample').map((o) => o.id)).toEqual(expect.arrayContaining(['onesource-year-2', 'onesource-2015-16']));
  });

  it('counts the hit rate on held-out outcomes only', () => {
    const h = hitRate(results);
    expect(h.of).toBe(results.filter((o) => o.use === 'held-out').length);
    expect(h.inside).toBe(results.filter((o) => o.use === 'held-out' && o.inside).length);
    // Moving an in-sample row's verdict does not move the rate.
    const flipped = results.map((o) => (o.use === 'in-sample' ? { ...o, inside: !o.inside } : o));
    expect(hitRate(flipped)).toEqual(h);
  });

  it('gives every range in order, with finite ends except a payback never reached', () => {
    for (const o of results) {
      expect(o.low, o.id).toBeLessThanOrEqual(o.central);
      expect(o.central, o.id).toBeLessThanOrEqual(o.high);
      if (o.measure.unit !== 'months') expect(Number.isFinite(o.low) && Number.isFinite(o.high), o.id).toBe(true);
    }
  });

  it.each(results.filter((o) => o.id.startsWith('onesource-year-2') || o.id === 'onesource-2015-16').map((o) => [o.id, o] as const))(
    'calibration: %s falls inside the range',
    (_, o) => {
      const f = (n: number) => measureText(o.measure.unit, n);
      expect(o.inside, `${o.title}: model ${f(o.low)} to ${f(o.high)}; published ${o.published.text}`).toBe(true);
    },
  );
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
    // The low case moves the project costs part of the way to the upper bound, and exits
    // part of the way to their own low end, so it lies above the central case but below
    // the most either end alone could add.
    const most = Math.max((1 + data.cases.low.oneOff) / (1 + data.cases.central.oneOff), data.cases.low.exits ?? 1) - 1;
    expect(o.high).toBeGreaterThan(0);
    expect(o.high).toBeLessThanOrEqual(most + 1e-9);
  });
});
