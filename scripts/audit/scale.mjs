/**
 * How the build scales: builds a temporary copy of the site as it is, then
 * again with `count` generated news items added, and measures both (build
 * time, pages, search index size).
 *
 * The news items are a test fixture made at run time in the temporary copy
 * (never in content/, never committed): plain-English sentences assembled
 * from the words the site's own pages use, so the search index grows as it
 * would with real stories. The copy is deleted afterwards.
 *
 * Both builds start from an empty cache, so the difference between them is
 * the cost of the extra pages.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Not copied: installed packages (linked instead), build output, caches, git and test output. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'reports', 'playwright-report', '.vite', '.cache']);

export function dirBytes(dir, filter = () => true) {
  let total = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = dirBytes(p, filter);
      total += sub.bytes;
      files += sub.files;
    } else if (filter(p)) {
      total += statSync(p).size;
      files++;
    }
  }
  return { bytes: total, files };
}

/** Size of a built site and of its search index. */
export function measureDist(dist) {
  const pagefind = join(dist, 'pagefind');
  // The index proper: word index, content fragments, filters and metadata (not Pagefind's own UI and engine).
  const index = dirBytes(pagefind, (p) => /\.pf_(index|fragment|filter|meta)$/.test(p));
  return {
    pages: dirBytes(dist, (p) => p.endsWith('.html')).files,
    distBytes: dirBytes(dist).bytes,
    htmlBytes: dirBytes(dist, (p) => p.endsWith('.html')).bytes,
    searchIndexBytes: index.bytes,
    searchIndexFiles: index.files,
    pagefindBytes: dirBytes(pagefind).bytes,
  };
}

/** Copies the working tree (not node_modules) and links each installed package, so the copy has its own Astro cache. */
function makeCopy() {
  const base = mkdtempSync(join(tmpdir(), 'onesource-scale-'));
  const site = join(base, 'site');
  mkdirSync(site);
  for (const name of readdirSync(repo)) {
    if (SKIP.has(name) || name.endsWith('.log')) continue;
    cpSync(join(repo, name), join(site, name), { recursive: true, filter: (src) => !SKIP.has(basename(src)) });
  }
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    symlinkSync(join(repo, 'node_modules', name), join(site, 'node_modules', name));
  }
  return { base, site };
}

function build(site, log) {
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  rmSync(join(site, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(site, '.astro'), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  return new Promise((ok, fail) => {
    const out = [];
    // process.execPath is the Node that runs this script: the pinned Node 24 under npm.
    const child = spawn(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => out.push(String(d)));
    child.stderr.on('data', (d) => out.push(String(d)));
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return fail(new Error(`the build of the copy in ${site} failed (exit ${code}):\n${out.join('').slice(-3000)}`));
      log(`  built ${site} in ${seconds.toFixed(1)} s`);
      ok({ seconds: Number(seconds.toFixed(1)), ...measureDist(join(site, 'dist')) });
    });
  });
}

/** A small deterministic random source, so every run generates the same fixture. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words of the site's own pages, to write the fixture with. */
function vocabulary(site) {
  const words = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.mdx?$/.test(e.name)) {
        const body = readFileSync(p, 'utf8').replace(/^---[\s\S]*?---/, '');
        for (const w of body.match(/\b[a-z]{4,12}\b/g) ?? []) words.add(w);
      }
    }
  };
  walk(join(site, 'content'));
  const list = [...words].sort();
  if (list.length < 200) throw new Error(`only ${list.length} distinct words in content/: too few to write a realistic fixture`);
  return list;
}

/** Writes `count` news items into the copy's content/news/. */
export function writeNewsFixture(site, count) {
  const words = vocabulary(site);
  const next = random(20140401);
  const pick = () => words[Math.floor(next() * words.length)];
  const sentence = (n) => {
    const s = Array.from({ length: n }, pick).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const kinds = ['media-release', 'award', 'milestone', 'feature'];
  const dir = join(site, 'content/news');
  mkdirSync(dir, { recursive: true });
  const start = Date.UTC(2015, 0, 1);
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(4, '0');
    const date = new Date(start + Math.floor(next() * 11 * 365) * 86_400_000).toISOString().slice(0, 10);
    const title = `Scale test story ${n}: ${pick()} and ${pick()}`.slice(0, 70);
    // 14 words of 4 or more letters: always over the schema's 50 characters; cut to stay under its 160.
    let summary = `${sentence(7)} ${sentence(7)}`;
    if (summary.length > 158) summary = `${summary.slice(0, 157).replace(/\s+\S*$/, '')}.`;
    const body = Array.from({ length: 4 }, () => Array.from({ length: 4 + Math.floor(next() * 4) }, () => sentence(8 + Math.floor(next() * 10))).join(' ')).join('\n\n');
    writeFileSync(
      join(dir, `zz-scale-${n}.mdx`),
      `---\ntitle: "${title}"\nsummary: "${summary}"\ndate: ${date}\nkind: ${kinds[i % kinds.length]}\ndraft: false\n---\n\n${body}\n`,
    );
  }
}

/** Builds the site as it is and with `count` extra news items; returns both measurements. */
export async function scaleRun({ count = 1000, log = () => {} } = {}) {
  const { base, site } = makeCopy();
  try {
    log(`  copy of the site in ${site}`);
    const normal = await build(site, log);
    writeNewsFixture(site, count);
    const large = await build(site, log);
    const added = large.pages - normal.pages;
    const per1000 = (x) => Number(((x * 1000) / added).toFixed(2));
    return {
      newsItemsAdded: count,
      normal,
      large,
      pagesAdded: added,
      per1000Pages: {
        buildSeconds: per1000(large.seconds - normal.seconds),
        searchIndexBytes: Math.round(per1000(large.searchIndexBytes - normal.searchIndexBytes)),
        htmlBytes: Math.round(per1000(large.htmlBytes - normal.htmlBytes)),
      },
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
