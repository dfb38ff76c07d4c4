/**
 * Turns the calculator's content (content/calculator/*.yaml) and the site's
 * services, sectors and joining collections into the compact `ModelData` the
 * model and the island use.
 *
 * Pure and synchronous: the pages call it with collection data, the tests with
 * the same YAML read from disk. Every cross-file rule is checked here and a
 * broken one throws a message that names the file and the field, so a wrong
 * edit fails the build instead of producing a wrong estimate.
 */
import type { z } from 'astro/zod';
import type {
  calculatorOrganisationSchema,
  calculatorParameterSchema,
  calculatorRouteSchema,
  calculatorServiceSchema,
  calculatorSourceSchema,
} from '../schemas/calculator';
import { LEVER_IDS, type LeverId, type ModelData } from './model';

/** Raise when the model's arithmetic changes; the data's own changes are caught by the hash in `version`. */
export const MODEL_VERSION = 3;

/** FNV-1a, 32 bits: a short, stable fingerprint of the data, not a security measure. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export type CalcSource = z.output<typeof calculatorSourceSchema>;
export type CalcParameter = z.output<typeof calculatorParameterSchema>;
export type CalcService = z.output<typeof calculatorServiceSchema>;
export type CalcRoute = z.output<typeof calculatorRouteSchema>;
export type CalcOrganisation = z.output<typeof calculatorOrganisationSchema>;

/** The parts of other collections the calculator needs. */
export interface SiteService {
  id: string;
  title: string;
  family: string;
  order: number;
}
export interface SiteSector {
  id: string;
  label: string;
  isCouncil: boolean;
  methods: string[];
  services: string[];
  order: number;
}
export interface SiteMethod {
  id: string;
  shortName: string;
  councilsOnly: boolean;
  openTo: string;
  order: number;
}

export interface CalculatorContent {
  sources: CalcSource[];
  parameters: CalcParameter[];
  services: CalcService[];
  routes: CalcRoute[];
  organisations: CalcOrganisation[];
  siteServices: SiteService[];
  sectors: SiteSector[];
  methods: SiteMethod[];
  families: { id: string; label: string }[];
}

const LEVER_LABELS: Record<LeverId, string> = {
  management: 'Senior management',
  duplication: 'Removing duplication',
  reengineering: 'Re-engineering and common processes',
};

/** Which parameters.yaml entries feed which lever. */
const LEVER_PARAMS: Record<LeverId, { rate: string; ramp: string; staff: string }> = {
  management: { rate: 'management-rate', ramp: 'ramp-management', staff: 'staff-share-management' },
  duplication: { rate: 'duplication-rate', ramp: 'ramp-duplication', staff: 'staff-share-duplication' },
  reengineering: { rate: 'reengineering-rate', ramp: 'ramp-reengineering', staff: 'staff-share-reengineering' },
};

const fail = (file: string, message: string): never => {
  throw new Error(`content/calculator/${file}: ${message}`);
};

