/**
 * Links the first use of each glossary term in a page's MDX body to its entry
 * on /glossary/, so writers never have to remember to. Terms come from
 * content/glossary/terms.yaml. Acronyms (all capitals) match case-sensitively
 * so "TUPE" links but an ordinary word that happens to share the letters does
 * not; other terms match in any case.
 *
 * Text inside links, headings, code and the glossary page itself is left
 * alone: a link inside a link is invalid HTML, and a heading that is a link
 * reads badly in a screen reader's list of headings.
 */
import type { HastPluginDefinition } from 'satteri';
import type { Parents as HastParents } from 'hast';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases?: string[];
}

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[]; value?: string };

const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'abbr', 'dfn']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcherFor(term: GlossaryTerm): { id: string; re: RegExp } {
  const forms = [term.term, ...(term.aliases ?? [])].sort((a, b) => b.length - a.length);
  const acronym = forms.every((f) => f === f.toUpperCase());
  return {
    id: term.id,
    // Letters or digits either side mean we are inside a longer word.
    re: new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu'),
  };
}

type Matcher = ReturnType<typeof matcherFor>;

/**
 * Splits one text into text and link nodes, linking every pending term found
 * in it (earliest first) and removing each from `pending`. Returns undefined
 * when nothing matched, so callers can leave the node untouched.
 */
export function splitText(text: string, pending: Matcher[], href = (id: string) => `/glossary/#${id}`): (HastText | HastElement)[] | undefined {
  const out: (HastText | HastElement)[] = [];
  let rest = text;
  for (;;) {
    let best: { index: number; length: number; k: number } | undefined;
    pending.forEach((m, k) => {
      const found = m.re.exec(rest);
      if (found && (!best || found.index < best.index)) best = { index: found.index, length: found[0].length, k };
    });
    if (!best) break;
    const { id } = pending.splice(best.k, 1)[0]!;
    if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(id), className: ['glossary-term'] },
      children: [{ type: 'text', value: rest.slice(best.index, best.index + best.length) }],
    });
    rest = rest.slice(best.index + best.length);
  }
  if (out.length === 0) return undefined;
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

/** Links terms in a plain hast tree (used by tests and any unified pipeline). */
export function linkGlossaryTerms(tree: HastNode, terms: GlossaryTerm[]): number {
  const pending = terms.map(matcherFor);
  const before = pending.length;
  const walk = (node: HastNode) => {
    if (!('children' in node) || !node.children) return;
    for (let i = 0; i < node.children.length && pending.length; i++) {
      const child = node.children[i]!;
      if (child.type === 'element' && SKIP.has((child as HastElement).tagName)) continue;
      if (child.type !== 'text') {
        walk(child);
        continue;
      }
      const pieces = splitText((child as HastText).value, pending);
      if (pieces) {
        node.children.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      }
    }
  };
  walk(tree);
  return before - pending.length;
}

/** Only content files are linked, and never the glossary page itself. */
export function appliesTo(path: string): boolean {
  return /[\\/]content[\\/]/.test(path) && !/content[\\/]pages[\\/]glossary\.mdx?$/.test(path);
}

/**
 * The same linking as a plugin for Sätteri, Astro 7's Markdown and MDX
 * processor (`markdown.processor: satteri({ hastPlugins: [...] })`).
 * Sätteri comes with @astrojs/markdown-satteri; only its types are used here.
 */
export function glossaryPlugin(terms: GlossaryTerm[]): HastPluginDefinition {
  const matchers = terms.map(matcherFor);
  return {
    name: 'onesource-glossary',
    before(_root, ctx) {
      const path = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '';
      // Fresh RegExp objects per document: the plugin object is shared across files.
      ctx.data.glossaryPending = appliesTo(path) ? matchers.map((m) => ({ ...m, re: new RegExp(m.re.source, m.re.flags) })) : [];
    },
    text(node, ctx) {
      const pending = ctx.data.glossaryPending as Matcher[] | undefined;
      if (!pending?.length) return;
      for (let p: Readonly<HastParents> | undefined = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p as never)) {
        if (p.type === 'element' && SKIP.has(p.tagName)) return;
      }
      const pieces = splitText(node.value, pending);
      if (pieces) ctx.replaceNode(node, pieces as never);
    },
  };
}
