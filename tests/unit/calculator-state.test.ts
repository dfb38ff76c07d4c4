/**
 * Links, the form's checks and number formatting, by example: the cases a
 * visitor or a hostile link actually produces.
 */
import { describe, it, expect } from 'vitest';
import { readModelData, readCalculatorContent } from '~/calculator/content-fs';
import { buildModelData } from '~/calculator/data';
import {
  parseQuery,
  toQuery,
  defaultInputs,
  typicalBudget,
  validateForm,
  formFromInputs,
  readMoney,
  listNames,
  readOwn,
} from '~/calculator/state';
import { money, pounds, duration, startsLabel, paybackLabel } from '~/calculator/format';
import { toCsv } from '~/calculator/csv';
import { estimate } from '~/calculator/model';
import { calculatorHref } from '~/lib/links';

const data = readModelData();
const all = data.services.map((s) => s.id);

describe('reading a link', () => {
  it('uses the defaults when there is no query, starting with a London borough and all its services', () => {
    const { inputs, ignored } = parseQuery(data, '');
    expect(ignored).toEqual([]);
    expect(inputs).toEqual(defaultInputs(data));
    expect(inputs.org).toBe('london-borough');
    expect(inputs.services).toEqual(all);
    expect(inputs.budget).toBe(29_000_000);
    expect(inputs.years).toBe(5);
    expect(inputs.rate).toBe(3.5);
  });

  it('reads the example in the link contract', () => {
    const { inputs, ignored } = parseQuery(data, '?org=district-council&budget=58000000&services=payroll,hr&method=full-partner&years=5&rate=3.5');
    expect(ignored).toEqual([]);
    expect(inputs).toEqual({ org: 'district-council', budget: 58_000_000, services: ['hr', 'payroll'], costs: null, method: 'full-partner', years: 5, rate: 3.5 });
  });

  it('sizes the default cost to the organisation and the services chosen', () => {
    const school = parseQuery(data, '?org=school-or-college').inputs;
    expect(school.services).toEqual(data.orgs.find((o) => o.id === 'school-or-college')!.services);
    expect(school.budget).toBe(800_000);
    const payroll = parseQuery(data, '?services=payroll').inputs;
    // Payroll is 2% of a back office; 2% of £29m is £580,000.
    expect(payroll.budget).toBe(580_000);
    expect(typicalBudget(data, 'london-borough', all)).toBe(29_000_000);
  });

  it('falls back to defaults for the hostile link in the brief, naming what it ignored and never its values', () => {
    const q = '?org=<script>alert(1)</script>&budget=-5&years=99&services=payroll,payroll,nope';
    const { inputs, ignored } = parseQuery(data, q);
    expect(inputs).toEqual(defaultInputs(data));
    expect(ignored.sort()).toEqual(['budget', 'org', 'services', 'years']);
    expect(listNames(ignored)).not.toMatch(/script|alert|-5|99|nope/);
  });

  it('treats a repeated, fractional, out-of-range or malformed parameter as broken', () => {
    const cases: [string, string][] = [
      ['years=5&years=7', 'years'],
      ['years=0', 'years'],
      ['years=2.5', 'years'],
      ['budget=1.5', 'budget'],
      ['budget=0', 'budget'],
      ['budget=1e9', 'budget'],
      ['budget=99999999999', 'budget'],
      ['rate=-1', 'rate'],
      ['rate=21', 'rate'],
      ['rate=3.555', 'rate'],
      ['rate=NaN', 'rate'],
      ['method=outsourcing', 'method'],
      ['services=', 'services'],
      ['services=payroll,,hr', 'services'],
      ['costs=payroll:0', 'costs'],
      ['services=payroll&costs=payroll:10,hr:10', 'costs'],
    ];
    for (const [q, key] of cases) expect(parseQuery(data, q).ignored, q).toEqual([key]);
  });

  it('carries a cost per service, with the budget as their sum', () => {
    const { inputs, ignored } = parseQuery(data, 'services=payroll,hr&costs=hr:300000,payroll:120000&budget=1');
    expect(ignored).toEqual([]);
    expect(inputs.costs).toEqual({ hr: 300_000, payroll: 120_000 });
    expect(inputs.budget).toBe(420_000);
    expect(toQuery(data, inputs)).toBe(`org=london-borough&budget=420000&services=hr,payroll&method=full-partner&years=5&rate=3.5&costs=hr:300000,payroll:120000&v=${data.version}`);
  });

  it('reports a link made under another version of the model or its data, and only then', () => {
    expect(parseQuery(data, `years=3&v=${data.version}`).stale).toBe(false);
    // A link from before versions existed has no v: nothing to compare, so not stale.
    expect(parseQuery(data, 'years=3').stale).toBe(false);
    const old = parseQuery(data, 'years=3&v=1-abc');
    expect(old.stale).toBe(true);
    // The figures are still read; the page says they have been updated since.
    expect(old.inputs.years).toBe(3);
    expect(old.ignored).toEqual([]);
  });

  it("reads the visitor's own assumptions in the documented format", () => {
    const q = 'mgmt=25&dup=9.5&prog=2&ob-oneoff=100&ob-running=20&ob-lead=30&lead=full-partner:9,tendered-customer:15&run=company-shareholder:3&keep=tendered-customer:70';
    const { inputs, ignored } = parseQuery(data, q);
    expect(ignored).toEqual([]);
    expect(inputs.own).toEqual({
      management: 25,
      duplication: 9.5,
      programme: 2,
      upliftOneOff: 100,
      upliftRunning: 20,
      upliftLead: 30,
      'lead.full-partner': 9,
      'lead.tendered-customer': 15,
      'running.company-shareholder': 3,
      'keep.tendered-customer': 70,
    });
    // Written back in the same order, with the version last.
    expect(toQuery(data, inputs)).toBe(
      `org=london-borough&budget=29000000&services=all&method=full-partner&years=5&rate=3.5&mgmt=25&dup=9.5&prog=2&lead=full-partner:9,tendered-customer:15&run=company-shareholder:3&keep=tendered-customer:70&ob-oneoff=100&ob-running=20&ob-lead=30&v=${data.version}`,
    );
    // No own assumptions: no own parameters, and no `own` in the state.
    expect(parseQuery(data, '').inputs.own).toBeUndefined();
  });

  it("ignores every own assumption when one is bad, names them as one and never echoes a value", () => {
    const bad = [
      'mgmt=101',
      'mgmt=-5',
      'mgmt=abc',
      'mgmt=12.345',
      'mgmt=1e2',
      'mgmt=30&mgmt=40',
      'lead=full-partner:9.5',
      'lead=full-partner:121',
      'lead=9',
      'lead=:9',
      'lead=outsourcing:9',
      'lead=full-partner:9,full-partner:10',
      'keep=tendered-customer:<script>',
      'run=company-shareholder:51',
      'ob-lead=501',
    ];
    for (const q of bad) {
      const { inputs, ignored } = parseQuery(data, `${q}&dup=10&years=3`);
      expect(ignored, q).toEqual(['own']);
      // The good one beside it goes too: a half-applied set would be a figure nobody chose.
      expect(inputs.own, q).toBeUndefined();
      expect(inputs.years, q).toBe(3);
      expect(listNames(ignored)).toBe('your own assumptions');
    }
  });

  it('ignores parameters outside the contract', () => {
    expect(parseQuery(data, 'utm_source=x&years=3').ignored).toEqual([]);
  });

  it('reads every link the rest of the site builds with calculatorHref', () => {
    for (const o of data.orgs) expect(parseQuery(data, calculatorHref({ org: o.id }).split('?')[1]).ignored).toEqual([]);
    for (const s of all) expect(parseQuery(data, calculatorHref({ services: [s] }).split('?')[1]).inputs.services).toEqual([s]);
    for (const r of data.routes) expect(parseQuery(data, calculatorHref({ method: r.id }).split('?')[1]).inputs.method).toBe(r.id);
  });
});

