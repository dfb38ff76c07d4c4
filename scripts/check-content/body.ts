/**
 * The MDX body: that it can be read at all, then its headings, links,
 * pictures, components and words. The parser is Sätteri, the one Astro uses
 * to build the pages, so "cannot be read" here means the build would fail too.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { CATALOGUE, COMPONENT_NAMES, IMAGE_EXTENSIONS, imageKey, describePropIssue, type ComponentSpec } from '../../src/components/mdx/catalogue.ts';
import type { MdxSource } from './files.ts';
import type { MdxCollection } from './collections.ts';
import { judgeLink, type Routes } from './routes.ts';
import { checkText } from './spelling.ts';
import { closest, oneOf, type Problem } from './problems.ts';

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  value?: unknown;
  depth?: number;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface BodyContext {
  root: string;
  routes: Routes;
  /** Slugs by collection, for component props that point at content. */
  ids: Record<string, string[]>;
  /** Files in content/images/, by name. */
  images: Set<string>;
  /** Values of the headline figures in content/site/messages.yaml, for <KeyFigure proof="...">. */
  proofs?: string[];
  siteHost?: string;
}

/** What an MDX parse error means, in plain words. */
export function explainMdxError(message: string): { wrong: string; fix: string } {
  const closing = /Expected a closing tag for `<(\w+)>`/.exec(message);
  if (closing) return { wrong: `<${closing[1]}> is opened but never closed`, fix: `add </${closing[1]}> after the text it wraps, or end the tag with /> if it wraps nothing` };
  const mismatch = /Unexpected closing tag `<\/([\w.]*)>`, expected corresponding closing tag for `<(\w+)>`/.exec(message);
  if (mismatch) return { wrong: `</${mismatch[1]}> does not match the <${mismatch[2]}> it should close`, fix: `write </${mismatch[2]}>` };
  if (/closing brace|expression/i.test(message)) return { wrong: 'a curly bracket { starts a piece of code in MDX, and this one is never closed', fix: 'to show a curly bracket, write \\{ instead' };
  if (/Unexpected character.*after `<`/.test(message) || /before name/.test(message)) {
    return { wrong: 'a "<" here starts a component or tag, which MDX cannot read', fix: 'write "less than" in words, or check the tag is written like <Callout type="note">, with quotes round each value' };
  }
  if (/attribute/i.test(message)) return { wrong: 'a component\'s value is not written the way MDX expects', fix: 'put each value in double quotes: name="value"' };
  return { wrong: `MDX cannot read this: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(mdx[^)]*\)$/, '')}`, fix: 'check the tags and curly brackets on this line' };
}

/** Reads a literal written as {…}: numbers, quoted text, true/false, lists. Anything else is code we cannot judge. */
function literal(expr: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(expr.trim().replace(/^'(.*)'$/s, '"$1"')) };
  } catch {
    return { ok: false };
  }
}

const TEXT_ATTRS = new Set(['title', 'label', 'caption', 'alt', 'source', 'role', 'secondaryLabel']);
const VAGUE_LINK_TEXT = /^(click here|here|this page|read more|more|link|this link|find out more)$/i;

const line = (n: Node) => n.position?.start.line ?? 1;

function textOf(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return String(n.value ?? '');
  return (n.children ?? []).map(textOf).join('');
}

