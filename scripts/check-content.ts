/**
 * `npm run check:content`: checks every file under content/ and prints each
 * problem as
 *
 *   file:line  field  what is wrong  how to fix it
 *
 * then a count. Exits 1 when there is any error (warnings alone exit 0), so
 * CI stops a broken page before it is published.
 *
 * Runs on Node 24's built-in TypeScript support, with no build step: the
 * schemas and relations are imported from src/lib, the same modules Astro
 * uses. The calculator's modules import each other without ".ts" endings (as
 * Vite allows), so a small resolve hook adds the ending for them.
 *
 *   npm run check:content                       check content/
 *   npm run check:content -- --dir other/       lay another folder over content/ (used by the tests)
 *
 * On GitHub Actions (GITHUB_ACTIONS=true) it also prints each problem as a
 * workflow command, so it shows as an annotation on the file and line, and
 * writes every problem to the job summary ($GITHUB_STEP_SUMMARY).
 */
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.includes('/src/')) {
      const candidate = new URL(`${specifier}.ts`, context.parentURL);
      if (existsSync(fileURLToPath(candidate))) return next(candidate.href, context);
    }
    return next(specifier, context);
  },
});

const { checkContent } = await import('./check-content/check.ts');
const { checkCalculator } = await import('./check-content/calculator.ts');
const { formatProblem } = await import('./check-content/problems.ts');
const { annotating, annotation, summary } = await import('./check-content/annotations.ts');

const args = process.argv.slice(2);
const dirs = ['content'];
for (let i = 0; i < args.length; i++) if (args[i] === '--dir' && args[i + 1]) dirs.push(args[++i]!.replace(/\/$/, ''));
const extra = dirs.slice(1);

const result = checkContent({ dirs, report: extra.length ? (f) => extra.some((d) => f.startsWith(`${d}/`)) : undefined });
const problems = extra.length ? result.problems : [...result.problems, ...(await checkCalculator())];
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

if (errors.length) {
  console.log(`Problems to fix before publishing:\n`);
  for (const p of errors) console.log(formatProblem(p));
}
if (warnings.length) {
  console.log(`${errors.length ? '\n' : ''}Advice (these do not stop publishing):\n`);
  for (const p of warnings) console.log(formatProblem(p));
}
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
console.log(
  `${errors.length || warnings.length ? '\n' : ''}Checked ${plural(result.files, 'file')} under ${dirs.join(' + ')}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}.`,
);
if (annotating()) {
  for (const p of [...errors, ...warnings]) console.log(annotation(p));
  const { GITHUB_STEP_SUMMARY: file, GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  if (file) {
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, summary([...errors, ...warnings], { files: result.files, dirs, blobUrl: server && repo && sha ? `${server}/${repo}/blob/${sha}` : undefined }));
  }
}
process.exit(errors.length ? 1 : 0);
