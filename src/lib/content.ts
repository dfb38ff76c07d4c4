/**
 * How routes read content. Everything goes through here so that drafts,
 * future-dated items and broken relations are handled in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findRelationProblems, formatProblems } from './relations';
import { isLive } from './content-rules';
import { eventSortDate } from '../schemas/events';

export { isLive };

let checked: Promise<void> | undefined;

/** Fails the build, naming file and field, when collections point at things that do not exist. */
export function assertRelations(): Promise<void> {
  checked ??= (async () => {
    const [services, joining, sectors, ways] = await Promise.all([
      getCollection('services'),
      getCollection('joining'),
      getCollection('sectors'),
      getCollection('ways'),
    ]);
    const problems = findRelationProblems({ services, joining, sectors, ways });
    if (problems.length) {
      throw new Error(`Content problems (fix these files):\n${formatProblems(problems)}`);
    }
  })();
  return checked;
}

const byOrder = <T extends { data: { order: number; title: string } }>(a: T, b: T) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);

export async function getServices() {
  await assertRelations();
  return (await getCollection('services')).sort(byOrder);
}
export async function getMethods() {
  await assertRelations();
  return (await getCollection('joining')).sort(byOrder);
}
export async function getSectors() {
  await assertRelations();
  return (await getCollection('sectors')).sort(byOrder);
}
export async function getWays() {
  await assertRelations();
  return (await getCollection('ways')).sort(byOrder);
}
/**
 * `npm run dev` shows drafts and scheduled items so writers can preview them
 * before publishing; `npm run build` (what the public sees) never does.
 */
const preview = import.meta.env.DEV;

export async function getNews(): Promise<CollectionEntry<'news'>[]> {
  return (await getCollection('news', (e) => preview || isLive(e.data))).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
export async function getEvents(): Promise<CollectionEntry<'events'>[]> {
  // An event's start date is when it happens, not when it is published: upcoming events are listed, drafts are not.
  return (await getCollection('events', (e) => preview || isLive({ draft: e.data.draft }))).sort((a, b) => eventSortDate(b.data).getTime() - eventSortDate(a.data).getTime());
}

/** The tag shown on a route: who may use it, worked out from the sector files. */
export function openToLabel(
  method: { id: string; data: { councilsOnly: boolean } },
  sectors: { data: { methods: string[] } }[],
): string {
  if (method.data.councilsOnly) return 'Councils only';
  const open = sectors.filter((s) => s.data.methods.includes(method.id)).length;
  return open === sectors.length ? 'Open to every sector we serve' : 'Councils and other public bodies';
}
