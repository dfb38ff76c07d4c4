/** In the results and the printout: which assumptions are the visitor's own, beside ours. */
import type { ModelData, Overrides } from '../../model';
import { changed, unitText } from './own';

export function OwnSummary({ data, own }: { data: ModelData; own?: Overrides }) {
  const list = changed(data.own, own);
  return list.length ? (
    <div class="calc-own-summary">
      <h3>Your own assumptions</h3>
      <ul>
        {list.map(({ spec, yours }) => (
          <li data-own={spec.key}>
            {spec.label}: <strong>{unitText(spec, yours)}</strong> <span class="calc-tag calc-tag--inline">your figure</span> (ours:{' '}
            {unitText(spec, spec.value)})
          </li>
        ))}
      </ul>
    </div>
  ) : null;
}
