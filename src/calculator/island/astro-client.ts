/**
 * How Astro hydrates the calculator island in the browser: the renderer
 * client of @astrojs/preact (dist/client.js), which astro.config.mjs puts in
 * its place, less the part that rebuilds @preact/signals given as props. The
 * site gives no island a signal, and that part's import alone brought 3 KB
 * of signals and Vite's 1 KB preload helper into the page. Check it against
 * the package's client.js when @astrojs/preact is upgraded.
 */
import { h, hydrate, render, type ComponentType } from 'preact';

/** A slot Astro rendered on the server, kept as it is (the calculator has none). */
const StaticHtml = ({ value, name, hydrate = true }: { value?: string; name?: string; hydrate?: boolean }) =>
  value ? h(hydrate ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

/** The island's id, which Preact uses to keep the ids useId() makes apart from other islands'. */
function maskId(element: HTMLElement) {
  const id = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
  return Number.isNaN(id) ? element.getAttribute('uid') : id;
}

export default (element: HTMLElement) =>
  async (Component: ComponentType, props: Record<string, unknown>, { default: children, ...slotted }: Record<string, string>, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    const mask = maskId(element);
    if (mask !== null) {
      const m = [mask, 0];
      (child as unknown as Record<string, unknown>)._mask = m;
      (child as unknown as Record<string, unknown>).__m = m;
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else hydrate(child, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
