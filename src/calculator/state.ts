/**
 * The calculator's state in the URL (the link contract in the brief) and the
 * checks on what a visitor types. Pure: no DOM, so Vitest can prove that links
 * round-trip and that hostile input never gets through.
 *
 * Link contract: org, budget, services, method, years, rate, and `v`, the
 * version of the model and its data. Additions, documented on the methodology
 * page and in the README:
 * - `costs=payroll:120000,hr:300000` carries a cost per service when the
 *   visitor entered them that way; `budget` then holds their sum, so the link
 *   still reads sensibly to anyone who knows only the contract.
 * - the visitor's own assumptions (see OWN_PARAMS): `mgmt`, `dup`, `reeng`,
 *   `prog`, `ob-oneoff`, `ob-running`, `ob-lead`, `vat` (the VAT you recover)
 *   and `pe-share` (the share of VAT apportioned to exempt work) as
 *   percentages; `pe-headroom` (your headroom under the partial exemption
 *   limit) in whole pounds; `age55` and `age57` (the shares of paid exits
 *   aged 55 or over and 57 or over) as percentages; `lead`, `run` and `keep` as route:value pairs.
 *
 * Values from a URL are never echoed back to the page: a bad parameter is
 * replaced by its default and the notice names the parameter, not its value.
 */
import type { Inputs, ModelData, Overrides, OwnSpec } from './model';
import { grouped, midSentence, money } from './format';

/** The visitor-facing names of the parameters, for the "we used our defaults" notice. */
export const PARAM_NAMES = {
  org: 'type of organisation',
  services: 'services',
  budget: 'annual cost',
  costs: 'cost of each service',
  method: 'route',
  years: 'number of years',
  rate: 'discount rate',
  own: 'your own assumptions',
} as const;
export type ParamKey = keyof typeof PARAM_NAMES;

/**
 * The link parameter for each of the visitor's own assumptions. Scalar ones
 * carry a number; per-route ones (the key's part before the dot) carry
 * route:value pairs, e.g. `lead=full-partner:9,tendered-customer:15`.
 */
export const OWN_PARAMS: Record<string, string> = {
  management: 'mgmt',
  duplication: 'dup',
  reengineering: 'reeng',
  programme: 'prog',
  lead: 'lead',
  running: 'run',
  keep: 'keep',
  upliftOneOff: 'ob-oneoff',
  upliftRunning: 'ob-running',
  upliftLead: 'ob-lead',
  vat: 'vat',
  peShare: 'pe-share',
  peHeadroom: 'pe-headroom',
  age55: 'age55',
  age57: 'age57',
};

/** Check one of the visitor's own figures against its spec: a number from 0 to its maximum, whole months for a lead time. */
export function readOwn(spec: OwnSpec, text: string): number | string {
  const what = spec.label;
  if (spec.unit === 'pounds') {
    const p = text.replace(/[,\s]/g, '').replace(/^£/, '');
    if (!/^\d{1,13}$/.test(p)) return `${what} must be an amount in whole pounds, like 250,000`;
    if (+p > spec.max) return `${what} must be ${money(spec.max)} or less`;
    return +p;
  }
  const t = text.trim().replace(/%$/, '').trim();
  const unit = spec.unit === 'months' ? 'a whole number of months' : 'a percentage';
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return `${what} must be ${unit}, like ${spec.value}`;
  const n = +t;
  if (spec.unit === 'months' && !Number.isInteger(n)) return `${what} must be a whole number of months`;
  if (n > spec.max) return `${what} must be between 0 and ${spec.max}${spec.unit === 'months' ? ' months' : '%'}`;
  return n;
}

/** The organisation's own starting list of services, or every service if it has none. */
export function typicalServices(data: ModelData, orgId: string): string[] {
  const org = data.orgs.find((o) => o.id === orgId);
  return org?.services.length ? [...org.services] : data.services.map((s) => s.id);
}

/**
 * A starting annual cost for these services in this kind of organisation: its
 * typical cost, scaled by the services' shares, to the nearest £1,000.
 */
