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

/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}

/** The closest of `choices` to `value`, when it is close enough to be a likely typo. */
export function closest(value: string, choices: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of choices) {
    const d = distance(value.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Lists choices for a message, shortening very long lists. */
export function oneOf(choices: Iterable<string>, value?: string): string {
  const list = [...choices].sort();
  const near = value === undefined ? undefined : closest(value, list);
  const shown = list.length > 12 ? `${list.slice(0, 12).join(', ')} and ${list.length - 12} more` : list.join(', ');
  return near ? `did you mean "${near}"? The choices are: ${shown}` : `use one of: ${shown}`;
}
