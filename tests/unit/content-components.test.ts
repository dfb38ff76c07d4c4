/**
 * The writers' MDX components, rendered with Astro's container API as a page
 * would render them. Each is shown working from its documented example, and
 * each mistake a writer can make stops with a message naming the file (found
 * in tests/fixtures/content-bad/), the prop, what is wrong and how to fix it.
 */
import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

// Outside a build astro:content has no data store: serve the real files, parsed with the same schemas.
vi.mock('astro:content', async () => {
  const { readEntries, readSingle } = await import('../support/content-entries');
  return { getCollection: async (name: string) => readEntries(name), getEntry: async (name: string) => readSingle(name) };
});
// Figure finds pictures in content/images/; the tests use a fixture picture instead.
vi.mock('~/components/mdx/images.ts', async () => {
  const picture = (await import('../fixtures/images/figure-sample.png')).default;
  return {
    findImage: async (src: string) => (src === 'figure-sample.png' ? picture : undefined),
    imageNames: () => ['figure-sample.png'],
  };
});

import Callout from '~/components/mdx/Callout.astro';
import KeyFigure from '~/components/mdx/KeyFigure.astro';
import Quote from '~/components/mdx/Quote.astro';
import CallToAction from '~/components/mdx/CallToAction.astro';
import CalculatorLink from '~/components/mdx/CalculatorLink.astro';
import MethodComparison from '~/components/mdx/MethodComparison.astro';
import Figure from '~/components/mdx/Figure.astro';
import { mdxComponents } from '~/components/mdx';
import { COMPONENT_NAMES } from '~/components/mdx/catalogue';
import { searchIn, locate } from '~/components/mdx/problem';
import { calculatorLabel, midSentence } from '~/components/mdx/calculator-label';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  // Errors name the file the tag is written in; look for it among the broken fixtures.
  searchIn.dirs = ['tests/fixtures/content-bad'];
});
afterAll(() => {
  searchIn.dirs = ['content'];
});

type Props = Record<string, unknown>;
const render = (component: Parameters<AstroContainer['renderToString']>[0], props: Props = {}, text?: string) =>
  container.renderToString(component, { props, slots: text === undefined ? {} : { default: text } });
const failure = async (component: Parameters<AstroContainer['renderToString']>[0], props: Props, text?: string) => {
  try {
    await render(component, props, text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the component to stop with a message');
};
/** Text without tags, with spaces closed up. */
const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the toolbox', () => {
  it('offers every catalogued component to MDX without an import line', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...COMPONENT_NAMES].sort());
  });

  it('ships no JavaScript from any component', async () => {
    const htmls = await Promise.all([
      render(Callout, {}, '<p>Text</p>'),
      render(KeyFigure, { value: '21', label: 'services brought together', source: 'oneSource business development plan, May 2014' }),
      render(Quote, { by: 'Jo Smith' }, '<p>Words</p>'),
      render(CallToAction, { title: 'Talk to us', href: '/contact/', label: 'Contact us' }),
      render(CalculatorLink, { service: 'payroll' }),
      render(MethodComparison, {}),
      render(Figure, { src: 'figure-sample.png', alt: 'A yellow circle on blue', caption: 'A test picture' }),
    ]);
    for (const html of htmls) expect(html).not.toMatch(/<script/i);
  });
});

describe('Callout', () => {
  it('shows a note with its title and text', async () => {
    const html = await render(Callout, { title: 'Your staff stay with you' }, '<p>As a partner council, your staff keep their employer.</p>');
    expect(html).toContain('callout--info');
    expect(words(html)).toBe('Your staff stay with you As a partner council, your staff keep their employer.');
  });

  it('announces a warning as a warning to screen readers', async () => {
    const html = await render(Callout, { type: 'warning' }, '<p>Check your pension fund first.</p>');
    expect(html).toContain('callout--warning');
    expect(html).toMatch(/<span class="visually-hidden"[^>]*>Warning: <\/span>/);
  });

  it('names the file, the prop and the choices when the type is wrong', async () => {
    const message = await failure(Callout, { type: 'alert' }, '');
    expect(message).toContain('tests/fixtures/content-bad/pages/components-misused.mdx:16  <Callout> type  type must be note, important or warning');
  });
});

