/**
 * JSX that writes HTML strings, for the calculator's parts. The same
 * components draw the page on the server and redraw a part in the browser
 * (`el.innerHTML = String(<Part … />)`), so the browser needs no virtual DOM
 * library: Preact's runtime and hooks were 7 KB of the page's JavaScript, and
 * hydrating ~900 elements cost a slow laptop 150 ms or more. The parts are
 * pure functions of the estimate; the calculator's controller (../../calculator/island/controller.ts)
 * owns the state and the events, so components take no `on…` handlers.
 *
 * The output matches what preact-render-to-string wrote before: void elements
 * end "/>", attribute names are lower case except SVG's viewBox, text and
 * attribute values are escaped.
 */

/** Markup that is already safe to insert. */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Html | string | number | boolean | null | undefined | Child[];

type Attrs = { children?: Child } & Record<string, unknown>;
type Component<P> = (props: P) => Html | null;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Children as markup: what a part's container gets as its innerHTML. */
export function render(c: Child): string {
  if (c == null || typeof c === 'boolean') return '';
  if (Array.isArray(c)) return c.map(render).join('');
  return c instanceof Html ? c.html : escape(String(c));
}

function attrs(props: Attrs): string {
  let out = '';
  for (const name in props) {
    const v = props[name];
    if (name === 'children' || v == null) continue;
    const attr = name === 'viewBox' ? name : name.toLowerCase();
    // spellcheck="false" and aria-/data- attributes keep a false; elsewhere false leaves the attribute out.
    if (v === false && !(attr === 'spellcheck' || attr.startsWith('aria-') || attr.startsWith('data-'))) continue;
    out += v === true && !attr.startsWith('aria-') && !attr.startsWith('data-') ? ` ${attr}` : ` ${attr}="${escape(String(v))}"`;
  }
  return out;
}

export function jsx<P>(type: string | Component<P>, props: P & Attrs): Html | null {
  if (typeof type === 'function') return type(props);
  const open = `<${type}${attrs(props)}`;
  return new Html(VOID.has(type) ? `${open}/>` : `${open}>${render(props.children)}</${type}>`);
}
export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment({ children: c }: { children?: Child }): Html {
  return new Html(render(c));
}

export namespace JSX {
  export type Element = Html;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicElements {
    [name: string]: Attrs;
  }
}
