/**
 * Structured data (schema.org JSON-LD). Kept as plain functions so that tests
 * can check the shapes without rendering a page.
 */
import { isoDate } from './format';

export interface Crumb {
  label: string;
  href: string;
}

/**
 * The organisation. Details nobody has confirmed yet (see confirm.ts) are left
 * out: structured data is read by machines that cannot see a "to be
 * confirmed" mark.
 */
export function organizationLd(
  site: URL,
  settings: { name: string; description: string; contact: { email: string }; social: { href: string }[] },
  details: readonly { field: string; confirmed: boolean }[],
) {
  const confirmed = (field: string) => details.some((d) => d.field === field && d.confirmed);
  const sameAs = settings.social.filter((_, i) => confirmed(`social[${i}]`)).map((s) => s.href);
  return {
    '@type': 'GovernmentOrganization',
    '@id': new URL('/#organization', site).href,
    name: settings.name,
    url: new URL('/', site).href,
    logo: new URL('/logo.png', site).href,
    description: settings.description,
    ...(confirmed('contact.email') ? { email: settings.contact.email } : {}),
    foundingDate: '2014-04',
    parentOrganization: [
      { '@type': 'GovernmentOrganization', name: 'London Borough of Havering' },
      { '@type': 'GovernmentOrganization', name: 'London Borough of Newham' },
    ],
    ...(sameAs.length ? { sameAs } : {}),
  };
}

export function breadcrumbLd(site: URL, crumbs: Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: new URL(c.href, site).href,
    })),
  };
}

export function serviceLd(site: URL, s: { title: string; summary: string; href: string; category: string }) {
  return {
    '@type': 'Service',
    name: s.title,
    description: s.summary,
    url: new URL(s.href, site).href,
    category: s.category,
    serviceType: 'Shared back-office service',
    provider: { '@id': new URL('/#organization', site).href },
    areaServed: { '@type': 'Country', name: 'United Kingdom' },
    audience: { '@type': 'Audience', audienceType: 'Councils and other public bodies' },
  };
}

/** What every article on the site says of itself: written and published by oneSource, with its dates and the site's share image. */
function articleBase(site: URL, a: { title: string; summary: string; href: string; published: string; modified: string }) {
  return {
    headline: a.title,
    description: a.summary,
    url: new URL(a.href, site).href,
    datePublished: a.published,
    dateModified: a.modified,
    author: { '@id': new URL('/#organization', site).href },
    publisher: { '@id': new URL('/#organization', site).href },
    image: new URL('/og-image.png', site).href,
  };
}

export function newsArticleLd(site: URL, a: { title: string; summary: string; href: string; date: Date; updated?: Date }) {
  return { '@type': 'NewsArticle', ...articleBase(site, { ...a, published: a.date.toISOString(), modified: (a.updated ?? a.date).toISOString() }) };
}

/**
 * Serialises JSON-LD for a <script> element. "<" is escaped so that no string
 * from content can close the script element early.
 */
export function jsonLdScript(graph: object[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/** A page that walks the reader through a process, step by step. */
export function howToLd(site: URL, h: { title: string; summary: string; href: string; steps: { id: string; title: string; text: string }[] }) {
  const url = new URL(h.href, site).href;
  return {
    '@type': 'HowTo',
    name: h.title,
    description: h.summary,
    url,
    step: h.steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.title, text: s.text, url: `${url}#${s.id}` })),
  };
}

/**
 * A case study: an Article by oneSource about the organisations it names.
 * Dates are when the page was published and last changed on this site.
 */
export function articleLd(site: URL, a: { title: string; summary: string; href: string; published: Date; updated?: Date; about: string[] }) {
  return {
    '@type': 'Article',
    ...articleBase(site, { ...a, published: isoDate(a.published), modified: isoDate(a.updated ?? a.published) }),
    mainEntityOfPage: new URL(a.href, site).href,
    about: a.about.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    inLanguage: 'en-GB',
  };
}
