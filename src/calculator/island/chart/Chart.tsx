/**
 * Cumulative net savings for each open route, year by year, as a hand-written
 * SVG line chart (no chart library: it would outweigh the whole island). The
 * chosen route's low-to-high range is a shaded band behind its line, and the
 * table beneath gives the same figures.
 *
 * Routes are told apart by line pattern and marker shape as well as colour,
 * so the chart works in greyscale print and for colour-blind readers. The SVG
 * is one image with a title and a text description; the same figures follow
 * in a table for anyone who needs the numbers.
 */
import type { RangedRoute, RouteEstimate } from '../../model';
import { money, yearsText } from '../../format';
import { Fig } from '../Fig';

/** Colours with at least 3:1 contrast on white, as WCAG asks of graphics. */
export const LINE_COLOURS = ['#0b4f6c', '#b35c00', '#4c2c92', '#00703c', '#b0190c'];
export const LINE_DASHES = ['', '9 5', '2 4', '12 4 2 4', '5 3'];

/**
 * The chart is drawn three times, each plot for a width range, and CSS shows
 * the one that fits its box (container queries in chart.css). An SVG
 * scales its text with its width, so one plot drawn for a desktop leaves 5px
 * labels on a phone. The markup does not depend on the window, so the
 * page the server draws and the one the browser redraws match and nothing
 * shifts.
 *
 * - wide: 640 wide, text 12 units; shown from 640px, where that is 12px or more
 *   (and what prints). Laid out as it always was, but for a wider left
 *   margin when the money labels are long.
 * - mid: 500 wide, shown from 400px to 640px, text up to 15 units.
 * - narrow: 360 wide, shown below 400px, text up to 15 units: 12px at 288px
 *   (a 320px phone).
 * CSS steps the text size within each range; mid and narrow are laid out for
 * their largest text, so the smaller steps only gain room.
 */
interface Frame {
  name: 'wide' | 'mid' | 'narrow';
  W: number;
  H: number;
  L: number;
  R: number;
  T: number;
  B: number;
  /** Gap between a y label's end and the plot, and its baseline below the gridline. */
  yDx: number;
  yDy: number;
  /** Baseline of the year labels below the plot. */
  xDy: number;
  /** Which years are labelled (0 is "Start"). */
  labelled: number[];
}

const WIDE = { W: 640, H: 300, L: 70, R: 34, T: 14, B: 36 };
const FITTED = [
  { name: 'mid', W: 500, H: 300, f: 15 },
  { name: 'narrow', W: 360, H: 320, f: 15 },
] as const;

/**
 * Rough width of `s` in ems, on the wide side (DejaVu Sans, wider than the
 * Segoe UI, San Francisco or Roboto most visitors have), so labels placed by it
 * do not collide in any of them.
 */
function ems(s: string): number {
  let w = 0;
  for (const c of s) w += /[0-9£]/.test(c) ? 0.64 : /[.,: ]/.test(c) ? 0.32 : c === '−' ? 0.84 : c === 'm' ? 0.98 : /[rtfijl]/.test(c) ? 0.42 : 0.62;
  return w;
}

/** Every `step`th year from Start, and the last year, dropping the one before it if too close. */
function everyNth(years: number, step: number, room: number, gap: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= years; i += step) out.push(i);
  if (out[out.length - 1] !== years) {
    if ((years - out[out.length - 1]) * gap < room && out.length > 1) out.pop();
    out.push(years);
  }
  return out;
}

const yearLabel = (i: number) => (i === 0 ? 'Start' : `Year ${i}`);

const tenth = (n: number) => Math.round(n * 10) / 10;

/** A small marker of shape `i` centred on (x, y). */
export function marker(i: number, x: number, y: number): string {
  const s = 4.5;
  const [l, t] = [x - s, y - s].map(tenth);
  switch (i % 5) {
    case 0:
      return `M${l} ${y}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0`;
    case 1:
      return `M${l} ${t}h${2 * s}v${2 * s}h${-2 * s}z`;
    case 2:
      return `M${x} ${tenth(t - 1)}l${s + 1} ${2 * s + 1}h${-2 * s - 2}z`;
    case 3:
      return `M${x} ${tenth(t - 1)}l${s + 1} ${s + 1}l${-s - 1} ${s + 1}l${-s - 1} ${-s - 1}z`;
    default:
      return `M${l} ${t}l${2 * s} ${2 * s}m0 ${-2 * s}l${-2 * s} ${2 * s}`;
  }
}

