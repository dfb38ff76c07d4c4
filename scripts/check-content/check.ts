/**
 * Runs every content rule over content/ and returns the problems, sorted by
 * file and line. Used by `npm run check:content` and by the unit tests, which
 * lay a folder of broken fixtures over the real content to prove each message.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRelationProblems, type ContentSet } from '../../src/lib/relations.ts';
import { isLive } from '../../src/lib/content-rules.ts';
import { IMAGE_EXTENSIONS } from '../../src/components/mdx/catalogue.ts';
import { MDX_COLLECTIONS, DATA_FILES, NOT_CONTENT, type MdxCollection } from './collections.ts';
import { walk, readMdx, readYaml, lineOf, parseFieldPath, yamlStrings, fieldName, type MdxSource } from './files.ts';
import { checkYaml } from './frontmatter.ts';
import { checkBody } from './body.ts';
import { buildRoutes } from './routes.ts';
import { checkText } from './spelling.ts';
import { checkUnconfirmed } from './unconfirmed.ts';
import { sitePages } from './page-text.ts';
import { checkSentences } from './sentences.ts';
import { checkPresentTense } from './present-tense.ts';
import { checkAcronyms, type AcronymEntry } from './acronyms.ts';
import { closest, oneOf, type Problem } from './problems.ts';

export interface CheckOptions {
  /** Repository root. */
  root?: string;
  /**
   * Content folders, relative to root, later ones laid over earlier ones (a
   * file with the same collection and name replaces the earlier one).
   */
  dirs?: string[];
  /** Only report problems in files for which this returns true. */
  report?: (file: string) => boolean;
  /** "Today", for drafts and scheduled items. */
  now?: Date;
}