describe('checking the form', () => {
  const ok = formFromInputs(defaultInputs(data));
  const errorsFor = (patch: Partial<typeof ok>) => validateForm(data, { ...ok, ...patch }).errors;

  it('accepts the defaults', () => {
    expect(validateForm(data, ok)).toEqual({ inputs: defaultInputs(data), errors: [] });
  });

  it('gives GOV.UK-style messages for each field, linked to the field', () => {
    expect(errorsFor({ budget: '' })).toEqual([{ field: 'budget', message: 'Enter the annual cost of the services you chose' }]);
    expect(errorsFor({ budget: '-5' })).toEqual([{ field: 'budget', message: 'The annual cost of the services you chose must be more than £0' }]);
    expect(errorsFor({ budget: 'lots' })[0].message).toBe('The annual cost of the services you chose must be an amount in pounds, like 2,500,000');
    expect(errorsFor({ budget: '1234.56' })[0].message).toBe('The annual cost of the services you chose must be in whole pounds');
    expect(errorsFor({ budget: '9999999999999' })[0].message).toBe('The annual cost of the services you chose must be £5bn or less');
    expect(errorsFor({ services: [] })).toEqual([{ field: `service-${all[0]}`, message: 'Select at least one service' }]);
    expect(errorsFor({ years: '' })[0]).toEqual({ field: 'years', message: 'Enter the number of years' });
    expect(errorsFor({ years: '2.5' })[0].message).toBe('The number of years must be a whole number');
    expect(errorsFor({ years: '11' })[0].message).toBe('The number of years must be between 1 and 10');
    expect(errorsFor({ years: 'five' })[0].message).toBe('The number of years must be a number, like 5');
    expect(errorsFor({ rate: '' })[0]).toEqual({ field: 'rate', message: 'Enter the discount rate' });
    expect(errorsFor({ rate: 'x' })[0].message).toBe('The discount rate must be a number, like 3.5');
    expect(errorsFor({ rate: '-1' })[0].message).toBe('The discount rate must be between 0% and 20%');
    expect(errorsFor({ rate: '3.555' })[0].message).toBe('The discount rate must have no more than 2 decimal places');
  });

  it('reads money as people type it', () => {
    expect(readMoney('£2,500,000', 'x', 1e10)).toBe(2_500_000);
    expect(readMoney(' 2.5m ', 'x', 1e10)).toBe(2_500_000);
    expect(readMoney('750k', 'x', 1e10)).toBe(750_000);
    expect(readMoney('1.2bn', 'x', 1e10)).toBe(1_200_000_000);
    expect(readMoney('3.5%', 'x', 1e10)).toMatch(/amount in pounds/);
    expect(readMoney('Infinity', 'x', 1e10)).toMatch(/amount in pounds/);
  });

  it('checks each figure when costs are entered per service', () => {
    const f = { ...ok, mode: 'each' as const, services: ['payroll', 'hr'], costs: { payroll: '120,000', hr: '' } };
    expect(validateForm(data, f).errors).toEqual([{ field: 'cost-hr', message: 'Enter the annual cost of human resources' }]);
    const good = validateForm(data, { ...f, costs: { payroll: '120,000', hr: '300k' } });
    expect(good.inputs?.costs).toEqual({ hr: 300_000, payroll: 120_000 });
    expect(good.inputs?.budget).toBe(420_000);
  });

  it('lists errors in the order of the form', () => {
    expect(errorsFor({ services: [], budget: '', years: '', rate: '' }).map((e) => e.field)).toEqual([`service-${all[0]}`, 'budget', 'years', 'rate']);
  });
});

