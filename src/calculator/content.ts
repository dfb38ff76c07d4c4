/**
 * The calculator's data for pages, from Astro's collections. Assembled once
 * per build and checked by `buildModelData`, so a broken number or a service
 * the calculator cannot find stops the build with the file named.
 */
import { getCollection } from 'astro:content';
import { getMethods, getSectors, getServices } from '~/lib/content';
import { FAMILIES, FAMILY_LABELS } from '~/schemas/services';
import { buildModelData, type CalculatorContent } from './data';
import type { ModelData } from './model';

/** The plain-English comparison of each route, from content/joining (compare). */
export interface RouteWords {
  id: string;
  title: string;
  tupe: string;
  procurement: string;
  control: string;
  pensions: string;
  marketTesting: string;
}

export interface CalculatorBundle {
  data: ModelData;
  content: CalculatorContent;
  /** Each route's plain-English comparison and full title, from content/joining. */
  words: RouteWords[];
}

let cached: Promise<CalculatorBundle> | undefined;

export function getCalculator(): Promise<CalculatorBundle> {
  cached ??= (async () => {
    const [sources, parameters, services, routes, organisations, siteServices, sectors, methods] = await Promise.all([
      getCollection('calculatorSources'),
      getCollection('calculatorParameters'),
      getCollection('calculatorServices'),
      getCollection('calculatorRoutes'),
      getCollection('calculatorOrganisations'),
      getServices(),
      getSectors(),
      getMethods(),
    ]);
    const content: CalculatorContent = {
      sources: sources.map((e) => e.data),
      parameters: parameters.map((e) => e.data),
      services: services.map((e) => e.data),
      routes: routes.map((e) => e.data),
      organisations: organisations.map((e) => e.data),
      siteServices: siteServices.map((e) => ({ id: e.id, title: e.data.title, family: e.data.family, order: e.data.order })),
      sectors: sectors.map((e) => ({
        id: e.id,
        label: e.data.label,
        isCouncil: e.data.isCouncil,
        methods: e.data.methods,
        services: e.data.services,
        order: e.data.order,
      })),
      methods: methods.map((e) => ({
        id: e.id,
        shortName: e.data.shortName,
        councilsOnly: e.data.councilsOnly,
        openTo: e.data.openTo,
        order: e.data.order,
      })),
      families: FAMILIES.map((id) => ({ id, label: FAMILY_LABELS[id] })),
    };
    return {
      data: buildModelData(content),
      content,
      words: methods.map((m) => ({ id: m.id, title: m.data.title, ...m.data.compare })),
    };
  })();
  return cached;
}
