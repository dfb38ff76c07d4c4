/**
 * On GitHub Actions the content check prints each problem as a workflow
 * command, so GitHub shows it on the file and line of the pull request, and
 * writes them all to the job summary. Anywhere else it prints what it always
 * has. The broken fixtures in tests/fixtures/content-bad/ give every kind of
 * problem the check knows; each must come out as exactly one well-formed
 * command, in the same words as the plain line.
 *
 * The format: `::error file=F,line=L,title=T::MESSAGE`, where MESSAGE has
 * "%", CR and LF percent-encoded, and property values also ":" and ",".
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem, type Problem } from '../../scripts/check-content/problems';
import { annotation, escapeData, escapeProperty, summary, annotating } from '../../scripts/check-content/annotations';

const FIXTURES = 'tests/fixtures/content-bad';

/** Runs the real command with only the environment given (plus PATH), as a runner would. */
function run(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/check-content.ts', '--dir', FIXTURES], { encoding: 'utf8', env: { PATH: process.env.PATH!, ...env } });
}

/** Reads one workflow command back, the way the runner does, failing on anything malformed. */
function parseCommand(line: string) {
  const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  expect(m, `not a workflow command: ${line}`).not.toBeNull();
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of m![2]!.split(',')) {
    const at = pair.indexOf('=');
    expect(at, `property without a value in ${line}`).toBeGreaterThan(0);
    props[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  expect(Object.keys(props).sort()).toEqual(['file', 'line', 'title']);
  expect(props.line).toMatch(/^[1-9]\d*$/);
  // A raw "%" that is not part of an escape would be misread by the runner.
  expect(m![3]!.replace(/%(25|0D|0A)/g, '')).not.toContain('%');
  return { command: m![1]!, file: props.file!, line: Number(props.line), title: props.title!, message: unescape(m![3]!) };
}

describe('on GitHub Actions', () => {
  let problems: Problem[];
  let stdout: string;
  let summaryText: string;

  beforeAll(() => {
    problems = checkContent({ dirs: ['content', FIXTURES], report: (f) => f.startsWith(`${FIXTURES}/`) }).problems;
    const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
    const summaryFile = join(dir, 'summary.md');
    const out = run({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'council/website', GITHUB_SHA: 'abc123' });
    expect(out.status, out.stderr).toBe(1);
    stdout = out.stdout;
    summaryText = readFileSync(summaryFile, 'utf8');
  });

  it('the fixtures cover errors and warnings of many kinds', () => {
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    expect(problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(new Set(problems.map((p) => p.field.replace(/\[\d+\]/g, ''))).size).toBeGreaterThan(15);
  });

  it('prints one valid annotation per problem, errors as ::error and warnings as ::warning', () => {
    const commands = stdout.split('\n').filter((l) => l.startsWith('::')).map(parseCommand);
    expect(commands).toHaveLength(problems.length);
    for (const p of problems) {
      const found = commands.filter((c) => c.file === p.file && c.line === p.line && c.title === p.field.replace(/\s+/g, ' ').trim() && c.message.startsWith(p.wrong.replace(/\s+/g, ' ').trim()));
      expect(found, formatProblem(p)).toHaveLength(1);
      expect(found[0]!.command).toBe(p.severity);
      expect(found[0]!.message).toBe(`${p.wrong.replace(/\s+/g, ' ').trim()}\nHow to fix it: ${p.fix.replace(/\s+/g, ' ').trim()}`);
    }
  });

  it('still prints the usual lines, so the log reads as it does on your computer', () => {
    for (const p of problems) expect(stdout).toContain(formatProblem(p));
    expect(stdout).toMatch(/^Checked \d+ files under content \+ tests\/fixtures\/content-bad: \d+ errors, \d+ warnings?\.$/m);
  });

  it('lists every problem in the job summary, each linked to its line', () => {
    expect(summaryText).toMatch(/^## Content check$/m);
    expect(summaryText).toContain('### Problems to fix before publishing');
    expect(summaryText).toContain('### Advice (these do not stop publishing)');
    const rows = summaryText.split('\n').filter((l) => l.startsWith('| [') );
    expect(rows).toHaveLength(problems.length);
    for (const p of problems) expect(summaryText).toContain(`](https://github.com/council/website/blob/abc123/${p.file}#L${p.line})`);
    // Every row keeps its four cells: no "|" or "<" in the words breaks the table.
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length, r).toBe(6);
    expect(summaryText).not.toMatch(/<[A-Za-z]/);
  });

  it('is quiet in the test job, which sets CHECK_CONTENT_ANNOTATIONS=off to avoid annotating twice', () => {
    const out = run({ GITHUB_ACTIONS: 'true', CHECK_CONTENT_ANNOTATIONS: 'off' });
    expect(out.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(annotating({ GITHUB_ACTIONS: 'true', CHECK_CONTENT_ANNOTATIONS: 'off' })).toBe(false);
  });
});

describe('anywhere else', () => {
  it('prints the usual output and no workflow commands or summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
    const out = run({ GITHUB_STEP_SUMMARY: join(dir, 'summary.md') });
    expect(out.status).toBe(1);
    expect(out.stdout).toContain(`${FIXTURES}/news/2026-01-05-summary-too-long.mdx:3  summary  is 212 characters; search results cut summaries off at 160 characters  shorten it by 52 characters`);
    expect(out.stdout).not.toMatch(/^::/m);
    expect(existsSync(join(dir, 'summary.md'))).toBe(false);
    expect(annotating({})).toBe(false);
    expect(annotating({ GITHUB_ACTIONS: 'false' })).toBe(false);
  });
});

describe('escaping', () => {
  const tricky: Problem = {
    file: 'content/pages/odd,name:1.mdx',
    line: 7,
    field: 'title, or: heading',
    wrong: 'is 100% too long\r\nand wraps',
    fix: 'cut it: by 50%',
    severity: 'warning',
  };

  it('encodes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100%\r\n')).toBe('100%25%0D%0A');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
    // The message keeps ":" and ","; only properties need them encoded.
    expect(escapeData('a: b, c')).toBe('a: b, c');
  });

  it('a problem with every awkward character still makes one valid command that reads back the same', () => {
    const line = annotation(tricky);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toBe('::warning file=content/pages/odd%2Cname%3A1.mdx,line=7,title=title%2C or%3A heading::is 100%25 too long and wraps%0AHow to fix it: cut it: by 50%25');
    expect(parseCommand(line)).toEqual({ command: 'warning', file: tricky.file, line: 7, title: tricky.field, message: 'is 100% too long and wraps\nHow to fix it: cut it: by 50%' });
  });

  it('an error is an ::error', () => {
    expect(annotation({ ...tricky, severity: 'error' })).toMatch(/^::error /);
  });

  it('summary cells escape | and <, and say when nothing stops publishing', () => {
    const text = summary([{ ...tricky, wrong: '<Callout> | is opened' }], { files: 1, dirs: ['content'] });
    expect(text).toContain('**Nothing stops publishing.**');
    expect(text).toContain('&lt;Callout&gt; \\| is opened');
    expect(text).not.toContain('### Problems to fix before publishing');
  });
});