describe('formatting for a UK finance officer', () => {
  it('writes money as £40m, £10.5m, £150,000 and −£1.2m', () => {
    expect(money(40_000_000)).toBe('£40m');
    expect(money(10_540_000)).toBe('£10.5m');
    expect(money(150_000)).toBe('£150,000');
    expect(money(149_600)).toBe('£150,000');
    expect(money(8_000)).toBe('£8,000');
    expect(money(999_700)).toBe('£1m');
    expect(money(-1_234_567)).toBe('−£1.2m');
    // Halves round up, as a finance officer rounds (toFixed gave £1.4m here).
    expect(money(1_450_000)).toBe('£1.5m');
    expect(money(-1_450_000)).toBe('−£1.5m');
    expect(money(-0.2)).toBe('£0');
    expect(money(2_500_000_000)).toBe('£2.5bn');
    expect(money(Number.NaN)).toBe('£0');
    expect(pounds(10_540_123.4)).toBe('£10,540,123');
  });

  it('writes times as a reader says them', () => {
    expect(duration(6)).toBe('6 months');
    expect(duration(12)).toBe('1 year');
    expect(duration(15)).toBe('1 year and 3 months');
    expect(startsLabel(6)).toBe('Month 7 (after 6 months)');
    expect(startsLabel(0)).toBe('Straight away');
    expect(paybackLabel(15, 5)).toBe('Year 2, month 3');
    expect(paybackLabel(12, 5)).toBe('Year 1, month 12');
    expect(paybackLabel(null, 5)).toBe('Not within 5 years');
    expect(paybackLabel(null, 1)).toBe('Not within 1 year');
  });
});

