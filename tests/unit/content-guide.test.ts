/**
 * The authoring guide (content/README.md) keeps up with the toolbox: every
 * component has a section, every scaffold type is named, and every MDX
 * example in it passes the content check, so a writer who copies one gets a
 * working page.
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { COMPONENT_NAMES } from '~/components/mdx/catalogue';
import { TYPES } from '../../scripts/new.mjs';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem } from '../../scripts/check-content/problems';

const guide = readFileSync('content/README.md', 'utf8');

describe('content/README.md', () => {
  it('documents every component, with an example', () => {
    for (const name of COMPONENT_NAMES) {
      expect(guide, `no "### ${name}" section`).toMatch(new RegExp(`^### ${name}$`, 'm'));
      expect(guide, `no example of <${name}>`).toMatch(new RegExp(`^\`\`\`mdx\\n[\\s\\S]*?<${name}[\\s>/]`, 'm'));
    }
  });

  it('names every type npm run new can make', () => {
    for (const type of Object.keys(TYPES)) expect(guide).toContain(`\`${type}\``);
  });

  it('gives MDX examples that pass the content check', () => {
    const blocks = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => !b.startsWith('---'));
    expect(blocks.length).toBeGreaterThanOrEqual(COMPONENT_NAMES.length);
    const dir = 'test-results/guide';
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(`${dir}/pages`, { recursive: true });
    blocks.forEach((body, i) => {
      writeFileSync(
        `${dir}/pages/guide-example-${i + 1}.mdx`,
        `---\ntitle: "Guide example ${i + 1}"\nsummary: "An example copied from the authoring guide, checked so that writers can copy it safely."\n---\n\n## Example\n\n${body}`,
      );
    });
    const problems = checkContent({ dirs: ['content', dir], report: (f) => f.startsWith(`${dir}/`) })
      .problems.filter((p) => p.severity === 'error')
      // The Figure example names a picture a writer would add first.
      .filter((p) => !(p.field === '<Figure> src' && p.wrong.includes('cipfa-stand-2014.jpg')))
      .map(formatProblem);
    expect(problems).toEqual([]);
  });
});
