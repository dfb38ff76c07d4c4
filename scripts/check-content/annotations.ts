/**
 * The content check's output on GitHub Actions: each problem as a workflow
 * command, which GitHub shows as an annotation on the file and line (in the
 * pull request's "Files changed" tab and on the run's page), and a job
 * summary that lists every problem, since GitHub shows at most 10 error and
 * 10 warning annotations per step.
 *
 * The words are the same four parts `npm run check:content` prints: the field
 * is the annotation's title; what is wrong and how to fix it are its message.
 *
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
import type { Problem } from './problems.ts';

/**
 * Message text of a workflow command. GitHub reads "%", CR and LF as
 * command syntax, so they are percent-encoded (as @actions/core does).
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file=, title=): ":" and "," separate properties, so they are encoded too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `::error file=…,line=…,title=…::what is wrong` then "How to fix it: …" on a second line. */
export function annotation(p: Problem): string {
  const command = p.severity === 'error' ? 'error' : 'warning';
  const props = [`file=${escapeProperty(p.file)}`, `line=${Math.max(1, p.line)}`, `title=${escapeProperty(squash(p.field))}`].join(',');
  return `::${command} ${props}::${escapeData(`${squash(p.wrong)}\nHow to fix it: ${squash(p.fix)}`)}`;
}

export interface SummaryOptions {
  /** How many files were checked, and under which folders. */
  files: number;
  dirs: string[];
  /** e.g. "https://github.com/council/website/blob/<sha>", so each file links to its line. */
  blobUrl?: string;
}

/** A table cell: "|" would end the cell, "<" would start HTML (component names such as <Callout>). */
const cell = (s: string) => squash(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The job summary in GitHub-flavoured Markdown: a count, then the errors and the advice as tables. */
export function summary(problems: Problem[], o: SummaryOptions): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const out = ['## Content check', ''];
  out.push(
    errors.length
      ? `**${plural(errors.length, 'problem')} to fix before publishing.** The site cannot be published until they are fixed.`
      : '**Nothing stops publishing.**',
    '',
    `Checked ${plural(o.files, 'file')} under ${o.dirs.join(' + ')}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}.`,
    '',
  );
  const table = (title: string, list: Problem[]) => {
    out.push(`### ${title}`, '', '| file and line | field | what is wrong | how to fix it |', '|---|---|---|---|');
    for (const p of list) {
      const where = `${p.file}:${p.line}`;
      const link = o.blobUrl ? `[${cell(where)}](${o.blobUrl}/${p.file.split('/').map(encodeURIComponent).join('/')}#L${p.line})` : cell(where);
      out.push(`| ${link} | ${cell(p.field)} | ${cell(p.wrong)} | ${cell(p.fix)} |`);
    }
    out.push('');
  };
  if (errors.length) table('Problems to fix before publishing', errors);
  if (warnings.length) table('Advice (these do not stop publishing)', warnings);
  return `${out.join('\n')}\n`;
}

/**
 * True on GitHub Actions, unless CHECK_CONTENT_ANNOTATIONS=off: the test job
 * runs the check again inside `npm test` and sets it, so each problem is
 * annotated once, by the content job.
 */
export function annotating(env: Record<string, string | undefined> = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true' && env.CHECK_CONTENT_ANNOTATIONS !== 'off';
}
