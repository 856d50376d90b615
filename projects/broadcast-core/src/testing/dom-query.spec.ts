import { domQuery, textOf } from './dom-query';

describe('domQuery', () => {
  const host = document.createElement('div');
  host.innerHTML = `
    <p data-testid="line">  On   air
      now </p>
    <li data-testid="item">a</li><li data-testid="item">b</li>`;
  const dom = domQuery(() => host);

  it('finds elements by data-testid, the first or all of them', () => {
    expect(dom.one('line')?.tagName).toBe('P');
    expect(dom.all('item').map((e) => e.textContent)).toEqual(['a', 'b']);
    expect(dom.one('missing')).toBeNull();
    expect(dom.all('missing')).toEqual([]);
  });

  it('reads text as a person reads it, by test id or element, and null for nothing', () => {
    expect(dom.text('line')).toBe('On air now');
    expect(dom.text(dom.one('line'))).toBe('On air now');
    expect(dom.text('missing')).toBeNull();
    expect(textOf(null)).toBeNull();
    expect(textOf(document.createElement('span'))).toBe('');
  });

  it('works destructured, and reads the root again on every call', () => {
    let current = host;
    const { one, root } = domQuery(() => current);
    expect(one('line')).not.toBeNull();
    current = document.createElement('div');
    expect(root()).toBe(current);
    expect(one('line')).toBeNull();
  });
});
