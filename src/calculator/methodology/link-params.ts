/**
 * The additions to the link contract, in the brief's table style (parameter,
 * meaning, example), worked out from state.ts so the page can never document
 * a format the calculator does not read. Each example is written by
 * `toQuery` itself.
 */
import type { Inputs, ModelData, Overrides } from '../model';
import { OWN_PARAMS, toQuery } from '../state';

export interface LinkParam {
  param: string;
  meaning: string;
  example: string;
}

/** The value of one parameter in a query string. */
const valueOf = (query: string, param: string) => new URLSearchParams(query).get(param) ?? '';

/** "Full partner: months before savings start" becomes "months before savings start". */
const afterRoute = (label: string) => label.slice(label.indexOf(': ') + 2);

export function linkParams(data: ModelData, start: Inputs): LinkParam[] {
  const routes = data.routes.map((r) => r.id);
  const rows: LinkParam[] = [
    {
      param: 'costs',
      meaning: 'The annual cost of each service, as service:pounds pairs in whole pounds, when you enter a figure for each. The budget parameter then holds their sum.',
      example: valueOf(toQuery(data, { ...start, services: ['hr', 'payroll'], costs: { hr: 300_000, payroll: 120_000 }, budget: 420_000 }), 'costs'),
    },
  ];
  for (const [group, param] of Object.entries(OWN_PARAMS)) {
    const scalar = data.own.find((s) => s.key === group);
    const perRoute = data.own.filter((s) => s.key.startsWith(`${group}.`));
    if (!scalar && !perRoute.length) continue;
    const spec = scalar ?? perRoute[0];
    const unit =
      spec.unit === 'months'
        ? `Whole months from 0 to ${spec.max}.`
        : spec.unit === 'pounds'
          ? 'Whole pounds, with no £ sign or commas.'
          : `A percentage from 0 to ${spec.max}, with up to 2 decimal places.`;
    // An example: a round value under each spec's own, for one route or two.
    const own: Overrides = scalar
      ? { [group]: scalar.unit === 'pounds' && !scalar.value ? 250_000 : Math.max(0, Math.round(scalar.value / 2)) }
      : Object.fromEntries(
          // Routes where our value is not 0 make a clearer example.
          [...perRoute.filter((s) => s.value > 0), ...perRoute.filter((s) => s.value === 0)].slice(0, 2).map((s) => [s.key, Math.round(s.value / 2)]),
        );
    rows.push({
      param,
      meaning: scalar
        ? `${spec.label}, in place of ours. ${unit}`
        : `Each route's ${afterRoute(spec.label)}, in place of ours, as route:value pairs. ${unit} The routes are ${routes.join(', ')}.`,
      example: valueOf(toQuery(data, { ...start, own }), param),
    });
  }
  rows.push({
    param: 'v',
    meaning: 'The version of the model and its data that made the link. A link with another version still opens, and says the figures have been updated since.',
    example: data.version,
  });
  return rows;
}