export interface CheckResult {
  problems: Problem[];
  files: number;
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function checkContent(options: CheckOptions = {}): CheckResult {
  const root = options.root ?? process.cwd();
  const dirs = options.dirs ?? ['content'];
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const add = (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => problems.push({ severity: 'error', ...p });

  // 1. Find the files: which collection each belongs to, later folders winning.
  const mdx = new Map<string, MdxSource>();
  const data = new Map<string, { file: string; spec: (typeof DATA_FILES)[number] }>();
  const images = new Set<string>();
  let files = 0;
  for (const dir of dirs) {
    for (const rel of walk(join(root, dir))) {
      const file = `${dir}/${rel}`;
      files++;
      if (rel.startsWith('images/')) {
        const ext = rel.split('.').pop()!.toLowerCase();
        if (IMAGE_EXTENSIONS.includes(ext as (typeof IMAGE_EXTENSIONS)[number])) images.add(rel.slice('images/'.length));
        else add({ file, line: 1, field: 'file', wrong: `"${rel}" is not a picture format the site can use`, fix: `save it as one of: ${IMAGE_EXTENSIONS.join(', ')}`, severity: 'warning' });
        continue;
      }
      if (NOT_CONTENT.some((re) => re.test(rel))) continue;
      const dataSpec = DATA_FILES.find((d) => d.file === rel);
      if (dataSpec) {
        data.set(dataSpec.name, { file, spec: dataSpec });
        continue;
      }
      const collection = MDX_COLLECTIONS.find((c) => rel.startsWith(`${c.folder}/`));
      const name = rel.split('/').pop()!;
      if (collection && /\.mdx?$/.test(name)) {
        if (name.startsWith('_')) continue; // the loader skips these on purpose: notes and templates
        const id = rel.slice(collection.folder.length + 1).replace(/\.mdx?$/, '');
        mdx.set(`${collection.name}/${id}`, readMdx(root, file, collection.name, id));
        continue;
      }
      add({
        file,
        line: 1,
        field: 'file',
        wrong: 'the site does not use this file: it is not in a folder or format the site reads',
        fix: 'move it to the right folder (see content/README.md), or delete it',
        severity: 'warning',
      });
    }
  }

  // 2. Frontmatter of every MDX file.
  const byCollection = new Map<string, { src: MdxSource; data: Record<string, unknown> }[]>();
  const ids: Record<string, string[]> = {};
  for (const src of mdx.values()) {
    const collection = MDX_COLLECTIONS.find((c) => c.name === src.collection)!;
    (ids[collection.name] ??= []).push(src.id);
    if (!src.hasFrontmatter) {
      add({ file: src.file, line: 1, field: 'frontmatter', wrong: 'the file does not start with a --- block of fields', fix: 'start the file with the fields between two --- lines (run "npm run new" to get a correct start)' });
      continue;
    }
    const { problems: found, data: parsed } = checkYaml(src, collection.schema, collection.noun);
    problems.push(...found);
    if (parsed) {
      const list = byCollection.get(collection.name) ?? [];
      list.push({ src, data: parsed as Record<string, unknown> });
      byCollection.set(collection.name, list);
    }
    fileName(src, collection, parsed as Record<string, unknown> | undefined, add);
    for (const s of yamlStrings(src)) {
      if (s.path[0] === 'image' && s.path[1] === 'src') continue;
      for (const f of checkText(s.value)) add({ file: src.file, line: s.line, field: fieldName(s.path), wrong: f.wrong, fix: f.fix, severity: f.severity });
    }
  }

  // 3. Things a schema cannot see: pictures on disk, dates in order, drafts.
  // Read from the raw fields, so they are reported even when another field is wrong.
  const hiddenNews: { id: string; why: string }[] = [];
  for (const src of mdx.values()) {
    const raw = (src.hasFrontmatter && !src.doc.errors.length ? src.doc.toJS() : undefined) as Record<string, unknown> | undefined;
    if (!raw || typeof raw !== 'object') continue;
    const image = raw.image as { src?: unknown } | undefined;
    if (src.collection === 'news' && typeof image?.src === 'string') {
      const at = lineOf(src, ['image', 'src']);
      if (/^https?:/.test(image.src)) add({ file: src.file, line: at, field: 'image.src', wrong: 'the picture is on another website, which the site does not allow', fix: 'save it in content/images/ and write src: ../images/<name>' });
      else if (!existsSync(join(root, src.file, '..', image.src))) {
        const near = closest(image.src.split('/').pop()!, images);
        add({ file: src.file, line: at, field: 'image.src', wrong: `there is no picture at ${image.src}`, fix: near ? `did you mean ../images/${near}?` : 'save the picture in content/images/ and write src: ../images/<name>' });
      }
    }
    const date = (v: unknown) => (v instanceof Date ? v : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(v) : undefined);
    if (src.collection === 'events') {
      const start = date(raw.start);
      const end = date(raw.end);
      if (start && end && end < start) add({ file: src.file, line: lineOf(src, ['end']), field: 'end', wrong: `the event ends (${isoDate(end)}) before it starts (${isoDate(start)})`, fix: 'check both dates; leave end out for a one-day event' });
    }
  }
  for (const { src, data: d } of byCollection.get('news') ?? []) {
    if (!isLive(d as { draft?: boolean; date?: Date }, now)) {
      hiddenNews.push({ id: src.id, why: d.draft ? 'a draft (draft: true)' : `scheduled for ${isoDate(d.date as Date)}` });
    }
  }

  // 4. Relations between collections: the same check the build runs.
  const entries = (name: string) => (byCollection.get(name) ?? []).map(({ src, data: d }) => ({ id: src.id, filePath: src.file, data: d }));
  const set = { services: entries('services'), joining: entries('joining'), sectors: entries('sectors'), ways: entries('ways') } as unknown as ContentSet;
  for (const r of findRelationProblems(set)) {
    const src = [...mdx.values()].find((s) => s.file === r.file);
    const { wrong, fix } = explainRelation(r.message);
    add({ file: r.file, line: src ? lineOf(src, parseFieldPath(r.field)) : 1, field: r.field, wrong, fix });
  }

  // 5. Bodies: headings, links, pictures, components, words.
  const liveIds = { ...ids, news: (ids.news ?? []).filter((id) => !hiddenNews.some((h) => h.id === id)) };
  const routes = buildRoutes(root, liveIds, hiddenNews);
  const settings = data.get('settings');
  let siteHost: string | undefined;
  if (settings) {
    try {
      siteHost = new URL(String((readYaml(root, settings.file).doc.toJS() as { siteUrl?: string })?.siteUrl)).host;
    } catch {
      // A broken siteUrl is reported by the settings schema.
    }
  }
  const messages = data.get('messages');
  const proofs = messages ? ((readYaml(root, messages.file).doc.toJS() as { proofPoints?: { value?: unknown }[] } | null)?.proofPoints ?? []).map((p) => String(p?.value)) : undefined;
  for (const src of mdx.values()) {
    if (!src.hasFrontmatter && !src.source.trim()) continue;
    const collection = MDX_COLLECTIONS.find((c) => c.name === src.collection)!;
    problems.push(...checkBody(src, collection, { root, routes, ids, images, siteHost, proofs }));
  }

  // 6. Data files.
  for (const spec of DATA_FILES) {
    const found = data.get(spec.name);
    if (!found) continue;
    const src = readYaml(root, found.file);
    problems.push(...checkYaml(src, spec.schema, spec.noun, spec.shape).problems);
    if (!src.doc.errors.length) problems.push(...checkUnconfirmed(src));
    for (const s of yamlStrings(src)) {
      for (const f of checkText(s.value)) add({ file: found.file, line: s.line, field: fieldName(s.path), wrong: f.wrong, fix: f.fix, severity: f.severity });
    }
  }

  // 7. House style, as advice: sentences of 25 words or fewer, and each
  // acronym spelled out the first time a page uses it.
  const yamlOf = (name: string) => (data.get(name) ? readYaml(root, data.get(name)!.file) : undefined);
  const pages = sitePages(mdx.values(), { glossary: yamlOf('glossary'), landscape: yamlOf('landscape'), messages: yamlOf('messages'), joiningSteps: yamlOf('joiningSteps') });
  const acronymList = yamlOf('acronyms')?.doc.toJS() as unknown;
  const acronyms = Array.isArray(acronymList) ? (acronymList.filter((a) => a && typeof a.acronym === 'string') as AcronymEntry[]) : [];
  problems.push(...checkSentences(pages), ...checkAcronyms(pages, acronyms), ...checkPresentTense(pages));

  const report = options.report ?? (() => true);
  const seen = new Set<string>();
  return {
    files,
    problems: problems
      .filter((p) => report(p.file))
      .filter((p) => {
        const key = `${p.file}:${p.line}:${p.field}:${p.wrong}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
  };
}

/** Splits a relations message into what is wrong and how to fix it, adding a "did you mean" for a near miss. */
export function explainRelation(message: string): { wrong: string; fix: string } {
  const unknown = /^"([^"]+)" is not a known ([^.]+)\. Use one of: (.*)$/.exec(message);
  if (unknown) return { wrong: `"${unknown[1]}" is not a known ${unknown[2]}`, fix: oneOf(unknown[3]!.split(', '), unknown[1]) };
  const at = message.search(/(\. |; )/);
  if (at < 0) return { wrong: message, fix: message.includes('itself') ? 'remove it from the list' : 'see content/README.md' };
  const fix = message.slice(at + 2).replace(/\.$/, '');
  return { wrong: message.slice(0, at), fix: fix.charAt(0).toLowerCase() + fix.slice(1) };
}

/** File names are addresses: lower case and hyphens, and news files start with their date. */
function fileName(src: MdxSource, collection: MdxCollection, parsed: Record<string, unknown> | undefined, add: (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void) {
  const base = src.id.split('/').pop()!;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base)) {
    add({ file: src.file, line: 1, field: 'file name', wrong: `"${base}" becomes part of the page address, and addresses use only lower-case letters, digits and hyphens`, fix: `rename the file to ${slugify(base) || 'a-short-name'}.mdx` });
  }
  if (collection.name === 'news') {
    const m = /^(\d{4}-\d{2}-\d{2})-/.exec(base);
    if (!m) add({ file: src.file, line: 1, field: 'file name', wrong: 'news file names start with their date', fix: `rename it to ${parsed?.date instanceof Date ? isoDate(parsed.date) : 'YYYY-MM-DD'}-${base}.mdx`, severity: 'warning' });
    else if (parsed?.date instanceof Date && m[1] !== isoDate(parsed.date)) {
      add({ file: src.file, line: lineOf(src, ['date']), field: 'date', wrong: `the date (${isoDate(parsed.date)}) differs from the one in the file name (${m[1]})`, fix: 'make them the same; the file name sets the address, the date sets when it is published', severity: 'warning' });
    }
  }
}