describe('KeyFigure', () => {
  it('shows the figure, what it measures and its source', async () => {
    const html = await render(KeyFigure, {
      value: '£40m',
      label: 'savings forecast for Havering and Newham by 2018/19',
      source: 'oneSource business development plan, May 2014',
    });
    expect(words(html)).toBe('£40m savings forecast for Havering and Newham by 2018/19 Source: oneSource business development plan, May 2014');
    expect(html).toMatch(/<figure class="stat key-figure"/);
  });

  it('links the source when given an address', async () => {
    const html = await render(KeyFigure, { value: '£30m', label: 'saved by five shared services', source: 'LGA, Services shared: costs spared? (2012)', sourceHref: 'https://www.local.gov.uk/' });
    expect(html).toContain('<a href="https://www.local.gov.uk/"');
  });

  it('shows a headline figure from content/site/messages.yaml with its own label and source', async () => {
    const { readSingle } = await import('../support/content-entries');
    const point = (readSingle('messages')!.data as { proofPoints: { value: string; label: string; source: string }[] }).proofPoints[0]!;
    const html = await render(KeyFigure, { proof: point.value });
    expect(words(html)).toBe(`${point.value} ${point.label} Source: ${point.source}`);
  });

  it('names the headline figures there are when proof names one that is not', async () => {
    const message = await failure(KeyFigure, { proof: '£41m' });
    expect(message).toContain('tests/fixtures/content-bad/pages/components-misused.mdx:18  <KeyFigure> proof  there is no headline figure "£41m" in content/site/messages.yaml (proofPoints)  use one of: ');
  });

  it('refuses a figure without a source, naming the file and saying how to fix it', async () => {
    const message = await failure(KeyFigure, { value: '£40m', label: 'savings forecast by 2018/19' });
    expect(message).toContain('tests/fixtures/content-bad/pages/components-misused.mdx:8  <KeyFigure> source  source is missing  every figure must say where it comes from');
  });
});

describe('Quote', () => {
  it('shows the words with who said them', async () => {
    const html = await render(Quote, { by: 'Jo Smith', role: 'Chief Executive' }, '<p>Sharing saved us money.</p>');
    expect(html).toMatch(/<blockquote[^>]*><p>Sharing saved us money\.<\/p><\/blockquote>/);
    expect(words(html)).toContain('Jo Smith , Chief Executive');
  });

  it('refuses a quote without a speaker', async () => {
    expect(await failure(Quote, {}, '<p>Words</p>')).toMatch(/<Quote> by {2}by is missing {2}a quote must say who said it/);
  });
});

describe('CallToAction', () => {
  it('shows a heading, the text and a button, with an id from the title', async () => {
    const html = await render(CallToAction, { title: 'Talk to us about sharing', href: '/contact/', label: 'Contact us' }, '<p>We can show you what sharing would mean.</p>');
    expect(html).toMatch(/<h2 id="cta-talk-to-us-about-sharing"[^>]*>Talk to us about sharing<\/h2>/);
    expect(html).toMatch(/aria-labelledby="cta-talk-to-us-about-sharing"/);
    expect(html).toMatch(/<a class="button" href="\/contact\/"[^>]*>Contact us<\/a>/);
  });

  it('uses an h3 and a second button when asked', async () => {
    const html = await render(CallToAction, { title: 'Meet us there', href: '/contact/', label: 'Book a meeting', secondaryHref: '/events/', secondaryLabel: 'All events', level: 3 });
    expect(html).toMatch(/<h3 id="cta-meet-us-there"/);
    expect(html).toMatch(/<a class="button button--secondary" href="\/events\/"[^>]*>All events<\/a>/);
  });

  it('refuses half a second button', async () => {
    expect(await failure(CallToAction, { title: 'Talk to us', href: '/contact/', label: 'Contact us', secondaryHref: '/events/' })).toContain(
      '<CallToAction> secondaryLabel  a second button needs both secondaryHref and secondaryLabel  add the missing one, or remove both',
    );
  });

  it('refuses a link that is neither a site path nor https', async () => {
    expect(await failure(CallToAction, { title: 'Talk to us', href: 'contact', label: 'Contact us' })).toContain('<CallToAction> href  a link starts with "/" for a page on this site');
  });
});