/** Assemble and cross-check everything the model needs. Throws, naming the file and field, on any inconsistency. */
export function buildModelData(c: CalculatorContent): ModelData {
  const sourceIds = new Set(c.sources.map((s) => s.id));
  const checkSource = (file: string, where: string, p: { source: string; checkedAgainst?: string[] }) => {
    if (p.source !== 'assumption' && !sourceIds.has(p.source))
      fail(file, `${where} has source "${p.source}", which is not an id in sources.yaml`);
    for (const id of p.checkedAgainst ?? [])
      if (!sourceIds.has(id)) fail(file, `${where} lists "${id}" in checkedAgainst, which is not an id in sources.yaml`);
  };

  const params = new Map(c.parameters.map((p) => [p.id, p]));
  c.parameters.forEach((p) => checkSource('parameters.yaml', `parameter "${p.id}"`, p));
  const num = (id: string): number => {
    const p = params.get(id) ?? fail('parameters.yaml', `the parameter "${id}" is missing; the model needs it`);
    if (typeof p.value !== 'number') return fail('parameters.yaml', `parameter "${id}" must be a single number, not a list`);
    return p.value;
  };
  const list = (id: string): number[] => {
    const p = params.get(id) ?? fail('parameters.yaml', `the parameter "${id}" is missing; the model needs it`);
    return typeof p.value === 'number' ? [p.value] : p.value;
  };

  // Services: every calculator row must be a real service, and every real service must have a row.
  const site = new Map(c.siteServices.map((s) => [s.id, s]));
  const rows = new Map(c.services.map((s) => [s.id, s]));
  for (const s of c.services) {
    checkSource('services.yaml', `service "${s.id}"`, s);
    if (site.size && !site.has(s.id))
      fail('services.yaml', `id "${s.id}" is not a service in content/services/ (known: ${[...site.keys()].join(', ')})`);
  }
  for (const id of site.keys()) if (!rows.has(id)) fail('services.yaml', `the service "${id}" (content/services/${id}.mdx) has no row`);
  if (rows.size !== c.services.length) fail('services.yaml', 'a service id appears more than once');
  const shareTotal = c.services.reduce((s, r) => s + r.share, 0);
  if (Math.abs(shareTotal - 100) > 0.01) fail('services.yaml', `the shares add up to ${shareTotal}, not 100`);

  // Routes: exactly one row per on-boarding method.
  for (const r of c.routes) {
    for (const [i, step] of r.leadTime.entries()) checkSource('routes.yaml', `${r.id} leadTime[${i}]`, step);
    checkSource('routes.yaml', `${r.id} savingsShare`, r.savingsShare);
    for (const line of [...r.oneOff, ...r.running, ...r.leaving]) checkSource('routes.yaml', `${r.id} cost "${line.id}"`, line);
    checkSource('routes.yaml', `${r.id} retained`, r.retained);
    checkSource('routes.yaml', `${r.id} vat`, r.vat);
    if (r.conditions) {
      checkSource('routes.yaml', `${r.id} conditions.minScope`, r.conditions.minScope);
      if (r.conditions.minCost) checkSource('routes.yaml', `${r.id} conditions.minCost`, r.conditions.minCost);
    }
  }
  const methods = [...c.methods].sort((a, b) => a.order - b.order);
  for (const m of methods)
    if (!c.routes.some((r) => r.id === m.id)) fail('routes.yaml', `the method "${m.id}" (content/joining/${m.id}.mdx) has no row`);
  if (new Set(c.routes.map((r) => r.id)).size !== c.routes.length) fail('routes.yaml', 'a route id appears more than once');

  // Organisations: one starting cost per sector, and only for real sectors.
  const sectors = [...c.sectors].sort((a, b) => a.order - b.order);
  const fam = c.families.map((f) => f.id);
  const rank = (id: string) => {
    const s = site.get(id);
    const i = c.siteServices.indexOf(s!);
    return s ? (fam.indexOf(s.family) + 1) * 1e6 + s.order * 1e3 + i : 1e9 + c.services.findIndex((r) => r.id === id);
  };
  const orgCosts = new Map(c.organisations.map((o) => [o.id, o]));
  for (const o of c.organisations) {
    checkSource('organisations.yaml', `organisation "${o.id}"`, o);
    checkSource('organisations.yaml', `organisation "${o.id}" vat`, o.vat);
    if (!sectors.some((s) => s.id === o.id))
      fail('organisations.yaml', `id "${o.id}" is not a sector in content/sectors/ (known: ${sectors.map((s) => s.id).join(', ')})`);
  }
  for (const s of sectors) {
    if (!orgCosts.has(s.id)) fail('organisations.yaml', `the sector "${s.id}" (content/sectors/${s.id}.mdx) has no row`);
    for (const id of s.services)
      if (!rows.has(id)) fail('services.yaml', `content/sectors/${s.id}.mdx lists the service "${id}", which has no row here`);
  }
  const pct = (n: number) => n / 100;
  const line = (l: CalcRoute['oneOff'][number]) => ({
    id: l.id,
    label: l.label,
    fixed: l.unit === 'pounds' ? l.value : 0,
    pct: l.unit === 'percent-of-baseline' ? pct(l.value) : 0,
    kind: l.kind,
  });

  const defaultOrg = sectors[0]?.id ?? fail('parameters.yaml', 'there are no sectors in content/sectors/ to choose a default from');
  const defaultMethod = methods[0]?.id ?? c.routes[0]?.id ?? fail('routes.yaml', 'there are no routes');

  const publisher = (id: string) => (id === 'assumption' ? 'our assumption' : (c.sources.find((x) => x.id === id)?.publisher ?? id));
  const paramSpec = (key: string, id: string, max: number) => ({
    key,
    label: params.get(id)!.label,
    unit: 'percent' as const,
    value: num(id),
    max,
    source: publisher(params.get(id)!.source),
  });
  const ordered = (methods.length ? methods.map((m) => m.id) : c.routes.map((r) => r.id)).map((id) => ({
    r: c.routes.find((x) => x.id === id)!,
    label: methods.find((m) => m.id === id)?.shortName ?? id,
  }));
  const sumPct = (list: CalcRoute['running']) => list.reduce((t, l) => t + (l.unit === 'percent-of-baseline' ? l.value : 0), 0);
  const programme = c.routes[0]?.oneOff.find((l) => l.id === 'programme');
  const own = [
    paramSpec('management', 'management-rate', 100),
    paramSpec('duplication', 'duplication-rate', 100),
    paramSpec('reengineering', 'reengineering-rate', 100),
    ...(programme ? [{ key: 'programme', label: programme.label, unit: 'percent' as const, value: programme.value, max: 50, source: publisher(programme.source) }] : []),
    ...ordered.map(({ r, label }) => ({
      key: `lead.${r.id}`,
      label: `${label}: months before savings start`,
      unit: 'months' as const,
      value: r.leadTime.reduce((t, step) => t + step.value, 0),
      max: 120,
      source: publisher(r.leadTime[0]?.source ?? 'assumption'),
    })),
    ...ordered.map(({ r, label }) => ({
      key: `running.${r.id}`,
      label: `${label}: running costs a year`,
      unit: 'percent' as const,
      value: sumPct(r.running),
      max: 50,
      source: publisher(r.running[0]?.source ?? 'assumption'),
    })),
    ...ordered.map(({ r, label }) => ({
      key: `keep.${r.id}`,
      label: `${label}: share of the savings you keep`,
      unit: 'percent' as const,
      value: r.savingsShare.value,
      max: 100,
      source: publisher(r.savingsShare.source),
    })),
    {
      key: 'vat',
      label: 'VAT you recover on a provider\'s charge',
      unit: 'percent' as const,
      value: orgCosts.get(defaultOrg)?.vat.recovery ?? 100,
      max: 100,
      source: publisher(orgCosts.get(defaultOrg)?.vat.source ?? 'assumption'),
    },
    paramSpec('peShare', 'vat-exempt-share', 100),
    {
      key: 'peHeadroom',
      label: 'Your headroom under the partial exemption limit (VAT a year)',
      unit: 'pounds' as const,
      value: 0,
      max: num('budget-max'),
      source: 'your own partial exemption calculation',
    },
    paramSpec('age55', 'pension-strain-share', 100),
    paramSpec('age57', 'pension-strain-share-57', 100),
    paramSpec('upliftOneOff', 'low-uplift-one-off', 500),
    paramSpec('upliftRunning', 'low-uplift-running', 500),
    paramSpec('upliftLead', 'low-uplift-lead', 500),
  ];
  const model: Omit<ModelData, 'version'> = {
    own,
    levers: LEVER_IDS.map((id) => ({
      id,
      label: LEVER_LABELS[id],
      rate: pct(num(LEVER_PARAMS[id].rate)),
      ramp: list(LEVER_PARAMS[id].ramp).map(pct),
      staff: pct(num(LEVER_PARAMS[id].staff)),
    })),
    mgmtShare: pct(num('senior-management-share')),
    people: {
      seniorPost: num('senior-post-cost'),
      post: num('cost-per-post'),
      seniorExit: num('senior-exit-cost'),
      exit: num('cost-per-exit'),
      paidShare: pct(num('paid-exit-share')),
      strainShare: pct(num('pension-strain-share')),
      strainCost: num('pension-strain-cost'),
      strainShare57: pct(num('pension-strain-share-57')),
    },
    vatRate: pct(num('vat-rate')),
    vatNew: pct(num('vat-new-share')),
    vatExemptShare: pct(num('vat-exempt-share')),
    startYear: num('start-year'),
    inflation: pct(num('inflation')),
    // Family by family, then in each service's own order: the order of the form, the tables and links.
    services: [...c.services].sort((a, b) => rank(a.id) - rank(b.id)).map((s) => ({
      id: s.id,
      label: site.get(s.id)?.title ?? s.id,
      family: site.get(s.id)?.family ?? '',
      share: pct(s.share),
      process: pct(s.processShare),
      shared: pct(s.sharedShare),
      ...(s.cos ? { cos: s.cos } : {}),
    })),
    families: c.families,
    orgs: sectors.map((s) => ({
      id: s.id,
      label: s.label,
      isCouncil: s.isCouncil,
      methods: s.methods,
      // Keep the services in the calculator's order so links and forms list them consistently.
      services: [...c.services].sort((a, b) => rank(a.id) - rank(b.id)).map((r) => r.id).filter((id) => s.services.includes(id)),
      cost: orgCosts.get(s.id)!.typicalCost,
      vatRecovery: pct(orgCosts.get(s.id)!.vat.recovery),
      vatScheme: orgCosts.get(s.id)!.vat.scheme,
      pensionScheme: orgCosts.get(s.id)!.pensionScheme,
    })),
    routes: (methods.length ? methods.map((m) => m.id) : c.routes.map((r) => r.id)).map((id) => {
      const r = c.routes.find((x) => x.id === id)!;
      const m = methods.find((x) => x.id === id);
      return {
        id,
        label: m?.shortName ?? id,
        councilsOnly: m?.councilsOnly ?? false,
        openTo: m?.openTo ?? '',
        lead: r.leadTime.reduce((s, step) => s + step.value, 0),
        keep: pct(r.savingsShare.value),
        retained: pct(r.retained.value),
        vat: r.vat.charged,
        minScope: pct(r.conditions?.minScope.value ?? 0),
        minCost: r.conditions?.minCost?.value ?? 0,
        oneOff: r.oneOff.map(line),
        running: r.running.map(line),
        leaving: r.leaving.map(line),
      };
    }),
    cases: (() => {
      // Each driver's central value and its two ends (see Scenario in model.ts).
      const central = pct(num('delivery-central'));
      const rates = (end: 'low' | 'high') => LEVER_IDS.map((id) => pct(num(`${end}-${id}-rate`)));
      return {
        central: {
          delivery: central,
          lead: pct(num('central-uplift-lead')),
          oneOff: pct(num('central-uplift-one-off')),
          running: pct(num('central-uplift-running')),
          partnerRunning: 0,
          leave: false,
        },
        low: {
          delivery: central * pct(num('low-delivery')),
          lead: pct(num('low-uplift-lead')),
          oneOff: pct(num('low-uplift-one-off')),
          running: pct(num('low-uplift-running')),
          partnerRunning: pct(num('low-uplift-partner-running')),
          leave: true,
          rates: rates('low'),
          exits: pct(num('low-exits')),
          keep: -pct(num('range-keep')),
          vat: -pct(num('range-vat')),
        },
        high: {
          delivery: central * pct(num('high-delivery')),
          lead: 0,
          oneOff: 0,
          running: 0,
          partnerRunning: 0,
          leave: false,
          rates: rates('high'),
          exits: pct(num('high-exits')),
          keep: pct(num('range-keep')),
          vat: pct(num('range-vat')),
        },
      };
    })(),
    defaults: {
      org: defaultOrg,
      method: defaultMethod,
      years: num('horizon'),
      rate: num('discount-rate'),
    },
    limits: {
      budgetMax: num('budget-max'),
      yearsMax: num('horizon-max'),
      rateMax: num('discount-rate-max'),
      typicalFactor: num('typical-factor'),
    },
  };
  // A link made under other data says so rather than silently showing other figures.
  return { version: `${MODEL_VERSION}-${fingerprint(JSON.stringify(model))}`, ...model };
}
