import { describe, expect, it } from 'vitest';
import { render } from './jsx-runtime';

describe('JSX that writes HTML', () => {
  it('escapes text and attribute values, so a visitor\'s words cannot become markup', () => {
    const typed = '<img src=x onerror="alert(1)"> & more';
    expect(render(<p title={typed}>{typed}</p>)).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more</p>',
    );
  });
  it('writes attributes as preact-render-to-string did: lower case but viewBox, true bare, false and null left out', () => {
    expect(render(<input id="a" inputMode="decimal" spellcheck={false} checked disabled={false} aria-invalid={undefined} tabIndex={-1} />)).toBe(
      '<input id="a" inputmode="decimal" spellcheck="false" checked tabindex="-1"/>',
    );
    expect(render(<svg viewBox="0 0 4 4" data-on={false} aria-hidden="true"></svg>)).toBe('<svg viewBox="0 0 4 4" data-on="false" aria-hidden="true"></svg>');
  });
  it('runs components, flattens lists and fragments, and draws nothing for false, null and undefined', () => {
    const Item = ({ n }: { n: number }) => <li>{n}</li>;
    const list = (
      <>
        <ul>
          {[1, 2].map((n) => (
            <Item n={n} />
          ))}
          {false}
          {null}
        </ul>
        {0}
      </>
    );
    expect(render(list)).toBe('<ul><li>1</li><li>2</li></ul>0');
    expect(render(undefined)).toBe('');
  });
});
