/**
 * How an MDX component stops the build when a writer gets it wrong.
 *
 * A component only sees its own props, not the file it was written in, so on
 * error we search content/ for the tag (with the values it was given) to name
 * the file and line. The message has the same four parts as
 * `npm run check:content`: file:line, field, what is wrong, how to fix it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGUE, describePropIssue, type ComponentName } from './catalogue.ts';

function* mdxFiles(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (name.endsWith('.mdx') || name.endsWith('.md')) yield path;
    else if (!name.includes('.')) yield* mdxFiles(path);
  }
}

/** The source of each `<Name ...>` opening tag in `text`, with its line number. */
export function openingTags(text: string, name: string): { line: number; tag: string }[] {
  const found: { line: number; tag: string }[] = [];
  const re = new RegExp(`<${name}(?![\\w.])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let i = m.index + m[0].length;
    let quote: string | null = null;
    let braces = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') braces++;
      else if (c === '}') braces--;
      else if (c === '>' && braces === 0) break;
    }
    found.push({ line: text.slice(0, m.index).split('\n').length, tag: text.slice(m.index, i + 1) });
  }
  return found;
}

/** Folders searched for the tag: content/ in a build; the tests point it at their fixtures. */
export const searchIn = { dirs: ['content'] };

/**
 * Files and lines under content/ where `<component>` is written with every one
 * of `values` in its opening tag, for example ["payrol"] for a mistyped slug.
 */
export function locate(component: string, values: string[], root = process.cwd()): string[] {
  const hits: string[] = [];
  for (const file of searchIn.dirs.flatMap((d) => [...mdxFiles(join(root, d))])) {
    const text = readFileSync(file, 'utf8');
    for (const { line, tag } of openingTags(text, component)) {
      if (values.every((v) => tag.includes(v))) hits.push(`${relative(root, file)}:${line}`);
    }
  }
  return hits;
}

export interface ComponentProblem {
  field: string;
  wrong: string;
  fix: string;
}

/** Throws an error naming the file and line, the field, what is wrong and how to fix it. */
export function fail(component: string, props: Record<string, unknown>, problems: ComponentProblem[], page?: string): never {
  const values = Object.values(props).filter((v): v is string => typeof v === 'string' && v.length > 0);
  const hits = locate(component, values);
  const where = hits.length ? hits.join(', ') : `content/ (the MDX behind ${page ?? 'this page'})`;
  const lines = problems.map((p) => `${where}  ${p.field}  ${p.wrong}  ${p.fix}`);
  const error = new Error(`${lines.join('\n')}\n(Run "npm run check:content" to see every problem at once.)`);
  error.name = 'ContentError';
  throw error;
}

/**
 * Checks a component's props against the catalogue, returning them with
 * defaults applied, or stopping the build with a plain message.
 */
export function parseProps<N extends ComponentName>(
  component: N,
  props: Record<string, unknown>,
  page?: string,
): (typeof CATALOGUE)[N]['props']['_output'] {
  // Astro passes children separately; anything else the writer typed is checked.
  const { children: _children, ...given } = props;
  const spec = CATALOGUE[component];
  const known = Object.keys(spec.props.shape);
  const unknown = Object.keys(given).filter((k) => !known.includes(k));
  const result = spec.props.safeParse(given);
  const problems: ComponentProblem[] = unknown.map((k) => ({
    field: `<${component}> ${k}`,
    wrong: `"${k}" is not something ${component} understands`,
    fix: `use ${known.join(', ')}; for example ${spec.example}`,
  }));
  if (!result.success) problems.push(...result.error.issues.map((i) => describePropIssue(component, i)));
  if (problems.length) fail(component, given, problems, page);
  return result.data as (typeof CATALOGUE)[N]['props']['_output'];
}
