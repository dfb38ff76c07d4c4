/**
 * "Did you mean" for slugs, names and addresses a writer mistyped. Shared by
 * the components (build errors) and `npm run check:content`, so both suggest
 * the same thing.
 */

/** Levenshtein distance: how many letters to add, remove or change to turn a into b. */
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

/** "did you mean "payroll"? The choices are: ..." or "use one of: ...", shortening very long lists. */
export function oneOf(choices: Iterable<string>, value?: string): string {
  const list = [...choices].sort();
  const near = value === undefined ? undefined : closest(value, list);
  const shown = list.length > 12 ? `${list.slice(0, 12).join(', ')} and ${list.length - 12} more` : list.join(', ');
  return near ? `did you mean "${near}"? The choices are: ${shown}` : `use one of: ${shown}`;
}
