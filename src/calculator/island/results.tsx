/**
 * The parts below the headline, in page order, each drawn from the figures
 * (`Figures`, Calculator.tsx) in a Preact root and a task of its own once the
 * headline has painted.
 *
 * They have no buttons or fields, so the browser leaves them alone: what the
 * server drew stands until the figures change (a key press, or a shared
 * link), and only then is this file's chunk loaded and each part hydrated
 * and drawn (Part.tsx). A plain visit loads none of it.
 */
import type { ResultName, ResultPart } from './figures';
import { Comparison } from './comparison/Comparison';
import { Chart, ChartTable } from './chart/Chart';
import { YearTable } from './years/YearTable';
import { Splits } from './splits/Splits';

export const RESULTS: Record<ResultName, ResultPart> = {
  comparison: (f) => <Comparison est={f.est} chosen={f.chosen.id} years={f.est.inputs.years} />,
  chart: (f) => (
    <>
      <h3>Cumulative net savings, year by year</h3>
      <Chart routes={f.est.routes} chosen={f.chosen.id} years={f.est.inputs.years} />
    </>
  ),
  'chart-table': (f) => <ChartTable routes={f.est.routes} chosen={f.chosen.id} years={f.est.inputs.years} />,
  // The year-by-year table and the splits are for the chosen route, when it is open to this organisation.
  years: (f) => f.chosen.eligible && <YearTable route={f.chosen} />,
  splits: (f) => f.chosen.eligible && <Splits est={f.est} route={f.chosen} />,
};
