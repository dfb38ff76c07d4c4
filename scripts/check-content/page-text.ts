/**
 * The words a reader sees on a page, in the order the page shows them, each
 * piece with its file and line. The house-style rules (sentence length,
 * acronyms spelled out) read this instead of the raw file, so that markup,
 * code, web addresses and frontmatter settings such as `family: finance` are
 * never counted as words.
 *
 * A page is one MDX file: the frontmatter fields its template shows before the
 * body, then the body, then the fields shown after it. Two pages also show a
 * data file under their opening text: the glossary (glossary/terms.yaml) and
 * the shared-services landscape (landscape/arrangements.yaml). The key
 * messages (site/messages.yaml) and joining, step by step
 * (joining/step-by-step.yaml) are read as pages of their own. Events and ways to
 * work with us share a page on the site but are read one file at a time, so
 * each stays right when the others change or move. The calculator's files
 * (content/calculator/) and the settings (site/settings.yaml: addresses,
 * menus) are not prose and are left out.
 */
import { mdxToMdast } from 'satteri';
import { fieldName, yamlStrings, type MdxSource, type YamlSource } from './files.ts';

/** One run of text that reads as a unit: a paragraph, heading, list item, table cell or field. */
export interface TextBlock {
  file: string;
  /** "text" for the body, else the field: "summary", "covers[1]", "compare.tupe". */
  field: string;
  text: string;
  /** Start offset in `text` and file line of each piece the block was built from. */
  pieces: { at: number; line: number }[];
}

export interface PageText {
  /** The file the page is reported under (the MDX file, or the data file). */
  file: string;
  blocks: TextBlock[];
}

/** The file line of an offset in a block: the piece's line plus any line breaks before it. */
export function lineIn(block: TextBlock, offset: number): number {
  let piece = block.pieces[0] ?? { at: 0, line: 1 };
  for (const p of block.pieces) if (p.at <= offset) piece = p;
  let line = piece.line;
  for (let i = piece.at; i < offset && i < block.text.length; i++) if (block.text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Which frontmatter fields each template shows before and after the body, in
 * its order (src/pages/*). Anything not listed is a setting, not prose.
 */
const BEFORE_BODY: Record<string, string[]> = {
  services: ['title', 'summary', 'covers'],
  joining: ['title', 'summary', 'description', 'openTo', 'compare'],
  sectors: ['title', 'summary'],
  ways: ['title', 'summary'],
  news: ['title', 'summary', 'image'],
  events: ['title', 'summary'],
  pages: ['title', 'summary'],
};
const AFTER_BODY: Record<string, string[]> = {
  joining: ['governance', 'basis', 'whenItFits', 'advantagesForYou', 'disadvantagesForYou', 'advantagesForFounders', 'disadvantagesForFounders'],
};

/** Component props that are shown as words (the rest are addresses, slugs or settings). */
const SHOWN_PROPS = new Set(['title', 'label', 'caption', 'alt', 'source', 'value', 'secondaryLabel', 'by', 'role']);

/** Web addresses and email addresses are not words. */
const ADDRESSES = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const clean = (s: string) => s.replace(ADDRESSES, (m) => ' '.repeat(m.length));

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'mdxTextExpression', 'mdxJsxTextElement', 'image', 'imageReference', 'footnoteReference']);
const SKIP = new Set(['yaml', 'toml', 'code', 'mdxjsEsm', 'mdxFlowExpression', 'html', 'definition', 'thematicBreak']);

function fromYaml(src: YamlSource, keep: (path: (string | number)[]) => boolean): TextBlock[] {
  return yamlStrings(src)
    .filter((s) => keep(s.path))
    .map((s) => ({ file: src.file, field: fieldName(s.path), text: clean(s.value), pieces: [{ at: 0, line: s.line }] }));
}

/** The fields named in `order`, in that order; within a field, in file order. */
function fields(src: YamlSource, order: string[]): TextBlock[] {
  const all = fromYaml(src, (p) => order.includes(String(p[0])) && !(p[0] === 'image' && p[1] === 'src'));
  return order.flatMap((name) => all.filter((b) => b.field === name || b.field.startsWith(`${name}.`) || b.field.startsWith(`${name}[`)));
}

/** The body's words, block by block. An MDX file that cannot be parsed gives none (the body check reports it). */
export function bodyBlocks(src: MdxSource): TextBlock[] {
  let tree: Node;
  try {
    tree = mdxToMdast(src.source) as unknown as Node;
  } catch {
    return [];
  }
  const blocks: TextBlock[] = [];
  const lineOf = (n: Node) => n.position?.start.line ?? src.bodyLine;

  const inline = (nodes: Node[], block: TextBlock) => {
    const push = (text: string, line: number) => {
      block.pieces.push({ at: block.text.length, line });
      block.text += text;
    };
    for (const n of nodes) {
      if (n.type === 'text') push(clean(String(n.value ?? '')), lineOf(n));
      // Code is not prose: it counts as one word and its letters are not read as acronyms.
      else if (n.type === 'inlineCode') push('code', lineOf(n));
      else if (n.type === 'break') push(' ', lineOf(n));
      else if (n.type === 'mdxTextExpression' || n.type === 'image' || n.type === 'imageReference') continue;
      else inline(n.children ?? [], block);
    }
  };

  const visit = (node: Node) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes ?? []) {
        if (attr.type === 'mdxJsxAttribute' && attr.name && SHOWN_PROPS.has(attr.name) && typeof attr.value === 'string') {
          blocks.push({ file: src.file, field: `<${node.name}> ${attr.name}`, text: clean(attr.value), pieces: [{ at: 0, line: lineOf(node) }] });
        }
      }
    }
    const children = node.children ?? [];
    if (children.length && children.every((c) => INLINE.has(c.type))) {
      const block: TextBlock = { file: src.file, field: 'text', text: '', pieces: [] };
      inline(children, block);
      if (block.text.trim()) blocks.push(block);
      return;
    }
    for (const c of children) visit(c);
  };
  visit(tree);
  return blocks;
}

