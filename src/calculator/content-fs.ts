/**
 * Reads the calculator's content straight from disk, for Vitest and scripts
 * that run without Astro. The pages use `content.ts` (collections) instead;
 * both validate with the same schemas and assemble through `buildModelData`,
 * so the tests exercise exactly the data the site is built from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  calculatorOrganisationSchema,
  calculatorParameterSchema,
  calculatorRouteSchema,
  calculatorServiceSchema,
  calculatorSourceSchema,
} from '../schemas/calculator';
import { FAMILIES, FAMILY_LABELS } from '../schemas/services';
import { buildModelData, type CalculatorContent } from './data';
import type { ModelData } from './model';

const yamlList = <T extends z.ZodType>(root: string, file: string, schema: T): z.output<T>[] => {
  const raw = parse(readFileSync(join(root, 'content/calculator', file), 'utf8'));
  return z.array(schema).parse(raw);
};

const frontmatter = (path: string): Record<string, unknown> => {
  const text = readFileSync(path, 'utf8');
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? (parse(m[1]) ?? {}) : {};
};

const folder = (root: string, name: string) => {
  const dir = join(root, 'content', name);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f));
  } catch {
    return [];
  }
  return files.map((f) => ({ id: f.replace(/\.mdx?$/, ''), data: frontmatter(join(dir, f)) }));
};

/** Everything `buildModelData` needs, read from the repository at `root`. */
export function readCalculatorContent(root = process.cwd()): CalculatorContent {
  return {
    sources: yamlList(root, 'sources.yaml', calculatorSourceSchema),
    parameters: yamlList(root, 'parameters.yaml', calculatorParameterSchema),
    services: yamlList(root, 'services.yaml', calculatorServiceSchema),
    routes: yamlList(root, 'routes.yaml', calculatorRouteSchema),
    organisations: yamlList(root, 'organisations.yaml', calculatorOrganisationSchema),
    siteServices: folder(root, 'services').map(({ id, data }) => ({
      id,
      title: String(data.title ?? id),
      family: String(data.family ?? ''),
      order: Number(data.order ?? 100),
    }))
      // As the site lists them (lib/content.ts): by order, then title.
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    sectors: folder(root, 'sectors').map(({ id, data }) => ({
      id,
      label: String(data.label ?? id),
      isCouncil: data.isCouncil === true,
      methods: Array.isArray(data.methods) ? data.methods.map(String) : [],
      services: Array.isArray(data.services) ? data.services.map(String) : [],
      order: Number(data.order ?? 100),
    })),
    methods: folder(root, 'joining').map(({ id, data }) => ({
      id,
      shortName: String(data.shortName ?? id),
      councilsOnly: data.councilsOnly === true,
      openTo: String(data.openTo ?? ''),
      order: Number(data.order ?? 100),
    })),
    families: FAMILIES.map((id) => ({ id, label: FAMILY_LABELS[id] })),
  };
}

export function readModelData(root = process.cwd()): ModelData {
  return buildModelData(readCalculatorContent(root));
}