export function checkBody(src: MdxSource, collection: MdxCollection, ctx: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const add = (at: number, field: string, wrong: string, fix: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: src.file, line: at, field, wrong, fix, severity });

  let tree: Node;
  try {
    tree = mdxToMdast(src.source) as unknown as Node;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+)/.exec(message);
    const { wrong, fix } = explainMdxError(message);
    add(at ? Number(at[1]) : src.bodyLine, 'body', wrong, fix);
    return problems;
  }

  let previous = collection.firstHeading - 1;
  const heading = (depth: number, at: number, text: string) => {
    const hashes = (n: number) => '#'.repeat(n);
    if (depth === 1) {
      add(at, 'heading', `"# ${text}" makes a second main heading; the page title is already the main heading`, `use ${hashes(collection.firstHeading)} for a section heading`);
    } else if (depth < collection.firstHeading) {
      add(at, 'heading', `"${hashes(depth)} ${text}" is too high a level here: each ${collection.noun} already has a level-${collection.firstHeading - 1} heading above its text`, `start at ${hashes(collection.firstHeading)}`);
    } else if (depth > previous + 1) {
      add(
        at,
        'heading',
        `"${hashes(depth)} ${text}" skips a level (after ${previous < collection.firstHeading ? 'the title' : hashes(previous)})`,
        `use ${hashes(previous + 1)}, or add a ${hashes(previous + 1)} heading above it; screen-reader users move through headings by level`,
      );
    }
    if (!text.trim()) add(at, 'heading', 'the heading is empty', 'write the heading text after the # signs, or delete the line');
    previous = Math.max(depth, collection.firstHeading - 1);
  };

  const link = (url: string, at: number, field: string, text?: string) => {
    const verdict = judgeLink(url, ctx.routes, ctx.siteHost);
    if (!verdict.ok) add(at, field, verdict.wrong, verdict.fix, verdict.severity ?? 'error');
    if (text !== undefined && VAGUE_LINK_TEXT.test(text.trim())) {
      add(at, field, `the link text "${text.trim()}" does not say where it goes`, 'use words that make sense on their own, such as "how to join as a partner"', 'warning');
    }
  };

  const picture = (url: string, at: number, field: string) => {
    if (/^https?:/i.test(url)) {
      add(at, field, 'the picture is loaded from another website, which the site does not allow (privacy and speed)', 'save the picture in content/images/ and use <Figure>');
      return;
    }
    const inImages = ctx.images.has(imageKey(url));
    const path = url.startsWith('/') ? join(ctx.root, 'public', url) : join(ctx.root, dirname(src.file), url);
    if (!inImages && !existsSync(path)) {
      const near = closest(imageKey(url), ctx.images);
      add(at, field, `there is no picture at ${url}`, near ? `did you mean "${near}"?` : 'save the picture in content/images/ and check the spelling of its name');
    }
  };

  const component = (node: Node, name: string) => {
    const spec = (CATALOGUE as Record<string, ComponentSpec>)[name];
    const at = line(node);
    if (!spec) {
      const near = closest(name, COMPONENT_NAMES);
      add(at, `<${name}>`, `there is no component called ${name}`, near ? `did you mean <${near}>?` : `use one of: ${COMPONENT_NAMES.join(', ')}`);
      return;
    }
    const props: Record<string, unknown> = {};
    const dynamic = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
      const v = attr.value;
      if (v === null || v === undefined) props[attr.name] = true;
      else if (typeof v === 'string') props[attr.name] = v;
      else {
        const lit = literal(String((v as { value?: string }).value ?? ''));
        if (lit.ok) props[attr.name] = lit.value;
        else dynamic.add(attr.name);
      }
    }
    const known = Object.keys(spec.props.shape);
    for (const key of [...Object.keys(props), ...dynamic]) {
      if (!known.includes(key)) {
        const near = closest(key, known);
        add(at, `<${name}> ${key}`, `"${key}" is not something ${name} understands`, near ? `did you mean ${near}?` : `use ${known.join(', ')}`);
      }
    }
    const result = spec.props.safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (dynamic.has(String(issue.path[0]))) continue;
        const { field, wrong, fix } = describePropIssue(name, issue);
        add(at, field, wrong, /for example/.test(fix) ? fix : `${fix}; for example ${spec.example}`);
      }
    }
    const parsed = (result.success ? result.data : props) as Record<string, unknown>;
    for (const [prop, ref] of Object.entries(spec.refs ?? {})) {
      const value = parsed[prop];
      if (value === undefined || value === 'all' || dynamic.has(prop)) continue;
      const slugs = Array.isArray(value) ? value.map(String) : String(value).split(',').map((x) => x.trim());
      for (const s of slugs) {
        if (!(ctx.ids[ref.collection] ?? []).includes(s)) {
          add(at, `<${name}> ${prop}`, `"${s}" is not a known ${ref.kind}`, oneOf(ctx.ids[ref.collection] ?? [], s));
        }
      }
    }
    if (spec.image && typeof props[spec.image] === 'string') {
      const file = String(props[spec.image]);
      const ext = file.split('.').pop()?.toLowerCase() ?? '';
      if (!IMAGE_EXTENSIONS.includes(ext as (typeof IMAGE_EXTENSIONS)[number])) {
        add(at, `<${name}> ${spec.image}`, `"${file}" is not a picture format the site can resize`, `save it as one of: ${IMAGE_EXTENSIONS.join(', ')}`);
      } else if (!ctx.images.has(imageKey(file))) {
        const near = closest(imageKey(file), ctx.images);
        add(at, `<${name}> ${spec.image}`, `there is no picture called "${file}" in content/images/`, near ? `did you mean "${near}"?` : 'save the picture in content/images/ first, then name it here');
      }
    }
    if (spec.proof && typeof props[spec.proof] === 'string' && ctx.proofs && !ctx.proofs.includes(String(props[spec.proof]))) {
      add(at, `<${name}> ${spec.proof}`, `there is no headline figure "${props[spec.proof]}" in content/site/messages.yaml (proofPoints)`, `use one of: ${ctx.proofs.map((p) => `"${p}"`).join(', ')}; or give value, label and source yourself`);
    }
    for (const prop of spec.links ?? []) if (typeof props[prop] === 'string') link(String(props[prop]), at, `<${name}> ${prop}`);
    const hasChildren = (node.children ?? []).some((c) => c.type !== 'text' || String(c.value ?? '').trim());
    if (spec.needsChildren && !hasChildren) {
      add(at, `<${name}>`, `<${name}> has no text inside it`, `put the text between <${name}> and </${name}>, for example ${spec.example}`);
    }
    for (const [prop, value] of Object.entries(props)) {
      if (TEXT_ATTRS.has(prop) && typeof value === 'string') words(value, at, `<${name}> ${prop}`);
    }
  };

  const words = (text: string, at: number, field: string) => {
    for (const f of checkText(text)) {
      const extra = text.slice(0, f.index).split('\n').length - 1;
      add(at + extra, field, f.wrong, f.fix, f.severity);
    }
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'code':
      case 'inlineCode':
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // Writers never need code in the text (components take their settings
        // as words), so braces are a mistake that would stop the build with an
        // error naming no file. A {/* comment */} is the one harmless form.
        const code = String(node.value ?? '').trim();
        if (!/^\/\*[\s\S]*\*\/$/.test(code)) {
          add(line(node), 'body', `{${code.length > 30 ? `${code.slice(0, 30)}...` : code}} is read as a piece of code, not as words`, 'to show curly brackets, write \\{ and \\}; to keep a note for editors, write {/* your note */}');
        }
        return;
      }
      case 'mdxjsEsm':
        add(line(node), 'body', 'import and export lines are not needed: every component is ready to use', 'delete this line', 'warning');
        return;
      case 'heading':
        heading(node.depth ?? 2, line(node), textOf(node));
        break;
      case 'link':
        link(node.url ?? '', line(node), 'link', textOf(node));
        break;
      case 'definition':
        link(node.url ?? '', line(node), 'link');
        break;
      case 'image':
        if (!node.alt?.trim()) {
          add(line(node), 'image', 'the picture has no alt text', 'describe it between the square brackets: ![What the picture shows](...), or better, use <Figure> with alt and caption');
        }
        picture(node.url ?? '', line(node), 'image');
        break;
      case 'text':
        words(String(node.value ?? ''), line(node), 'text');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name)) component(node, name);
        else if (/^h[1-6]$/.test(name)) heading(Number(name[1]), line(node), textOf(node));
        else if (name === 'img') {
          const alt = node.attributes?.find((a) => a.name === 'alt')?.value;
          const srcAttr = node.attributes?.find((a) => a.name === 'src')?.value;
          if (typeof alt !== 'string' || !alt.trim()) add(line(node), 'image', '<img> has no alt text', 'use <Figure src="..." alt="..." caption="..." /> instead');
          if (typeof srcAttr === 'string') picture(srcAttr, line(node), 'image');
        } else if (name === 'a') {
          const href = node.attributes?.find((a) => a.name === 'href')?.value;
          if (typeof href === 'string') link(href, line(node), 'link', textOf(node));
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

