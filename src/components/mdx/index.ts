/**
 * The comms team's toolbox: every component a writer may use in MDX without
 * an import line. Routes pass this map to <Content components={...} />.
 * Each component is documented at the top of its file and in
 * content/README.md, and its props are defined in catalogue.ts, which
 * `npm run check:content` reads too.
 */
import Callout from './Callout.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';
import CallToAction from './CallToAction.astro';
import CalculatorLink from './CalculatorLink.astro';
import MethodComparison from './MethodComparison.astro';
import Figure from './Figure.astro';
import SiteDetail from './SiteDetail.astro';
import type { ComponentName } from './catalogue.ts';

export const mdxComponents = {
  Callout,
  KeyFigure,
  Quote,
  CallToAction,
  CalculatorLink,
  MethodComparison,
  Figure,
  SiteDetail,
} satisfies Record<ComponentName, unknown>;
