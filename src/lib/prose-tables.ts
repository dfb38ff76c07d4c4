/**
 * Wraps every table written in Markdown in a labelled, focusable scrolling
 * region, so a wide comparison never makes the whole page scroll sideways on
 * a phone, and keyboard users can scroll it too (axe asks for both).
 */
import type { HastPluginDefinition } from 'satteri';

export function proseTablesPlugin(): HastPluginDefinition {
  return {
    name: 'onesource-prose-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const headings = ctx.textContent(node).trim().split(/\s+/).slice(0, 8).join(' ');
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: `Table: ${headings}…` },
          children: [],
        });
      },
    },
  };
}