describe('CSV download', () => {
  it('gives every route in 3 cases, year by year, in whole pounds, with the version and conventions', () => {
    const inputs = defaultInputs(data);
    const csv = toCsv(data, estimate(data, inputs), 'https://example.test/savings-calculator/?x', '2026-01-31');
    const lines = csv.trim().split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('Route,Case,Year,'));
    expect(lines[header]).toBe('Route,Case,Year,Savings (£),Running costs (£),One-off costs (£),Net (£),Cumulative net (£),Discounted net (£)');
    const years = lines.slice(header + 1).filter((l) => /^[^,]+,(Low|Most likely|High),\d+,/.test(l));
    expect(years).toHaveLength(data.routes.length * 3 * inputs.years);
    // A full partner pays its share of the Joint Committee's running from go-live, 6 months in.
    expect(years[0]).toMatch(/^Full partner,Low,1,\d+,[1-9]\d*,\d+,-?\d+,-?\d+,-?\d+$/);
    expect(csv).toContain(`Calculator version,${data.version}`);
    // Sensitivity: one row per route and driver, with the switching value or "none".
    const sens = lines.findIndex((l) => l.startsWith('Route,Driver,'));
    expect(lines[sens]).toBe('Route,Driver,NPV at its low end (£),NPV at its high end (£),Switching value,Switching unit,Within its range');
    const driverRows = lines.slice(sens + 1, sens + 1 + data.routes.length * 11);
    expect(driverRows.every((l) => /^[^,]+,[^,]+,-?\d+,-?\d+,(none|-?\d+(\.\d)?),(percent|points)?,(Yes|No)?$/.test(l))).toBe(true);
    expect(csv).toContain('Figure,Route,Open to you,Lowest,Most likely,Highest');
    // Without the list of every assumption (it comes from a file loaded on demand), the sheet says where to find it.
    expect(csv).toContain('See the methodology page');
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('content checks fail the build with the file and field named', () => {
  const content = readCalculatorContent();

  it('rejects an unknown source id', () => {
    const bad = { ...content, parameters: content.parameters.map((p) => (p.id === 'management-rate' ? { ...p, source: 'made-up' } : p)) };
    expect(() => buildModelData(bad)).toThrow('content/calculator/parameters.yaml: parameter "management-rate" has source "made-up"');
  });

  it('rejects shares that do not add up to 100', () => {
    const bad = { ...content, services: content.services.map((s, i) => (i === 0 ? { ...s, share: s.share + 1 } : s)) };
    expect(() => buildModelData(bad)).toThrow('content/calculator/services.yaml: the shares add up to 101, not 100');
  });

  it('rejects a service the site does not have, and a site service with no row', () => {
    const renamed = { ...content, services: content.services.map((s) => (s.id === 'payroll' ? { ...s, id: 'salaries' } : s)) };
    expect(() => buildModelData(renamed)).toThrow('content/calculator/services.yaml: id "salaries" is not a service in content/services/');
    const missing = { ...content, services: content.services.filter((s) => s.id !== 'payroll') };
    expect(() => buildModelData(missing)).toThrow('content/calculator/services.yaml: the service "payroll" (content/services/payroll.mdx) has no row');
  });

  it('rejects a sector with no starting cost', () => {
    const bad = { ...content, organisations: content.organisations.filter((o) => o.id !== 'university') };
    expect(() => buildModelData(bad)).toThrow('content/calculator/organisations.yaml: the sector "university" (content/sectors/university.mdx) has no row');
  });

  it('rejects a missing parameter', () => {
    const bad = { ...content, parameters: content.parameters.filter((p) => p.id !== 'cost-per-exit') };
    expect(() => buildModelData(bad)).toThrow('content/calculator/parameters.yaml: the parameter "cost-per-exit" is missing');
  });
});

describe('the VAT inputs in the link', () => {
  const data = readModelData();
  it('carries the VAT you recover, the exempt share and the partial exemption headroom, and refuses bad values', () => {
    const inputs = { ...defaultInputs(data), own: { vat: 80, peShare: 7.5, peHeadroom: 250_000 } };
    const q = toQuery(data, inputs);
    expect(q).toContain('vat=80');
    expect(q).toContain('pe-share=7.5');
    expect(q).toContain('pe-headroom=250000');
    expect(parseQuery(data, q).inputs).toEqual(inputs);
    expect(parseQuery(data, 'pe-headroom=12.5').ignored).toEqual(['own']);
    expect(parseQuery(data, 'vat=101').ignored).toEqual(['own']);
    const spec = data.own.find((o) => o.key === 'peHeadroom')!;
    expect(readOwn(spec, '£250,000')).toBe(250_000);
    expect(toCsv(data, estimate(data, inputs), 'link', 'today')).toContain('Your headroom under the partial exemption limit (VAT a year),Your own,"£250,000",pounds');
    expect(readOwn(spec, 'lots')).toBe('Your headroom under the partial exemption limit (VAT a year) must be an amount in whole pounds, like 250,000');
  });
});
