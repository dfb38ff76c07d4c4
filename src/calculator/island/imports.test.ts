import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every file of the island and the island files it imports (static, dynamic and type-only imports alike). */
function graph(root: string) {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const code = readFileSync(join(root, f), 'utf8');
    const deps = [...code.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)]
      .map((m) => relative(root, resolve(root, dirname(f), m[1])))
      .map((d) => files.find((x) => x === d || x.replace(/\.tsx?$/, '') === d))
      .filter((d): d is string => !!d);
    edges.set(f, deps);
  }
  return edges;
}

describe('the island\'s imports', () => {
  it('go round in no circle, so each part can be read and changed on its own', () => {
    const edges = graph(dirname(fileURLToPath(import.meta.url)));
    const circles: string[] = [];
    const walk = (f: string, path: string[]) => {
      if (path.includes(f)) return void circles.push([...path.slice(path.indexOf(f)), f].join(' → '));
      for (const d of edges.get(f) ?? []) walk(d, [...path, f]);
    };
    for (const f of edges.keys()) walk(f, []);
    expect(edges.get('form/Form.tsx')).toContain('assumptions/OwnAssumptions.tsx');
    expect(circles).toEqual([]);
  });
});
