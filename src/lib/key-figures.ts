/**
 * The key figures a case study shows, read from its own MDX (<KeyFigure>
 * tags, with proof="..." resolved from the headline figures), so the
 * brochure lists exactly the figures the case study page shows, in its order,
 * and none is written a second time.
 */
import { openingTags } from '~/components/mdx/problem';
import { CATALOGUE } from '~/components/mdx/catalogue';

export interface Figure {
  value: string;
  label: string;
  source: string;
}

/** The attributes of one tag as written: name="value" pairs. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

export function keyFigures(body: string, proofPoints: readonly Figure[], file: string): Figure[] {
  return openingTags(body, 'KeyFigure').map(({ line, tag }) => {
    const props = CATALOGUE.KeyFigure.props.parse(attributes(tag));
    if (props.proof) {
      const point = proofPoints.find((p) => p.value === props.proof);
      if (!point) throw new Error(`${file}:${line}: there is no headline figure "${props.proof}" in content/site/messages.yaml (proofPoints)`);
      return { value: point.value, label: props.label ?? point.label, source: props.source ?? point.source };
    }
    return { value: props.value!, label: props.label!, source: props.source! };
  });
}
