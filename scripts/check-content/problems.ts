/**
 * One problem the content check found, in the four parts a writer needs:
 * where (file and line), which field, what is wrong, and how to fix it.
 */
export interface Problem {
  /** Path from the repository root, e.g. "content/news/2014-06-16-cipfa.mdx". */
  file: string;
  line: number;
  /** The frontmatter field ("summary", "methods[2]"), a component prop ("<KeyFigure> source") or a part of the body ("heading", "link"). */
  field: string;
  wrong: string;
  fix: string;
  /** Errors stop publishing; warnings are advice. */
  severity: 'error' | 'warning';
}

/** Two spaces separate the four parts, so runs of spaces inside a part are closed up. */
export function formatProblem(p: Problem): string {
  const part = (s: string) => s.replace(/\s+/g, ' ').trim();
  return `${p.file}:${p.line}  ${part(p.field)}  ${part(p.wrong)}  ${part(p.fix)}`;
}

/** "a service", "an event". */
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

export { distance, closest, oneOf } from '../../src/components/mdx/suggest.ts';