/** A round step for about five gridlines: 1, 2 or 5 times a power of ten. */
function niceStep(span: number): number {
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function Chart({ routes, chosen, years }: { routes: RangedRoute[]; chosen: string; years: number }) {
  const open = routes.map((r, i) => ({ r, i })).filter((x) => x.r.eligible);
  const pick = open.find((x) => x.r.id === chosen)?.r;
  const band = pick ? [pick.low, pick.high] : [];
  const all = open.flatMap((x) => x.r.years.map((y) => y.cumulative)).concat(0, ...band.flatMap((b) => b.years.map((y) => y.cumulative)));
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (!(hi - lo > 0)) hi = lo + 1000;
  const step = niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(v);
  const everyYear = Array.from({ length: years + 1 }, (_, i) => i);
  const widest = Math.max(...ticks.map((v) => ems(money(v))));
  const frames: Frame[] = [
    // Widened only for labels such as "−£200,000", which would otherwise be cut off.
    { name: 'wide', ...WIDE, L: Math.max(WIDE.L, Math.ceil(widest * 12 + 8)), yDx: 6, yDy: 4, xDy: 18, labelled: everyYear },
    ...FITTED.map(({ name, W, H, f }) => {
      // Room for the widest money label on the left, half the last year label on the right.
      const L = Math.ceil(widest * f + 0.4 * f + 2);
      const R = Math.ceil((ems(yearLabel(years)) * f) / 2 + 3);
      // Text boxes run about 0.93em above the baseline and 0.24em below it.
      const T = Math.ceil(0.6 * f + 1);
      const B = Math.ceil(1.85 * f);
      // The fewest labels (every 1, 2, 5 or 10 years) that leave 0.4em between neighbours.
      const gap = (W - L - R) / years;
      const room = (ems(yearLabel(years)) + 0.4) * f;
      const step = [1, 2, 5, 10].find((k) => k * gap >= room) ?? years;
      return { name, W, H, L, R, T, B, yDx: 0.4 * f, yDy: 0.35 * f, xDy: 1.55 * f, labelled: everyNth(years, step, room, gap) };
    }),
  ];
  const points = (r: RouteEstimate) => [[0, 0], ...r.years.map((p) => [p.year, p.cumulative])];
  const low = pick ? points(pick.low) : [];
  const high = pick ? points(pick.high) : [];
  const best = open.reduce<RouteEstimate | null>((b, x) => (!b || x.r.netTotal > b.netTotal ? x.r : b), null);
  const desc = open.length
    ? `Each line starts at £0 and shows the running total of savings less costs.${pick ? ` The shaded band shows the range for ${pick.label}, from ${money(pick.low.netTotal)} to ${money(pick.high.netTotal)}.` : ''} ${open
        .map((o) => `${o.r.label} ends at ${money(o.r.netTotal)} after ${years} year${years === 1 ? '' : 's'}`)
        .join('; ')}.${best ? ` ${best.label} ends highest.` : ''}`
    : 'No route is open to this type of organisation.';
  // Routes with the same figures draw the same line; say so rather than let one hide the other.
  const twins = open.filter((o, k) => open.some((p, j) => j !== k && p.r.years.every((y, n) => y.cumulative === o.r.years[n].cumulative)));

  return (
    <figure class="calc-chart">
      <svg width={WIDE.W} height={WIDE.H} role="img" aria-labelledby="calc-chart-title calc-chart-desc" focusable="false">
        <title id="calc-chart-title">Cumulative net savings by route</title>
        <desc id="calc-chart-desc">{desc}</desc>
        {frames.map((fr) => {
          // A tenth of a unit is finer than any screen or printer shows; more digits only lengthen the page.
          const x = (year: number) => tenth(fr.L + (year / years) * (fr.W - fr.L - fr.R));
          const y = (v: number) => tenth(fr.T + ((hi - v) / (hi - lo)) * (fr.H - fr.T - fr.B));
          return (
            <svg
              class={`calc-chart__plot calc-chart__plot--${fr.name}`}
              viewBox={`0 0 ${fr.W} ${fr.H}`}
              width="100%"
              height="100%"
              display={fr.name === 'wide' ? undefined : 'none'}
              aria-hidden="true"
            >
              {ticks.map((v) => (
                <g>
                  <line x1={fr.L} x2={fr.W - fr.R} y1={y(v)} y2={y(v)} class={v === 0 ? 'calc-chart__zero' : 'calc-chart__grid'} />
                  <text x={fr.L - fr.yDx} y={y(v) + fr.yDy} text-anchor="end">
                    {money(v)}
                  </text>
                </g>
              ))}
              {fr.labelled.map((i) => (
                <text x={x(i)} y={fr.H - fr.B + fr.xDy} text-anchor="middle">
                  {yearLabel(i)}
                </text>
              ))}
              {pick && (
                <polygon class="calc-chart__band" points={[...low, ...[...high].reverse()].map(([a, b]) => `${x(a)},${y(b)}`).join(' ')} />
              )}
              {open.map(({ r, i }) => (
                <g stroke={LINE_COLOURS[i]} fill="none" class={r.id === chosen ? 'calc-chart__chosen' : undefined}>
                  <polyline points={points(r).map(([a, b]) => `${x(a)},${y(b)}`).join(' ')} stroke-dasharray={LINE_DASHES[i] || undefined} />
                  <path d={points(r).slice(1).map(([a, b]) => marker(i, x(a), y(b))).join('')} fill={i === 4 ? 'none' : LINE_COLOURS[i]} />
                </g>
              ))}
            </svg>
          );
        })}
      </svg>
      <figcaption>
        {twins.length > 1 && (
          <p class="calc-chart__note">
            {twins.map((t) => t.r.label).join(' and ')} have the same figures, so their lines lie on top of each other.
          </p>
        )}
        <ul class="calc-key">
          {open.map(({ r, i }) => (
            <li>
              <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true" focusable="false">
                <g stroke={LINE_COLOURS[i]} fill="none">
                  <line x1="0" x2="40" y1="6" y2="6" stroke-dasharray={LINE_DASHES[i] || undefined} stroke-width="2.5" />
                  <path d={marker(i, 20, 6)} fill={i === 4 ? 'none' : LINE_COLOURS[i]} />
                </g>
              </svg>
              {r.label}
              {r.id === chosen ? ' (your chosen route)' : ''}
            </li>
          ))}
          {pick && (
            <li>
              <span class="calc-key__band" aria-hidden="true"></span>
              Range for {pick.label}, low case to high case
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The chart's figures: each open route's running total, and the chosen route's low and high cases. */
export function ChartTable({ routes, chosen, years }: { routes: RangedRoute[]; chosen: string; years: number }) {
  const open = routes.filter((r) => r.eligible);
  const pick = open.find((r) => r.id === chosen);
  const cell = (f: string, r: RangedRoute, v: number, year: number) => (
    <td class={`num${r.id === chosen ? ' calc-chosen' : ''}`}>
      <Fig f={f} m={r.id} v={v} x={{ 'data-year': year }}>
        {money(v)}
      </Fig>
    </td>
  );
  return (
    <div class="table-wrap no-print" role="region" aria-labelledby="calc-cumulative-caption" tabIndex={0}>
      <table class="calc-table" id="calc-cumulative">
        <caption id="calc-cumulative-caption">The chart's figures: savings less costs, added up to the end of each year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {open.map((r) => (
              <th scope="col" class={`num${r.id === chosen ? ' calc-chosen' : ''}`}>
                {r.label}
              </th>
            ))}
            {pick && (
              <>
                <th scope="col" class="num">{pick.label}, low case</th>
                <th scope="col" class="num">{pick.label}, high case</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: years }, (_, i) => (
            <tr>
              <th scope="row">Year {i + 1}</th>
              {open.map((r) => cell('cumulative-net', r, r.years[i].cumulative, i + 1))}
              {pick && cell('cumulative-net-low', pick, pick.low.years[i].cumulative, i + 1)}
              {pick && cell('cumulative-net-high', pick, pick.high.years[i].cumulative, i + 1)}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="calc-hint">{`Over ${yearsText(years)}. The low case counts the cost of leaving in its last year.`}</p>
    </div>
  );
}
