/**
 * Details the sources do not give (an email address, an office address, a
 * reply promise, a legal statement) are kept in content/site/settings.yaml with
 * `confirmed: false` beside them until someone checks them against the
 * councils' own records (see `toConfirm` in src/schemas/shared.ts). A preview
 * build shows them marked "to be confirmed" and the production build refuses
 * to run (src/lib/confirm.ts), so here it is advice, not an error: it lists
 * each one, with the line to change, every time the check runs, until none is
 * left.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { fieldName, lineAt, type YamlSource } from './files.ts';
import type { Problem } from './problems.ts';

/** What a reader of the message recognises the detail by: its value, or the office an address belongs to. */
function describe(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const get = (key: string) => node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
  const text = (v: unknown) => (isScalar(v) && typeof v.value === 'string' ? (v.value.length > 50 ? `${v.value.slice(0, 50)}...` : v.value) : undefined);
  const value = text(get('value'));
  if (value) return `"${value}"`;
  const name = text(get('name'));
  if (name) return `the address given for ${name}`;
  const handle = text(get('handle'));
  return handle ? `the account ${handle}` : undefined;
}

export function checkUnconfirmed(src: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      if (pair.key.value === 'confirmed' && isScalar(pair.value) && pair.value.value === false) {
        const what = describe(node);
        problems.push({
          file: src.file,
          line: src.firstLine - 1 + lineAt(src.text, pair.value.range?.[0] ?? 0),
          field: fieldName(path) || '(the whole file)',
          wrong: `${what ? `${what} ` : 'this detail '}is not in our sources and nobody has confirmed it yet: previews mark it "to be confirmed" and the production build will not publish it`,
          fix: "check it against the councils' own records, correct it if needed, then change confirmed: false to confirmed: true on this line",
          severity: 'warning',
        });
      } else {
        visit(pair.value, [...path, String(pair.key.value)]);
      }
    }
  };
  visit(src.doc.contents, []);
  return problems;
}