/** An MDX file as its page shows it. */
export function mdxPage(src: MdxSource): PageText {
  const before = src.hasFrontmatter ? fields(src, BEFORE_BODY[src.collection] ?? ['title', 'summary']) : [];
  const after = src.hasFrontmatter ? fields(src, AFTER_BODY[src.collection] ?? []) : [];
  return { file: src.file, blocks: [...before, ...bodyBlocks(src), ...after] };
}

/** The glossary's terms as /glossary/ lists them: alphabetically, "term (expansion)" then the definition. */
export function glossaryBlocks(src: YamlSource): TextBlock[] {
  const rows = (src.doc.toJS() as { term?: unknown }[] | null) ?? [];
  if (!Array.isArray(rows)) return [];
  const strings = yamlStrings(src);
  const at = (i: number, key: string) => strings.find((s) => s.path[0] === i && s.path[1] === key);
  return rows
    .map((r, i) => ({ i, term: typeof r?.term === 'string' ? r.term : '' }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en-GB'))
    .flatMap(({ i }) => {
      const term = at(i, 'term');
      const expansion = at(i, 'expansion');
      const definition = at(i, 'definition');
      const out: TextBlock[] = [];
      if (term) {
        const text = expansion ? `${term.value} (${expansion.value})` : term.value;
        out.push({ file: src.file, field: `[${i}].term`, text, pieces: [{ at: 0, line: term.line }] });
      }
      if (definition) out.push({ file: src.file, field: `[${i}].definition`, text: clean(definition.value), pieces: [{ at: 0, line: definition.line }] });
      return out;
    });
}

/** The landscape tables: partners, service and figures of each arrangement, in file order. */
export function landscapeBlocks(src: YamlSource): TextBlock[] {
  return fromYaml(src, (p) => ['partners', 'service', 'benefitsRealised', 'efficiencyFigure'].includes(String(p[1])));
}

/** The key messages: every text field (links and ids are not prose). */
export function messagesPage(src: YamlSource): PageText {
  return { file: src.file, blocks: fromYaml(src, (p) => !['href', 'id'].includes(String(p.at(-1)))) };
}

/**
 * Joining, step by step (joining/step-by-step.yaml): its words in file order,
 * which is the order the page shows them. Ids, links, route names and settings
 * such as `logic: or` are not prose.
 */
export function joiningStepsPage(src: YamlSource): PageText {
  return { file: src.file, blocks: fromYaml(src, (p) => !['href', 'id', 'logic', 'routes', 'shows'].includes(String(typeof p.at(-1) === 'number' ? p.at(-2) : p.at(-1)))) };
}

/**
 * A ✎ line is the scaffold's instruction, already an error of its own
 * ("replace the whole line"), so the style rules leave it to that message.
 */
const isInstruction = (b: TextBlock) => b.text.includes('✎');

/** Every page under the content folders, ready for the house-style rules. */
export function sitePages(mdx: Iterable<MdxSource>, data: { glossary?: YamlSource; landscape?: YamlSource; messages?: YamlSource; joiningSteps?: YamlSource }): PageText[] {
  const pages: PageText[] = [];
  for (const src of mdx) {
    const page = mdxPage(src);
    if (src.collection === 'pages' && src.id === 'glossary' && data.glossary) page.blocks.push(...glossaryBlocks(data.glossary));
    if (src.collection === 'pages' && src.id === 'shared-services-landscape' && data.landscape) page.blocks.push(...landscapeBlocks(data.landscape));
    pages.push(page);
  }
  if (data.messages) pages.push(messagesPage(data.messages));
  if (data.joiningSteps) pages.push(joiningStepsPage(data.joiningSteps));
  for (const page of pages) page.blocks = page.blocks.filter((b) => !isInstruction(b));
  return pages;
}
