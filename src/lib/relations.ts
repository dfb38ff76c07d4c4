/**
 * Checks that collections point at each other correctly: a service naming an
 * on-boarding method that does not exist, a sector pointing at a missing
 * service, or a non-council sector offered a Joint Committee route. Zod checks
 * each file on its own; only here can we see across files.
 *
 * Pure (no Astro imports) so that Vitest can feed it fixtures. Each problem
 * names the file, the field and what would have been accepted.
 */
export interface Entry<T> {
  id: string;
  filePath?: string;
  data: T;
}

export interface ContentSet {
  services: Entry<{ methods: string[]; related: string[] }>[];
  joining: Entry<{ councilsOnly: boolean }>[];
  sectors: Entry<{ isCouncil: boolean; methods: string[]; services: string[] }>[];
  ways: Entry<{ services: string[] }>[];
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

const where = (collection: string, e: Entry<unknown>) => e.filePath ?? `content/${collection}/${e.id}.mdx`;

function checkRefs(
  problems: Problem[],
  collection: string,
  entry: Entry<unknown>,
  field: string,
  values: string[],
  known: Set<string>,
  kind: string,
) {
  values.forEach((value, i) => {
    if (!known.has(value)) {
      problems.push({
        file: where(collection, entry),
        field: `${field}[${i}]`,
        message: `"${value}" is not a known ${kind}. Use one of: ${[...known].sort().join(', ')}`,
      });
    }
  });
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) {
      problems.push({ file: where(collection, entry), field: `${field}[${i}]`, message: `"${value}" is listed twice; remove one` });
    }
    seen.add(value);
  });
}

export function findRelationProblems(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const services = new Set(set.services.map((s) => s.id));
  const methods = new Set(set.joining.map((m) => m.id));
  const councilOnly = new Set(set.joining.filter((m) => m.data.councilsOnly).map((m) => m.id));

  for (const s of set.services) {
    checkRefs(problems, 'services', s, 'methods', s.data.methods, methods, 'on-boarding method');
    checkRefs(problems, 'services', s, 'related', s.data.related, services, 'service');
    if (s.data.related.includes(s.id)) {
      problems.push({ file: where('services', s), field: 'related', message: 'a service cannot list itself as related' });
    }
  }
  for (const sector of set.sectors) {
    checkRefs(problems, 'sectors', sector, 'methods', sector.data.methods, methods, 'on-boarding method');
    checkRefs(problems, 'sectors', sector, 'services', sector.data.services, services, 'service');
    if (!sector.data.isCouncil) {
      sector.data.methods.forEach((m, i) => {
        if (councilOnly.has(m)) {
          problems.push({
            file: where('sectors', sector),
            field: `methods[${i}]`,
            message: `"${m}" is open to councils only, and this sector has isCouncil: false. Remove it.`,
          });
        }
      });
    }
  }
  for (const w of set.ways) checkRefs(problems, 'ways', w, 'services', w.data.services, services, 'service');
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  ${p.file}  ${p.field}  ${p.message}`).join('\n');
}
