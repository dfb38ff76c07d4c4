/**
 * Cumulative net savings for each open route, year by year, as a hand-written
 * SVG line chart (no chart library: it would outweigh the whole island).
 *
 * Routes are told apart by line pattern and marker shape as well as colour,
 * so the chart works in greyscale print and for colour-blind readers. The SVG
 * is one image with a title and a text description; the same figures follow
 * in a table for anyone who needs the numbers.
 */
import type { RouteEstimate } from './model';
import { money } from './format';

/** Colours with at least 3:1 contrast on white, as WCAG asks of graphics. */
export const LINE_COLOURS = ['#0b4f6c', '#b35c00', '#4c2c92', '#00703c', '#b0190c'];
export const LINE_DASHES = ['', '9 5', '2 4', '12 4 2 4', '5 3'];

const W = 640;
const H = 300;
const L = 70;
const R = 34;
const T = 14;
const B = 36;

/** A small marker of shape `i` centred on (x, y). */
export function marker(i: number, x: number, y: number): string {
  const s = 4.5;
  switch (i % 5) {
    case 0:
      return `M${x - s} ${y}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0`;
    case 1:
      return `M${x - s} ${y - s}h${2 * s}v${2 * s}h${-2 * s}z`;
    case 2:
      return `M${x} ${y - s - 1}l${s + 1} ${2 * s + 1}h${-2 * s - 2}z`;
    case 3:
      return `M${x} ${y - s - 1}l${s + 1} ${s + 1}l${-s - 1} ${s + 1}l${-s - 1} ${-s - 1}z`;
    default:
      return `M${x - s} ${y - s}l${2 * s} ${2 * s}m0 ${-2 * s}l${-2 * s} ${2 * s}`;
  }
}

/** A round step for about five gridlines: 1, 2 or 5 times a power of ten. */
function niceStep(span: number): number {
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function Chart({ routes, chosen, years }: { routes: RouteEstimate[]; chosen: string; years: number }) {
  const open = routes.map((r, i) => ({ r, i })).filter((x) => x.r.eligible);
  const all = open.flatMap((x) => x.r.years.map((y) => y.cumulative)).concat(0);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (!(hi - lo > 0)) hi = lo + 1000;
  const step = niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(v);
  const x = (year: number) => L + (year / years) * (W - L - R);
  const y = (v: number) => T + ((hi - v) / (hi - lo)) * (H - T - B);
  const points = (r: RouteEstimate) => [[0, 0], ...r.years.map((p) => [p.year, p.cumulative])];
  const best = open.reduce<RouteEstimate | null>((b, x) => (!b || x.r.netTotal > b.netTotal ? x.r : b), null);
  const desc = open.length
    ? `Each line starts at £0 and shows the running total of savings less costs. ${open
        .map((o) => `${o.r.label} ends at ${money(o.r.netTotal)} after ${years} year${years === 1 ? '' : 's'}`)
        .join('; ')}.${best ? ` ${best.label} ends highest.` : ''}`
    : 'No route is open to this type of organisation.';
  // Routes with the same figures draw the same line; say so rather than let one hide the other.
  const twins = open.filter((o, k) => open.some((p, j) => j !== k && p.r.years.every((y, n) => y.cumulative === o.r.years[n].cumulative)));

  return (
    <figure class="calc-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="calc-chart-title calc-chart-desc" focusable="false">
        <title id="calc-chart-title">Cumulative net savings by route</title>
        <desc id="calc-chart-desc">{desc}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} class={v === 0 ? 'calc-chart__zero' : 'calc-chart__grid'} />
            <text x={L - 6} y={y(v) + 4} text-anchor="end">
              {money(v)}
            </text>
          </g>
        ))}
        {Array.from({ length: years + 1 }, (_, i) => (
          <text key={i} x={x(i)} y={H - B + 18} text-anchor="middle">
            {i === 0 ? 'Start' : `Year ${i}`}
          </text>
        ))}
        {open.map(({ r, i }) => (
          <g key={r.id} stroke={LINE_COLOURS[i]} fill="none" class={r.id === chosen ? 'calc-chart__chosen' : undefined}>
            <polyline points={points(r).map(([a, b]) => `${x(a)},${y(b)}`).join(' ')} stroke-dasharray={LINE_DASHES[i] || undefined} />
            <path d={points(r).slice(1).map(([a, b]) => marker(i, x(a), y(b))).join('')} fill={i === 4 ? 'none' : LINE_COLOURS[i]} />
          </g>
        ))}
      </svg>
      <figcaption>
        {twins.length > 1 && (
          <p class="calc-chart__note">
            {twins.map((t) => t.r.label).join(' and ')} have the same figures, so their lines lie on top of each other.
          </p>
        )}
        <ul class="calc-key">
          {open.map(({ r, i }) => (
            <li key={r.id}>
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
        </ul>
      </figcaption>
    </figure>
  );
}