export function typicalBudget(data: ModelData, orgId: string, services: string[]): number {
  const org = data.orgs.find((o) => o.id === orgId) ?? data.orgs[0];
  const share = (ids: string[]) => data.services.reduce((t, s) => t + (ids.includes(s.id) ? s.share : 0), 0);
  const base = share(org?.services.length ? org.services : data.services.map((s) => s.id));
  const cost = org?.cost ?? 0;
  const scaled = base > 0 ? (cost * share(services)) / base : cost;
  return Math.min(Math.max(Math.round(scaled / 1000) * 1000, 1000), data.limits.budgetMax);
}

export function defaultInputs(data: ModelData, org = data.defaults.org): Inputs {
  const services = typicalServices(data, org);
  return {
    org,
    services,
    budget: typicalBudget(data, org, services),
    costs: null,
    method: data.defaults.method,
    years: data.defaults.years,
    rate: data.defaults.rate,
  };
}

const WHOLE = /^\d{1,13}$/;
const RATE = /^\d{1,2}(\.\d{1,2})?$/;

/**
 * Read a link's query string. Anything missing, repeated, malformed or out of
 * range falls back to its default. `stale` is true when the link names another
 * version of the model or its data than this one.
 */
export function parseQuery(data: ModelData, search: string): { inputs: Inputs; ignored: ParamKey[]; stale: boolean } {
  const q = new URLSearchParams(search);
  const ignored: ParamKey[] = [];
  // A parameter given twice is ambiguous, so it counts as broken.
  const get = (k: ParamKey): string | null => {
    const all = q.getAll(k);
    if (all.length > 1) {
      ignored.push(k);
      return null;
    }
    return all[0] ?? null;
  };
  const take = <T>(k: ParamKey, read: (v: string) => T | undefined, fallback: T): T => {
    const v = get(k);
    if (v === null) return fallback;
    const r = read(v);
    if (r === undefined) {
      if (!ignored.includes(k)) ignored.push(k);
      return fallback;
    }
    return r;
  };
  const ids = data.services.map((s) => s.id);

  const org = take('org', (v) => (data.orgs.some((o) => o.id === v) ? v : undefined), data.defaults.org);
  // Missing values default to what suits this kind of organisation.
  const d = defaultInputs(data, org);
  const method = take('method', (v) => (data.routes.some((r) => r.id === v) ? v : undefined), d.method);
  const years = take(
    'years',
    (v) => (/^\d{1,2}$/.test(v) && +v >= 1 && +v <= data.limits.yearsMax ? +v : undefined),
    d.years,
  );
  const rate = take('rate', (v) => (RATE.test(v) && +v <= data.limits.rateMax ? +v : undefined), d.rate);
  const services = take(
    'services',
    (v) => {
      if (v === 'all') return ids;
      const list = v.split(',');
      if (!list.length || new Set(list).size !== list.length || list.some((s) => !ids.includes(s))) return undefined;
      return ids.filter((id) => list.includes(id));
    },
    d.services,
  );
  const budget = take(
    'budget',
    (v) => (WHOLE.test(v) && +v > 0 && +v <= data.limits.budgetMax ? +v : undefined),
    typicalBudget(data, org, services),
  );
  const costs = take(
    'costs',
    (v) => {
      const out: Record<string, number> = {};
      for (const pair of v.split(',')) {
        const m = /^([a-z0-9-]+):(\d{1,13})$/.exec(pair);
        if (!m || !services.includes(m[1]) || m[1] in out || +m[2] <= 0) return undefined;
        out[m[1]] = +m[2];
      }
      const total = Object.values(out).reduce((a, b) => a + b, 0);
      return Object.keys(out).length === services.length && total <= data.limits.budgetMax ? out : undefined;
    },
    null as Record<string, number> | null,
  );
  const ordered = costs ? Object.fromEntries(services.map((id) => [id, costs[id]])) : null;

  const own: Overrides = {};
  const specs = new Map(data.own.map((o) => [o.key, o]));
  let badOwn = false;
  for (const [group, param] of Object.entries(OWN_PARAMS)) {
    const all = q.getAll(param);
    if (!all.length) continue;
    if (all.length > 1) {
      badOwn = true;
      continue;
    }
    // A route's pair is exactly route:value; anything else (extra colons included) is broken.
    const pairs = specs.has(group) ? [['', all[0]]] : all[0].split(',').map((pair) => (pair.split(':').length === 2 ? pair.split(':') : ['', 'bad']));
    const found: Overrides = {};
    for (const [route, value] of pairs) {
      const key = route ? `${group}.${route}` : group;
      const spec = specs.get(key);
      const n = spec && value !== undefined && !(key in found) ? readOwn(spec, value) : 'bad';
      if (typeof n === 'string') {
        badOwn = true;
        break;
      }
      found[key] = n;
    }
    if (!badOwn) Object.assign(own, found);
  }
  if (badOwn) {
    ignored.push('own');
    for (const k of Object.keys(own)) delete own[k];
  }
  const v = q.get('v');
  return {
    stale: v !== null && v !== data.version,
    inputs: {
      org,
      services,
      budget: ordered ? Object.values(ordered).reduce((a, b) => a + b, 0) : budget,
      costs: ordered,
      method,
      years,
      rate,
      ...(Object.keys(own).length ? { own } : {}),
    },
    ignored,
  };
}

