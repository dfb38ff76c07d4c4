/**
 * The relevance suite: searches written as a council officer types them, in
 * their words rather than the site's, each with the page that must be among
 * the first 3 results. Misspellings and plurals are on purpose. Run by
 * tests/e2e/search-relevance.spec.ts (in `npm test`) and printed by the
 * quality report (scripts/audit/search.mjs).
 *
 * Add a query when a visitor's search is found to miss; never change the
 * page a query expects to make it pass. Fix the synonyms
 * (content/search/synonyms.yaml) or the page instead.
 */
export interface RelevanceQuery {
  /** What the officer types. */
  query: string;
  /** The path that must be among the first 3 results. */
  page: string;
  /** What the query is testing, for the report. */
  kind: 'service' | 'sector' | 'route' | 'calculator' | 'event' | 'legal' | 'other';
}

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Services, in officers' words
  { query: 'IT support', page: '/services/ict/', kind: 'service' },
  { query: 'payrol', page: '/services/payroll/', kind: 'service' },
  { query: 'eletions', page: '/services/elections/', kind: 'service' },
  { query: 'HR', page: '/services/hr/', kind: 'service' },
  { query: 'bailiffs', page: '/services/enforcement/', kind: 'service' },
  { query: 'NNDR', page: '/services/business-rates/', kind: 'service' },
  { query: 'rates', page: '/services/business-rates/', kind: 'service' },
  { query: 'council tax collection', page: '/services/council-tax/', kind: 'service' },
  { query: 'housing benefit claims', page: '/services/benefits/', kind: 'service' },
  { query: 'pensions admin', page: '/services/pensions/', kind: 'service' },
  { query: 'paying suppliers invoices', page: '/services/accounts-payable-receivable/', kind: 'service' },
  { query: 'solicitors', page: '/services/legal/', kind: 'service' },
  { query: 'fleet management', page: '/services/transport/', kind: 'service' },
  { query: 'health and safty', page: '/services/health-and-safety/', kind: 'service' },
  { query: 'staff training', page: '/services/organisational-development/', kind: 'service' },
  { query: 'debt collection', page: '/services/debt-recovery/', kind: 'service' },
  { query: 'committee clerks', page: '/services/democratic-services/', kind: 'service' },
  { query: 'estates management', page: '/services/property/', kind: 'service' },
  // Who we work with
  { query: 'NHS trust', page: '/who-we-work-with/health-body/', kind: 'sector' },
  { query: 'CCG', page: '/who-we-work-with/health-body/', kind: 'sector' },
  { query: 'ICB', page: '/who-we-work-with/health-body/', kind: 'sector' },
  { query: 'district councils', page: '/who-we-work-with/district-council/', kind: 'sector' },
  { query: 'unitary authority', page: '/who-we-work-with/county-or-unitary-council/', kind: 'sector' },
  { query: 'academies', page: '/who-we-work-with/school-or-college/', kind: 'sector' },
  { query: 'charities', page: '/who-we-work-with/voluntary-organisation/', kind: 'sector' },
  { query: 'housing associations', page: '/who-we-work-with/housing-association/', kind: 'sector' },
  { query: 'LATCo', page: '/who-we-work-with/council-owned-company/', kind: 'sector' },
  { query: 'government departments', page: '/who-we-work-with/central-government/', kind: 'sector' },
  // Joining: the routes and the steps
  { query: 'how do we join', page: '/joining/step-by-step/', kind: 'route' },
  { query: 'steps to join', page: '/joining/step-by-step/', kind: 'route' },
  { query: 'set up a company', page: '/joining/company-shareholder/', kind: 'route' },
  { query: 'Teckal', page: '/joining/company-shareholder/', kind: 'route' },
  { query: 'joint committee partner', page: '/joining/full-partner/', kind: 'route' },
  { query: 'buy services through a tender', page: '/joining/tendered-customer/', kind: 'route' },
  // The calculator
  { query: 'how much could we save', page: '/savings-calculator/', kind: 'calculator' },
  { query: 'savings', page: '/savings-calculator/', kind: 'calculator' },
  { query: 'cost', page: '/savings-calculator/', kind: 'calculator' },
  { query: 'savings estimate', page: '/savings-calculator/', kind: 'calculator' },
  { query: 'how are the savings calculated', page: '/savings-calculator/methodology/', kind: 'calculator' },
  // Events
  { query: 'conferences', page: '/events/', kind: 'event' },
  { query: 'awards', page: '/events/', kind: 'event' },
  // The legal pages
  { query: 'cookie policy', page: '/cookies/', kind: 'legal' },
  { query: 'GDPR', page: '/privacy/', kind: 'legal' },
  { query: 'data protection', page: '/privacy/', kind: 'legal' },
  { query: 'accessibility statement', page: '/accessibility/', kind: 'legal' },
  // Other ways in
  { query: 'phone number', page: '/contact/', kind: 'other' },
  { query: 'alternative to outsourcing', page: '/why-onesource/', kind: 'other' },
];
