/**
 * Reads content files and keeps enough of their source to point at a line:
 * the YAML document (with positions) and where the MDX body starts.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';

export interface YamlSource {
  /** Path from the repository root with forward slashes. */
  file: string;
  doc: Document.Parsed;
  /** File line of the YAML's first line (2 for frontmatter after "---", 1 for a .yaml file). */
  firstLine: number;
  text: string;
}

export interface MdxSource extends YamlSource {
  collection: string;
  id: string;
  /** The whole file, for the MDX parser (which understands the frontmatter block). */
  source: string;
  /** False when the file does not start with a "---" block. */
  hasFrontmatter: boolean;
  /** File line of the line after the closing "---". */
  bodyLine: number;
}

export const toPosix = (p: string) => p.split(sep).join('/');

/** Every file under `dir`, as paths relative to `dir`. */
export function walk(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, base));
    else out.push(toPosix(relative(base, path)));
  }
  return out;
}

/** Line number (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function readYaml(root: string, file: string): YamlSource {
  const text = readFileSync(join(root, file), 'utf8');
  return { file, doc: parseDocument(text, { prettyErrors: false }), firstLine: 1, text };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readMdx(root: string, file: string, collection: string, id: string): MdxSource {
  const source = readFileSync(join(root, file), 'utf8');
  const m = FRONTMATTER.exec(source);
  const text = m ? m[1]! : '';
  return {
    file,
    collection,
    id,
    source,
    text,
    doc: parseDocument(text, { prettyErrors: false }),
    firstLine: 2,
    hasFrontmatter: !!m,
    bodyLine: m ? lineAt(source, m[0].length) : 1,
  };
}

/**
 * The file line of the value at `path` in a YAML document, or of the nearest
 * part of it that exists (a missing field points at its parent, or line 1).
 */
export function lineOf(src: YamlSource, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? src.doc.contents : (src.doc.getIn(path.slice(0, n), true) as YamlNode | undefined);
    const range = node && (node as { range?: [number, number, number] }).range;
    if (range) return src.firstLine - 1 + lineAt(src.text, range[0]);
    // A key whose value is empty ("summary:") has no value node; use the key.
    if (n > 0) {
      const parent = n === 1 ? src.doc.contents : src.doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) return src.firstLine - 1 + lineAt(src.text, keyRange[0]);
      }
    }
  }
  return 1;
}

/** Every string scalar in a YAML document with its path and file line, for spelling and placeholder checks. */
export function yamlStrings(src: YamlSource): { path: (string | number)[]; value: string; line: number }[] {
  const out: { path: (string | number)[]; value: string; line: number }[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) out.push({ path, value: node.value, line: src.firstLine - 1 + lineAt(src.text, node.range[0]) });
    } else if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(src.doc.contents, []);
  return out;
}

/** "methods[2].title" -> ["methods", 2, "title"]. */
export function parseFieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** ["methods", 2, "title"] -> "methods[2].title". */
export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}