/** The query string for a state; `parseQuery` reads it back to exactly the same state. */
export function toQuery(data: ModelData, inputs: Inputs): string {
  const all = inputs.services.length === data.services.length;
  const parts = [
    `org=${inputs.org}`,
    `budget=${Math.round(inputs.budget)}`,
    `services=${all ? 'all' : inputs.services.join(',')}`,
    `method=${inputs.method}`,
    `years=${inputs.years}`,
    `rate=${inputs.rate}`,
  ];
  if (inputs.costs) parts.push(`costs=${inputs.services.map((id) => `${id}:${Math.round(inputs.costs![id] ?? 0)}`).join(',')}`);
  const own = inputs.own ?? {};
  for (const [group, param] of Object.entries(OWN_PARAMS)) {
    if (own[group] !== undefined) parts.push(`${param}=${own[group]}`);
    const pairs = data.routes.filter((r) => own[`${group}.${r.id}`] !== undefined).map((r) => `${r.id}:${own[`${group}.${r.id}`]}`);
    if (pairs.length) parts.push(`${param}=${pairs.join(',')}`);
  }
  parts.push(`v=${data.version}`);
  return parts.join('&');
}

/** "type of organisation and number of years" */
export function listNames(keys: ParamKey[]): string {
  const names = keys.map((k) => PARAM_NAMES[k]);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/* ------------------------------------------------------------------ *
 * The form: what the visitor types, as text, and its checks.
 * ------------------------------------------------------------------ */

export interface FormState {
  org: string;
  services: string[];
  /** "total": one figure split by typical shares; "each": a figure per service. */
  mode: 'total' | 'each';
  budget: string;
  costs: Record<string, string>;
  method: string;
  years: string;
  rate: string;
  /** The visitor's own assumptions as typed, by key; empty or missing means ours. */
  own: Record<string, string>;
}

export interface FieldError {
  /** The id of the input the error summary links to. */
  field: string;
  message: string;
}

export function formFromInputs(inputs: Inputs): FormState {
  return {
    org: inputs.org,
    services: [...inputs.services],
    mode: inputs.costs ? 'each' : 'total',
    budget: grouped(inputs.budget),
    costs: Object.fromEntries(Object.entries(inputs.costs ?? {}).map(([k, v]) => [k, grouped(v)])),
    method: inputs.method,
    years: String(inputs.years),
    rate: String(inputs.rate),
    own: Object.fromEntries(Object.entries(inputs.own ?? {}).map(([k, v]) => [k, String(v)])),
  };
}

/** The form field id for one of the visitor's own assumptions: "own-lead-full-partner". */
export const ownField = (key: string) => `own-${key.replace('.', '-')}`;

/**
 * Read an amount of money as people type it: "2500000", "2,500,000", "£2.5m",
 * "750k". Returns whole pounds, or a message naming `what` in GOV.UK style.
 */
export function readMoney(text: string, what: string, max: number): number | string {
  const t = text.replace(/[,\s]/g, '').replace(/^£/, '');
  if (!t) return `Enter the annual cost of ${what}`;
  if (/^[-−–]/.test(t)) return `The annual cost of ${what} must be more than £0`;
  const m = /^(\d+(?:\.\d+)?|\.\d+)(k|m|bn)?$/i.exec(t);
  if (!m) return `The annual cost of ${what} must be an amount in pounds, like 2,500,000`;
  const scale = { k: 1e3, m: 1e6, bn: 1e9 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'bn'] ?? 1;
  const n = Number(m[1]) * scale;
  // Guard the float arithmetic of "2.5m" before asking for whole pounds.
  const rounded = Math.round(n);
  if (!Number.isFinite(n) || Math.abs(n - rounded) > 1e-6) return `The annual cost of ${what} must be in whole pounds`;
  if (rounded <= 0) return `The annual cost of ${what} must be more than £0`;
  if (rounded > max) return `The annual cost of ${what} must be ${money(max)} or less`;
  return rounded;
}

/** Check the whole form. With no errors, `inputs` is ready for the model and the URL. */
export function validateForm(data: ModelData, f: FormState): { inputs: Inputs | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const ids = data.services.map((s) => s.id);
  const services = ids.filter((id) => f.services.includes(id));
  const org = data.orgs.some((o) => o.id === f.org) ? f.org : data.defaults.org;
  const method = data.routes.some((r) => r.id === f.method) ? f.method : data.defaults.method;

  if (!services.length) errors.push({ field: `service-${ids[0]}`, message: 'Select at least one service' });

  let budget = 0;
  let costs: Record<string, number> | null = null;
  if (f.mode === 'each') {
    costs = {};
    for (const id of services) {
      // "Payroll" reads as "payroll" mid-sentence; "ICT" keeps its capitals.
      const label = midSentence(data.services.find((s) => s.id === id)?.label ?? id);
      const r = readMoney(f.costs[id] ?? '', label, data.limits.budgetMax);
      if (typeof r === 'string') errors.push({ field: `cost-${id}`, message: r });
      else costs[id] = r;
    }
    budget = Object.values(costs).reduce((a, b) => a + b, 0);
    if (services.length && budget > data.limits.budgetMax && !errors.some((e) => e.field.startsWith('cost-')))
      errors.push({ field: `cost-${services[0]}`, message: `The total annual cost must be ${money(data.limits.budgetMax)} or less` });
  } else {
    const r = readMoney(f.budget, 'the services you chose', data.limits.budgetMax);
    if (typeof r === 'string') errors.push({ field: 'budget', message: r });
    else budget = r;
  }

  const y = f.years.trim();
  const max = data.limits.yearsMax;
  let years = 0;
  if (!y) errors.push({ field: 'years', message: 'Enter the number of years' });
  else if (!/^-?\d+(\.\d+)?$/.test(y)) errors.push({ field: 'years', message: 'The number of years must be a number, like 5' });
  else if (!/^-?\d+$/.test(y)) errors.push({ field: 'years', message: 'The number of years must be a whole number' });
  else if (+y < 1 || +y > max) errors.push({ field: 'years', message: `The number of years must be between 1 and ${max}` });
  else years = +y;

  const r = f.rate.trim().replace(/%$/, '').trim();
  const rmax = data.limits.rateMax;
  let rate = 0;
  if (!r) errors.push({ field: 'rate', message: 'Enter the discount rate' });
  else if (!/^-?\d*\.?\d+$/.test(r)) errors.push({ field: 'rate', message: 'The discount rate must be a number, like 3.5' });
  else if (+r < 0 || +r > rmax) errors.push({ field: 'rate', message: `The discount rate must be between 0% and ${rmax}%` });
  else if (!RATE.test(String(+r))) errors.push({ field: 'rate', message: 'The discount rate must have no more than 2 decimal places' });
  else rate = +r + 0; // never -0, so the URL reads back identically

  const own: Overrides = {};
  for (const spec of data.own) {
    const text = (f.own[spec.key] ?? '').trim();
    if (!text) continue;
    const n = readOwn(spec, text);
    if (typeof n === 'string') errors.push({ field: ownField(spec.key), message: n });
    else own[spec.key] = n;
  }

  if (errors.length) return { inputs: null, errors };
  return { inputs: { org, services, budget, costs, method, years, rate, ...(Object.keys(own).length ? { own } : {}) }, errors };
}