describe('CalculatorLink', () => {
  it('presets the calculator for a service, with words written from its title', async () => {
    const html = await render(CalculatorLink, { service: 'payroll' });
    expect(html).toMatch(/href="\/savings-calculator\/\?services=payroll"/);
    expect(words(html)).toBe('Estimate your savings from sharing payroll');
  });

  it('presets a sector, several services and a method, following the link contract', async () => {
    const html = await render(CalculatorLink, { service: 'payroll, hr', sector: 'district-council', method: 'junior-partner', budget: '2500000' });
    expect(html).toContain('href="/savings-calculator/?org=district-council&amp;budget=2500000&amp;services=payroll,hr&amp;method=junior-partner"');
    expect(words(html)).toBe('Estimate the savings from sharing these 2 services for district councils, joining as a junior partner');
  });

  it('accepts "all" services and the writer\'s own words', async () => {
    const html = await render(CalculatorLink, { service: 'all', sector: 'london-borough' }, 'See what sharing everything could save');
    expect(html).toContain('href="/savings-calculator/?org=london-borough&amp;services=all"');
    expect(words(html)).toBe('See what sharing everything could save');
  });

  it('stops the build on an unknown slug, naming the file and the slugs it accepts', async () => {
    const message = await failure(CalculatorLink, { service: 'payrol', sector: 'district-council' });
    expect(message).toContain('tests/fixtures/content-bad/pages/components-misused.mdx:10  <CalculatorLink> service  "payrol" is not a known service  did you mean "payroll"? The choices are: accounts-payable-receivable');
  });

  it('stops on an unknown sector or method too', async () => {
    expect(await failure(CalculatorLink, { sector: 'parish-council' })).toMatch(/<CalculatorLink> sector {2}"parish-council" is not a known sector/);
    expect(await failure(CalculatorLink, { method: 'outsourcing' })).toMatch(/<CalculatorLink> method {2}"outsourcing" is not a known on-boarding method/);
  });

  it('keeps acronyms and place names as written in its words', () => {
    expect(midSentence('Information and communications technology (ICT)')).toBe('information and communications technology (ICT)');
    expect(midSentence('ICT')).toBe('ICT');
    expect(midSentence('London boroughs')).toBe('London boroughs');
    expect(calculatorLabel({})).toBe('Estimate your savings');
  });
});

describe('MethodComparison', () => {
  it('compares all five methods from content/joining, in order', async () => {
    const html = await render(MethodComparison, {});
    const heads = [...html.matchAll(/<th scope="col"[^>]*>\s*<a href="\/joining\/([a-z-]+)\/"/g)].map((m) => m[1]);
    expect(heads).toEqual(['full-partner', 'junior-partner', 'company-shareholder', 'lead-authority-customer', 'tendered-customer']);
    expect(html).toMatch(/<caption id="compare-full-partner-junior-partner-company-shareholder-lead-authority-customer-tendered-customer"[^>]*>The ways to join oneSource compared<\/caption>/);
    expect([...html.matchAll(/<th scope="row"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['Who can use it', 'Staff transfer (TUPE)', 'Procurement', 'Your control', 'Pensions', 'Market testing']);
  });

  it('shows chosen methods with a written caption and marks the highlighted one', async () => {
    const html = await render(MethodComparison, { methods: 'full-partner, junior-partner', highlight: 'junior-partner' });
    expect(words(html)).toContain('Full partner and Junior partner compared');
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain('(highlighted)');
  });

  it('stops on an unknown method', async () => {
    expect(await failure(MethodComparison, { methods: 'full-partner, outsource' })).toMatch(/<MethodComparison> methods {2}"outsource" is not a known on-boarding method/);
  });
});

describe('Figure', () => {
  it('shows a resized picture from this site, its alt text and caption', async () => {
    const html = await render(Figure, { src: 'figure-sample.png', alt: 'A yellow circle on a blue background', caption: 'The test picture', credit: 'oneSource' });
    expect(html).toMatch(/<img[^>]+alt="A yellow circle on a blue background"/);
    expect(html).toMatch(/<img[^>]+srcset="[^"]+"/);
    expect(html).not.toMatch(/src="https?:/);
    expect(words(html)).toContain('The test picture Credit: oneSource');
  });

  it('refuses a picture without alt text', async () => {
    expect(await failure(Figure, { src: 'figure-sample.png', caption: 'A caption' })).toMatch(/<Figure> alt {2}alt is missing {2}describe what the picture shows/);
  });

  it('refuses a picture that is not in content/images/, listing those that are', async () => {
    const message = await failure(Figure, { src: 'no-such-photo.jpg', alt: 'Something described', caption: 'A caption' });
    expect(message).toContain('<Figure> src  there is no picture called "no-such-photo.jpg" in content/images/  check the spelling; pictures there now: figure-sample.png');
  });
});

describe('finding the file behind a component', () => {
  it('finds the file and line of a tag by the values written in it', () => {
    expect(locate('CalculatorLink', ['payrol'])).toEqual(['tests/fixtures/content-bad/pages/components-misused.mdx:10']);
    expect(locate('CalculatorLink', ['no such value'])).toEqual([]);
  });
});
