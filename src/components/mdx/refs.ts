/**
 * Checks that slugs a writer typed in a component (a service, a sector, an
 * on-boarding method) exist, using the same collections the pages are built
 * from. Kept apart from catalogue.ts because it needs astro:content.
 */
import { getCollection } from 'astro:content';
import { CATALOGUE, type ComponentName, type Reference } from './catalogue.ts';
import { fail, type ComponentProblem } from './problem.ts';
import { oneOf } from './suggest.ts';

export async function entriesOf(collection: Reference['collection']) {
  return getCollection(collection);
}

/** Stops the build, naming the file, when any referenced slug does not exist. */
export async function checkRefs(component: ComponentName, given: Record<string, unknown>, parsed: Record<string, unknown>, page?: string) {
  const refs: Record<string, Reference> = 'refs' in CATALOGUE[component] ? (CATALOGUE[component] as { refs: Record<string, Reference> }).refs : {};
  const problems: ComponentProblem[] = [];
  for (const [prop, ref] of Object.entries(refs)) {
    const value = parsed[prop];
    if (value === undefined || value === 'all') continue;
    const slugs = Array.isArray(value) ? (value as string[]) : [String(value)];
    const known = (await entriesOf(ref.collection)).map((e) => e.id).sort();
    for (const s of slugs) {
      if (!known.includes(s)) {
        problems.push({
          field: `<${component}> ${prop}`,
          wrong: `"${s}" is not a known ${ref.kind}`,
          fix: oneOf(known, s),
        });
      }
    }
  }
  if (problems.length) fail(component, given, problems, page);
}
