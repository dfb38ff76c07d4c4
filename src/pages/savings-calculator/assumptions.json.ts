/**
 * /savings-calculator/assumptions.json: every assumption the calculator uses,
 * with its value, unit and source, for the spreadsheet download (csv.ts). A
 * file of its own so the calculator page does not carry it on every visit.
 */
import type { APIRoute } from 'astro';
import { getCalculator } from '~/calculator/content';
import { sourceText, valueText } from '~/calculator/describe';
import type { AssumptionRow } from '~/calculator/csv';

const OWN_KEYS: Record<string, string> = {
  'management-rate': 'management',
  'duplication-rate': 'duplication',
  'reengineering-rate': 'reengineering',
  'low-uplift-one-off': 'upliftOneOff',
  'low-uplift-running': 'upliftRunning',
  'low-uplift-lead': 'upliftLead',
};

export const GET: APIRoute = async () => {
  const { data, content } = await getCalculator();
  const src = (id: string) => sourceText(id, content.sources);
  const label = (id: string) => data.routes.find((r) => r.id === id)?.label ?? id;
  const rows: AssumptionRow[] = [
    ...content.parameters.map((p) => ({
      group: p.group,
      label: p.label,
      value: valueText(p.value, p.unit),
      unit: p.unit,
      source: src(p.source),
      key: OWN_KEYS[p.id],
    })),
    ...content.services.map((s) => ({
      group: 'services',
      label: `${data.services.find((x) => x.id === s.id)?.label ?? s.id}: share of cost, process work, shareable work`,
      value: `${s.share}%, ${s.processShare}%, ${s.sharedShare}%`,
      unit: 'percent',
      source: src(s.source),
    })),
    ...content.organisations.flatMap((o) => {
      const name = data.orgs.find((x) => x.id === o.id)?.label ?? o.id;
      return [
        { group: 'organisations', label: `${name}: starting annual cost`, value: valueText(o.typicalCost, 'pounds'), unit: 'pounds', source: src(o.source) },
        { group: 'organisations', label: `${name}: VAT recovered on a provider's charge`, value: `${o.vat.recovery}%`, unit: 'percent', source: src(o.vat.source) },
      ];
    }),
    ...content.routes.flatMap((r) => {
      const n = label(r.id);
      const line = (l: (typeof r.oneOff)[number], kind: string, key?: string) => ({
        group: 'routes',
        label: `${n}: ${l.label} (${kind})`,
        value: valueText(l.value, l.unit),
        unit: l.unit,
        source: src(l.source),
        key,
      });
      return [
        ...r.leadTime.map((s) => ({ group: 'routes', label: `${n}: ${s.label}`, value: valueText(s.value, 'months'), unit: 'months', source: src(s.source), key: `lead.${r.id}` })),
        { group: 'routes', label: `${n}: share of the savings you keep`, value: `${r.savingsShare.value}%`, unit: 'percent', source: src(r.savingsShare.source), key: `keep.${r.id}` },
        { group: 'routes', label: `${n}: client function kept in house`, value: `${r.retained.value}% of the annual cost`, unit: 'percent', source: src(r.retained.source) },
        { group: 'routes', label: `${n}: the provider's charge carries VAT`, value: r.vat.charged ? 'yes' : 'no', unit: '', source: src(r.vat.source) },
        ...r.oneOff.map((l) => line(l, 'one-off', l.id === 'programme' ? 'programme' : undefined)),
        ...r.running.map((l) => line(l, 'each year', `running.${r.id}`)),
        ...r.leaving.map((l) => line(l, 'if you leave')),
      ];
    }),
  ];
  return new Response(JSON.stringify({ version: data.version, rows }), { headers: { 'Content-Type': 'application/json' } });
};
